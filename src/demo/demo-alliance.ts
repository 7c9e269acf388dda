import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';
import { loadDemoOrganisations } from './demo-organisations.ts';
import { loadDemoAlliances } from './demo-alliances.ts';
import { loadDemoBusinessAreas } from './demo-business-areas.ts';

/** The Devon & Cornwall and Dorset alliance as the source documents describe it in March 2016. */
export async function loadDemoAlliance(db: Db, context: ChangeContext): Promise<void> {
  const organisationIds = await loadDemoOrganisations(db, context);
  await loadDemoAlliances(db, context, organisationIds);
  await loadDemoBusinessAreas(db, context, organisationIds);
}
