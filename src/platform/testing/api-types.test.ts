import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

describe('the generated API types', () => {
  it('match the routes: regenerate with `npm run api:types` when this fails', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(committed === (await generateApiTypes())).toBe(true);
  });
});
