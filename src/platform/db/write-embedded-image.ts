/** `npm run db:image`: writes the embedded database image after the migrations change. */
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { renameSync, writeFileSync } from 'node:fs';
import type { Db } from './database.ts';
import { EMBEDDED_IMAGE } from './embedded-image.ts';
import { migrate } from './migrate.ts';

const client = await PGlite.create();
const applied = await migrate(drizzle({ client }) as unknown as Db);
const image = await client.dumpDataDir('gzip');
await client.close();
const partial = `${EMBEDDED_IMAGE}.partial`;
writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
renameSync(partial, EMBEDDED_IMAGE);
process.stdout.write(`Wrote ${EMBEDDED_IMAGE} with ${applied.join(', ')}`);
