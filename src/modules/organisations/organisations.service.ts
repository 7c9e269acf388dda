import { eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organisations } from './organisations.tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** By id, name or short name, ignoring case: what a person types on the command line. */
export async function findOrganisationByReference(db: Db, reference: string) {
  const text = reference.trim();
  const condition = UUID.test(text)
    ? eq(organisations.id, text)
    : or(
        ilike(organisations.name, text.replace(/[\\%_]/g, '\\$&')),
        ilike(organisations.shortName, text.replace(/[\\%_]/g, '\\$&')),
      );
  const [row] = await db.select().from(organisations).where(condition).limit(1);
  return row;
}
