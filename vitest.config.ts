import { defineConfig } from 'vitest/config';
import { randomBytes } from 'node:crypto';

// One id per run: the migrated template databases of concurrent runs never meet.
process.env.ALLIANCE_TEST_RUN_ID ??= randomBytes(4).toString('hex');
process.env.TZ = 'Europe/London';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: ['src/**/*.test.ts'],
          env: { ALLIANCE_TEST_DB: 'pglite' },
          globalSetup: ['./src/platform/testing/global-setup.ts'],
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['src/**/*.db.test.ts'],
                env: { ALLIANCE_TEST_DB: 'postgres' },
                globalSetup: ['./src/platform/testing/global-setup-postgres.ts'],
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.test.ts'],
          env: { ALLIANCE_TEST_DB: 'pglite' },
          globalSetup: ['./src/platform/testing/global-setup.ts', './e2e/support/nu-checker-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
