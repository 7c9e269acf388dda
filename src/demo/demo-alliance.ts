import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';
import { systemClock } from '../platform/clock.ts';
import { createAlliancesService } from '../modules/alliances/alliances.service.ts';
import { loadDemoOrganisations } from './demo-organisations.ts';
import { loadDemoAlliances } from './demo-alliances.ts';
import { DEMO_ALLIANCE_NAME, loadDemoBusinessAreas } from './demo-business-areas.ts';
import { loadDemoFinance } from './demo-finance.ts';
import { loadDemoAgreements } from './demo-agreements.ts';

/** The Devon & Cornwall and Dorset alliance as the source documents describe it in March 2016. */
export async function loadDemoAlliance(db: Db, context: ChangeContext): Promise<void> {
  const organisationIds = await loadDemoOrganisations(db, context);
  await loadDemoAlliances(db, context, organisationIds);
  await loadDemoBusinessAreas(db, context, organisationIds);
  const alliances = await createAlliancesService({ db, clock: systemClock }).list();
  const alliance = alliances.find((a) => a.name === DEMO_ALLIANCE_NAME);
  if (!alliance) throw new Error(`The demo needs the alliance "${DEMO_ALLIANCE_NAME}"`);
  await loadDemoFinance(db, context, organisationIds, alliance.id);
  await loadDemoAgreements(db, context, organisationIds, alliance.id);
}
