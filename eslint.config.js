import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import alliance from './eslint-rules/module-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'migrations/',
      '.tmp/',
      'coverage/',
      'src/platform/testing/api-types.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', crypto: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Modules meet only at their entries; see docs/adr (module entry points and the composition root).
    files: ['src/modules/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    plugins: { alliance },
    rules: { 'alliance/module-boundaries': 'error' },
  },
  {
    // Pure rules: no I/O, no framework, no clock reads (the clock is passed in).
    files: ['src/**/*.domain.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'drizzle-orm',
                'drizzle-orm/*',
                'pg',
                '@electric-sql/*',
                'fastify',
                '@fastify/*',
                'node:fs',
                'node:fs/*',
              ],
              message: 'Domain files do no I/O.',
            },
            {
              group: ['**/*.repo.ts', '**/*.service.ts', '**/*.routes.ts', '**/*.tables.ts'],
              message: 'Domain files import only other domain files and platform helpers.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from the Clock passed in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the Clock passed in.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.repo.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.service.ts', '**/*.routes.ts', 'fastify'],
              message: 'Imports go one way: routes → service → repo.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**'],
              message: 'The platform holds no business rules and imports no module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'bin/**/*.js'],
    rules: { 'no-console': 'off' },
  },
);
