import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

describe('a new embedded data folder, loaded from the image', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'alliance-image-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    'has every migration already: run `npm run db:image` after adding one',
    { timeout: 60_000 },
    async () => {
      const database = await openDatabase({ kind: 'embedded', dataDir: folder });
      try {
        expect(await migrate(database.db)).toEqual([]);
      } finally {
        await database.close();
      }
    },
  );
});
