import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';
import type { FinancialYear, IsoDate } from '../platform/dates.ts';
import { pence } from '../platform/money.ts';
import type { AllianceDetails } from '../modules/alliances/alliances.domain.ts';
import { runUseCase } from '../platform/usecase/use-case.ts';
import { createAlliance } from '../modules/alliances/use-cases/create-alliance.ts';
import type { DemoOrganisationIds } from './demo-organisations.ts';

const DEVON_AND_CORNWALL = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';
const OPCC_DEVON_AND_CORNWALL =
  'Office of the Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly';
const OPCC_DORSET = 'Office of the Police and Crime Commissioner for Dorset';

const SOUTH_WEST_FORCES = [
  'Avon and Somerset Constabulary',
  DEVON_AND_CORNWALL,
  DORSET,
  'Gloucestershire Constabulary',
  'Wiltshire Police',
];
const SOUTH_WEST_OFFICES = [
  'Office of the Police and Crime Commissioner for Avon and Somerset',
  OPCC_DEVON_AND_CORNWALL,
  OPCC_DORSET,
  'Office of the Police and Crime Commissioner for Gloucestershire',
  'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
];

type DemoAlliance = Omit<AllianceDetails, 'members'> & { readonly memberNames: readonly string[] };

/**
 * From the briefing for PCC candidates (March 2016): "formally agreed in March 2015" (the day is not
 * given, so the end of the month), savings "exceeding £12m … by 2018", that is by the end of 2017/18.
 */
export const DEMO_ALLIANCES: readonly DemoAlliance[] = [
  {
    name: 'Devon & Cornwall and Dorset strategic alliance',
    shortName: 'Strategic alliance',
    description:
      'Devon & Cornwall Police and Dorset Police collaborate as equal partners in more than 30 business ' +
      'areas while keeping separate identities: not a merger or a takeover. Announced in December 2013; ' +
      'strategic outline case signed off on 23 June 2014.',
    status: 'active',
    formedOn: '2015-03-31' as IsoDate,
    savingsTarget: pence(12_000_000_00),
    savingsTargetYear: 2017 as FinancialYear,
    memberNames: [DEVON_AND_CORNWALL, DORSET, OPCC_DEVON_AND_CORNWALL, OPCC_DORSET],
  },
  {
    name: 'South West five-force collaboration',
    shortName: 'South West five forces',
    description:
      'The five South West forces collaborate on an increasing number of projects; decisions are shared ' +
      'across the region to inform future models.',
    status: 'active',
    memberNames: [...SOUTH_WEST_FORCES, ...SOUTH_WEST_OFFICES],
  },
];

function idsOf(names: readonly string[], organisationIds: DemoOrganisationIds): string[] {
  const missing = names.filter((name) => !organisationIds.has(name));
  if (missing.length > 0) {
    throw new Error(`The demo alliances need organisations that were not loaded: ${missing.join('; ')}`);
  }
  return names.map((name) => organisationIds.get(name) as string);
}

export async function loadDemoAlliances(
  db: Db,
  context: ChangeContext,
  organisationIds: DemoOrganisationIds,
): Promise<void> {
  const deps = { db, clock: { now: () => context.now } };
  for (const { memberNames, ...details } of DEMO_ALLIANCES) {
    const members = idsOf(memberNames, organisationIds);
    await runUseCase(createAlliance, { ...details, members }, deps, context);
  }
}
