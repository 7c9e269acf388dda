import { z } from 'zod';

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).max(255).default('localhost'),
    DATABASE_URL: z
      .string()
      .max(2000)
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
    ALLIANCE_DATA_DIR: z.string().min(1).max(1000).default('./data'),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').max(1000).optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(120),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'SESSION_SECRET is required when NODE_ENV=production (at least 32 random characters)',
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  readonly environment: Environment['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly database: { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };
  /** Signs cookies. Outside production a random one is made per process when none is given. */
  readonly sessionSecret: string | undefined;
  readonly sessionIdleMinutes: number;
  readonly logLevel: Environment['LOG_LEVEL'];
  readonly loadDemoWhenEmpty: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Configuration is not valid: ${reasons.join('; ')}`);
  }
  const e = parsed.data;
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'embedded', dataDir: e.ALLIANCE_DATA_DIR },
    sessionSecret: e.SESSION_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    logLevel: e.LOG_LEVEL,
    loadDemoWhenEmpty: e.NODE_ENV !== 'production' && e.DEMO_DATA === 'auto',
  };
}
