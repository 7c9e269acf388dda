import { isIP } from 'node:net';
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
    EVENTS_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
    TRUST_PROXY: z.string().max(2000).default('off').transform(parseTrustProxy),
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
  /** Which X-Forwarded-For hops to believe for the client's address: none, a count, or these proxies. */
  readonly trustProxy: TrustProxy;
  /** How often the event dispatcher looks for events committed by other processes. */
  readonly eventsPollMs: number;
}

export type TrustProxy = false | number | readonly string[];

/**
 * Off unless configured: believing any X-Forwarded-For lets a client choose the address that
 * sign-in throttling counts. "1" trusts one proxy hop; "10.0.0.1, 10.1.0.0/16" trusts those proxies.
 */
function parseTrustProxy(raw: string, ctx: z.RefinementCtx): TrustProxy {
  const text = raw.trim().toLowerCase();
  if (text === '' || text === 'off' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops <= 10) return hops;
    ctx.addIssue({ code: 'custom', message: 'TRUST_PROXY must be at most 10 hops' });
    return z.NEVER;
  }
  const proxies = text.split(',').map((item) => item.trim());
  const bad = proxies.find((item) => !isAddressOrRange(item));
  if (bad === undefined) return proxies;
  ctx.addIssue({
    code: 'custom',
    message: `TRUST_PROXY must be off, a number of hops, or proxy addresses or ranges like 10.0.0.0/8 (not "${bad.slice(0, 50)}")`,
  });
  return z.NEVER;
}

function isAddressOrRange(item: string): boolean {
  const [address = '', bits, ...rest] = item.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
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
    trustProxy: e.TRUST_PROXY,
    eventsPollMs: e.EVENTS_POLL_MS,
  };
}
