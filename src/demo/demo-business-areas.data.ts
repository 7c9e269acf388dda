/**
 * The 32 business areas of the Devon & Cornwall and Dorset alliance as at March 2016, from the
 * briefing for PCC candidates: 22 business cases approved for consultation (7 of them having
 * completed consultation and moving into implementation), 10 in development, and public
 * protection, local policing and local investigation excluded. The combined baseline of the areas
 * in the remit is £145 million. Individual areas' figures are illustrative; their totals follow
 * the briefing. Budgets are in thousands of pounds, split between the forces by `dcShare` per cent.
 */
export interface DemoArea {
  readonly name: string;
  readonly functionGroup: 'support' | 'operational';
  readonly host: 'Devon & Cornwall Police' | 'Dorset Police';
  readonly budgetThousands: number;
  readonly dcShare: number;
  readonly officers: readonly [number, number];
  readonly staff: readonly [number, number];
  readonly stage:
    | 'in_development'
    | 'programme_team_review'
    | 'programme_board_review'
    | 'executive_board_decision'
    | 'formal_consultation'
    | 'implementation';
  readonly lead: string;
  readonly confidence: 'green' | 'amber_green' | 'amber' | 'amber_red' | 'red';
}

const DC = 'Devon & Cornwall Police' as const;
const D = 'Dorset Police' as const;

const area = (
  name: string,
  functionGroup: DemoArea['functionGroup'],
  host: DemoArea['host'],
  budgetThousands: number,
  dcShare: number,
  officers: [number, number],
  staff: [number, number],
  stage: DemoArea['stage'],
  confidence: DemoArea['confidence'],
): DemoArea => ({
  name,
  functionGroup,
  host,
  budgetThousands,
  dcShare,
  officers,
  staff,
  stage,
  lead: `Head of ${/^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1)}`,
  confidence,
});

export const DEMO_AREAS: readonly DemoArea[] = [
  area('Legal services', 'support', DC, 2300, 70, [0, 0], [28, 11], 'implementation', 'green'),
  area('Fleet services', 'support', D, 8100, 69, [0, 0], [92, 40], 'implementation', 'green'),
  area('Dogs', 'operational', D, 2400, 68, [38, 17], [2, 1], 'implementation', 'amber_green'),
  area('Firearms licensing', 'support', DC, 1300, 71, [0, 0], [24, 10], 'implementation', 'green'),
  area('Professional standards', 'support', DC, 3600, 70, [22, 9], [18, 8], 'implementation', 'amber_green'),
  area('Information management', 'support', D, 3900, 69, [0, 0], [62, 27], 'implementation', 'amber'),
  area('Corporate communications', 'support', DC, 1800, 72, [0, 0], [21, 8], 'implementation', 'green'),
  area('ICT', 'support', DC, 13800, 71, [0, 0], [172, 70], 'formal_consultation', 'amber_red'),
  area('Finance', 'support', DC, 4200, 70, [0, 0], [55, 23], 'formal_consultation', 'amber_green'),
  area('Procurement', 'support', D, 2100, 68, [0, 0], [24, 11], 'formal_consultation', 'green'),
  area('Human resources', 'support', D, 6500, 70, [0, 0], [85, 36], 'formal_consultation', 'amber'),
  area('Estates and facilities', 'support', DC, 10900, 72, [0, 0], [70, 28], 'formal_consultation', 'amber'),
  area(
    'Training and learning',
    'support',
    DC,
    7200,
    70,
    [40, 17],
    [58, 25],
    'formal_consultation',
    'amber_green',
  ),
  area(
    'Roads policing',
    'operational',
    DC,
    9600,
    71,
    [140, 57],
    [8, 3],
    'formal_consultation',
    'amber_green',
  ),
  area(
    'Firearms and armed response',
    'operational',
    DC,
    9400,
    70,
    [150, 63],
    [4, 2],
    'formal_consultation',
    'amber',
  ),
  area(
    'Major crime investigation',
    'operational',
    D,
    10600,
    69,
    [128, 56],
    [40, 17],
    'formal_consultation',
    'amber',
  ),
  area(
    'Criminal justice and custody',
    'operational',
    DC,
    11200,
    71,
    [60, 24],
    [205, 86],
    'formal_consultation',
    'amber_red',
  ),
  area(
    'Occupational health and welfare',
    'support',
    D,
    1900,
    68,
    [0, 0],
    [22, 10],
    'formal_consultation',
    'green',
  ),
  area('Payroll and pensions', 'support', DC, 1400, 70, [0, 0], [20, 8], 'formal_consultation', 'green'),
  area(
    'Operations planning and events',
    'operational',
    D,
    1600,
    66,
    [14, 7],
    [6, 3],
    'formal_consultation',
    'green',
  ),
  area('Marine section', 'operational', D, 900, 40, [4, 7], [0, 1], 'formal_consultation', 'amber_green'),
  area('Civil contingencies', 'operational', DC, 700, 71, [3, 1], [5, 2], 'formal_consultation', 'green'),
  area('Contact management', 'operational', DC, 8000, 71, [30, 12], [390, 165], 'in_development', 'red'),
  area('Intelligence', 'operational', D, 5900, 70, [45, 19], [60, 26], 'in_development', 'amber'),
  area('Forensic services', 'operational', DC, 6800, 70, [0, 0], [95, 41], 'programme_team_review', 'amber'),
  area('Economic crime', 'operational', D, 1500, 67, [12, 6], [8, 4], 'in_development', 'amber_green'),
  area(
    'Prevent and protective security',
    'operational',
    DC,
    1100,
    72,
    [9, 3],
    [3, 1],
    'in_development',
    'amber_green',
  ),
  area('Property and exhibits', 'support', DC, 1000, 70, [0, 0], [18, 8], 'programme_board_review', 'green'),
  area(
    'Strategic planning and performance',
    'support',
    D,
    1700,
    69,
    [0, 0],
    [20, 9],
    'programme_team_review',
    'green',
  ),
  area(
    'Insurance and risk management',
    'support',
    DC,
    900,
    71,
    [0, 0],
    [7, 3],
    'in_development',
    'amber_green',
  ),
  area('Safety camera partnership', 'operational', D, 1200, 65, [0, 0], [14, 8], 'in_development', 'amber'),
  area(
    'Crime and incident recording',
    'support',
    DC,
    1500,
    70,
    [0, 0],
    [45, 19],
    'executive_board_decision',
    'amber',
  ),
];

/** Not included when the programme started (the briefing's "Future vision"). */
export const DEMO_EXCLUDED_AREAS: readonly { name: string; reason: string }[] = [
  {
    name: 'Public protection',
    reason:
      'Not included when the programme started: protecting vulnerable adults, safeguarding children and investigating domestic abuse stay with each force, to be reconsidered with future PCCs.',
  },
  {
    name: 'Local policing',
    reason: 'Not included when the programme started: neighbourhood policing stays with each force.',
  },
  {
    name: 'Local investigation',
    reason: 'Not included when the programme started: local investigation stays with each force.',
  },
];

/** The dates the briefing gives, and a plausible rhythm of board meetings between them. */
export const DEMO_MILESTONES = {
  scopingConsidered: '2014-02-07',
  strategicOutlineCaseSignedOff: '2014-06-23',
  positionAsAt: '2016-03-15',
} as const;
