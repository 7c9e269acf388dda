import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';

/** Organisation ids keyed by the organisation's full name, for the alliances that join them. */
export type DemoOrganisationIds = ReadonlyMap<string, string>;

export async function loadDemoOrganisations(db: Db, context: ChangeContext): Promise<DemoOrganisationIds> {
  void db;
  void context;
  return new Map();
}
