import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';
import type { DemoOrganisationIds } from './demo-organisations.ts';

export async function loadDemoAlliances(
  db: Db,
  context: ChangeContext,
  organisationIds: DemoOrganisationIds,
): Promise<void> {
  void db;
  void context;
  void organisationIds;
}
