/**
 * The demo alliance's money, consistent with the briefing for PCC candidates (March 2016): £145m
 * combined budget of the business areas in the remit, savings "exceeding £12m on the two forces'
 * combined operational costs by 2018", shared "in proportion to the size of each force" (net
 * revenue budgets of £286m and £110m: about 72:28). How each area's saving is profiled is
 * illustrative: the totals follow the briefing.
 */
import type { DemoArea } from './demo-business-areas.data.ts';

export const DEMO_FINANCE = {
  /** The financial years the demo holds figures for: 2014/15 to 2019/20. */
  firstYear: 2014,
  lastYear: 2019,
  basis: {
    label: 'In proportion to the size of each force',
    budgetYear: 2015,
    adoptedOn: '2015-03-31',
    effectiveFrom: '2015-04-01',
    reason:
      'The alliance agreement: costs are shared in proportion to the size of each force, measured by net revenue budget.',
  },
  /** The marine section is mostly Dorset's: it keeps the split of its own baselines. */
  areaBases: [
    {
      area: 'Marine section',
      label: 'Marine section: the split of its baselines',
      percentages: { 'Devon & Cornwall Police': 40, 'Dorset Police': 60 },
      adoptedOn: '2016-02-10',
      effectiveFrom: '2016-04-01',
      reason:
        'Dorset provides most of the marine capability; the programme board agreed to keep the baseline split.',
    },
  ],
  /** The share of each area's baseline its combined team saves once running, in per cent. */
  savingPercent: {
    default: 9.5,
    overrides: { ICT: 12, 'Estates and facilities': 11, 'Contact management': 7 },
  },
  /** The first year of a combined team saves half its full amount, while the teams come together. */
  firstYearSavingPercentOfFull: 50,
  /** One-off costs of combining an area, as a share of its baseline, in its first year. */
  implementationPercent: 4,
  /** When each stage's areas run as combined teams (financial year starting). */
  combinedFrom: {
    implementation: 2015,
    formal_consultation: 2016,
    executive_board_decision: 2017,
    programme_board_review: 2017,
    programme_team_review: 2017,
    in_development: 2017,
  } satisfies Record<DemoArea['stage'], number>,
  /**
   * How each area's realised saving and forecast compare with its plan, in per cent, following its
   * delivery confidence: the confident areas are ahead and the troubled ones behind.
   */
  deliveryPercentOfPlan: { green: 104, amber_green: 100, amber: 96, amber_red: 88, red: 75 } satisfies Record<
    DemoArea['confidence'],
    number
  >,
  /** Realised savings are recorded for 2015/16 before the position date. */
  actualsRecordedOn: '2016-03-10',
  forecastsMadeOn: '2016-03-11',
  /** Areas whose 2015/16 saving was partly officer time released rather than cash, in per cent. */
  nonCashablePercent: { Dogs: 30, 'Professional standards': 20 } as Record<string, number>,
  owner: (area: string) => `Finance business partner, ${area.charAt(0).toLowerCase()}${area.slice(1)}`,
  benefits: [
    {
      title: 'Resilience of armed response',
      area: 'Firearms and armed response',
      measure: 'Armed response vehicles available across both forces at any time',
      baselineValue: '9 (separate forces)',
      targetValue: '11 (one alliance rota)',
      currentValue: '9',
      owner: 'Alliance head of operations',
      dueOn: '2017-03-31',
    },
    {
      title: 'Specialist capability',
      area: 'Major crime investigation',
      measure: 'Major crime teams able to take a new category A investigation the same day',
      baselineValue: '2 of 3',
      targetValue: '3 of 3',
      currentValue: '2 of 3',
      owner: 'Head of major crime investigation',
      dueOn: '2017-09-30',
    },
    {
      title: 'Interoperability of systems',
      area: 'ICT',
      measure: 'Core administrative, HR and operational systems common to both forces',
      baselineValue: '0 of 12',
      targetValue: '12 of 12',
      currentValue: '3 of 12',
      owner: 'Alliance head of ICT',
      dueOn: '2018-03-31',
    },
  ],
  reinvestments: [
    {
      financialYear: 2016,
      pounds: 750_000,
      purpose: 'Emerging threats: a joint cyber crime unit for both forces',
      decidedOn: '2016-02-24',
    },
    {
      financialYear: 2017,
      pounds: 500_000,
      purpose: 'Emerging threats: child sexual exploitation investigation capacity',
      decidedOn: '2016-02-24',
    },
  ],
} as const;
