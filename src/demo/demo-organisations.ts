import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';
import { runUseCase } from '../platform/usecase/use-case.ts';
import { addOfficeHolder } from '../modules/organisations/use-cases/add-office-holder.ts';
import { createOrganisation } from '../modules/organisations/use-cases/create-organisation.ts';
import { setBudget } from '../modules/organisations/use-cases/set-budget.ts';

/** Organisation ids keyed by the organisation's full name, for the alliances that join them. */
export type DemoOrganisationIds = ReadonlyMap<string, string>;

interface DemoTerm {
  readonly holderName: string;
  readonly startDate: string;
  readonly endDate?: string;
}

interface DemoBudget {
  readonly financialYear: number;
  readonly pounds: number;
  readonly source: string;
}

interface DemoForce {
  readonly name: string;
  readonly shortName: string;
  readonly population: number;
  readonly populationYear: number;
  readonly notes: string;
  readonly budgets: readonly DemoBudget[];
  readonly chiefConstable: DemoTerm;
  readonly policingBody: {
    readonly name: string;
    readonly shortName: string;
    readonly commissioner: DemoTerm;
  };
}

const REGION = 'South West';
/** The first police and crime commissioners were elected on 15 November 2012 and took office a week later. */
const FIRST_PCCS_TOOK_OFFICE = '2012-11-22';
const START_DATES_NOTE = "Demo data: the chief constable's start date is approximate.";
const HMIC_2015 = 'HMIC PEEL 2015, "More about this area"';
const BRIEFING =
  'Alliance briefing for PCC candidates, March 2016: £396m combined with Dorset Police (public figure about £280m)';

/**
 * The South West five forces in 2015/16. Figures from reference/south-west-forces-2015-16.csv,
 * except where the alliance's own briefing (March 2016) gives the two alliance forces' totals:
 * £396m of budgets and 2.43 million people, which win for the demo alliance.
 */
export const DEMO_FORCES: readonly DemoForce[] = [
  {
    name: 'Devon & Cornwall Police',
    shortName: 'Devon & Cornwall',
    population: 1_680_000,
    populationYear: 2015,
    notes: `Population chosen so the alliance totals the briefing's 2.43 million (public figure about 1.7 million). ${START_DATES_NOTE}`,
    budgets: [{ financialYear: 2015, pounds: 286_000_000, source: BRIEFING }],
    chiefConstable: { holderName: 'Shaun Sawyer', startDate: '2012-05-01' },
    policingBody: {
      name: 'Office of the Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly',
      shortName: 'OPCC Devon and Cornwall',
      commissioner: { holderName: 'Tony Hogg', startDate: FIRST_PCCS_TOOK_OFFICE },
    },
  },
  {
    name: 'Dorset Police',
    shortName: 'Dorset',
    population: 750_000,
    populationYear: 2015,
    notes: START_DATES_NOTE,
    budgets: [
      {
        financialYear: 2015,
        pounds: 110_000_000,
        source: `${HMIC_2015} (rounded); alliance briefing, March 2016`,
      },
    ],
    chiefConstable: { holderName: 'Debbie Simpson', startDate: '2013-12-01' },
    policingBody: {
      name: 'Office of the Police and Crime Commissioner for Dorset',
      shortName: 'OPCC Dorset',
      commissioner: { holderName: 'Martyn Underhill', startDate: FIRST_PCCS_TOOK_OFFICE },
    },
  },
  {
    name: 'Avon and Somerset Constabulary',
    shortName: 'Avon and Somerset',
    population: 1_650_000,
    populationYear: 2015,
    notes: START_DATES_NOTE,
    budgets: [{ financialYear: 2015, pounds: 272_975_000, source: `${HMIC_2015} (grant plus council tax)` }],
    chiefConstable: { holderName: 'Andy Marsh', startDate: '2016-02-01' },
    policingBody: {
      name: 'Office of the Police and Crime Commissioner for Avon and Somerset',
      shortName: 'OPCC Avon and Somerset',
      commissioner: { holderName: 'Sue Mountstevens', startDate: FIRST_PCCS_TOOK_OFFICE },
    },
  },
  {
    name: 'Gloucestershire Constabulary',
    shortName: 'Gloucestershire',
    population: 605_000,
    populationYear: 2016,
    notes: START_DATES_NOTE,
    budgets: [
      {
        financialYear: 2015,
        pounds: 105_095_000,
        source: 'Office of the PCC for Gloucestershire, 2015/16 budget',
      },
    ],
    chiefConstable: { holderName: 'Suzette Davenport', startDate: '2012-08-01' },
    policingBody: {
      name: 'Office of the Police and Crime Commissioner for Gloucestershire',
      shortName: 'OPCC Gloucestershire',
      commissioner: { holderName: 'Martin Surl', startDate: FIRST_PCCS_TOOK_OFFICE },
    },
  },
  {
    name: 'Wiltshire Police',
    shortName: 'Wiltshire',
    population: 684_000,
    populationYear: 2015,
    notes: START_DATES_NOTE,
    budgets: [
      {
        financialYear: 2015,
        pounds: 100_000_000,
        source: `${HMIC_2015}: "just over £100 million" (approximate)`,
      },
    ],
    chiefConstable: { holderName: 'Mike Veale', startDate: '2015-06-01' },
    policingBody: {
      name: 'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
      shortName: 'OPCC Wiltshire and Swindon',
      commissioner: { holderName: 'Angus Macpherson', startDate: FIRST_PCCS_TOOK_OFFICE },
    },
  },
];

export async function loadDemoOrganisations(db: Db, context: ChangeContext): Promise<DemoOrganisationIds> {
  const deps = { db, clock: { now: () => context.now } };
  const ids = new Map<string, string>();
  for (const force of DEMO_FORCES) {
    const forceRecord = await runUseCase(
      createOrganisation,
      {
        kind: 'police_force',
        name: force.name,
        shortName: force.shortName,
        region: REGION,
        population: force.population,
        populationYear: force.populationYear,
        notes: force.notes,
      },
      deps,
      context,
    );
    await runUseCase(
      addOfficeHolder,
      { organisationId: forceRecord.id, office: 'chief_constable', ...force.chiefConstable },
      deps,
      context,
    );
    for (const budget of force.budgets) {
      const { financialYear, source } = budget;
      const pence = budget.pounds * 100;
      const input = { organisationId: forceRecord.id, financialYear, netRevenueBudgetPence: pence, source };
      await runUseCase(setBudget, input, deps, context);
    }
    const { name, shortName, commissioner } = force.policingBody;
    const bodyDetails = { kind: 'policing_body', name, shortName, region: REGION } as const;
    const body = await runUseCase(createOrganisation, bodyDetails, deps, context);
    const office = 'police_and_crime_commissioner';
    await runUseCase(addOfficeHolder, { organisationId: body.id, office, ...commissioner }, deps, context);
    ids.set(force.name, forceRecord.id).set(force.policingBody.name, body.id);
  }
  return ids;
}
