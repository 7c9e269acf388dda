import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from './migrate.ts';

/**
 * The embedded database as PGlite's initdb and every migration leave it, as one gzipped tar
 * (`npm run db:image` writes it). A new data folder is loaded from it instead of running initdb,
 * which was most of a first start; any migration added since it was written is applied as usual.
 */
export const EMBEDDED_IMAGE = path.join(MIGRATIONS_FOLDER, 'embedded-image.tar.gz');

/**
 * Makes a new data folder from the image, or by initdb when there is no image or this PGlite cannot
 * read it (another PostgreSQL version). Made under another name and renamed, so a start stopped
 * half-way leaves no half-made database behind.
 */
export async function createDataFolder(
  dataFolder: string,
  options: PGliteOptions,
  image = EMBEDDED_IMAGE,
): Promise<void> {
  const partial = `${dataFolder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const client = (await fromImage(partial, options, image)) ?? (await PGlite.create(partial, options));
  await client.close();
  renameSync(partial, dataFolder);
}

async function fromImage(folder: string, options: PGliteOptions, image: string): Promise<PGlite | undefined> {
  if (!existsSync(image)) return undefined;
  try {
    return await PGlite.create(folder, { ...options, loadDataDir: new Blob([readFileSync(image)]) });
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return undefined;
  }
}
