import type { DemoArea } from './demo-business-areas.data.ts';
import { DEMO_MILESTONES } from './demo-business-areas.data.ts';

type BoardKind = 'programme_team' | 'programme_board' | 'executive_board';

export type HistoryStep =
  | { kind: 'meeting'; date: string; board: BoardKind; agenda: string[]; location: string }
  | {
      kind: 'move';
      date: string;
      area: string;
      to:
        | 'strategic_outline_case'
        | 'in_development'
        | 'programme_team_review'
        | 'programme_board_review'
        | 'implementation';
      reason?: string;
    }
  | {
      kind: 'approvals';
      date: string;
      area: string;
      gate: 'strategic_outline_case' | 'executive_decision';
      /** Short titles of soles who have not decided yet ("Dorset PCC"). */
      missing?: readonly string[];
    }
  | {
      kind: 'decision';
      date: string;
      area: string;
      board: BoardKind;
      reasons: string;
      conditions: { description: string; owner: string; dueOn: string }[];
    };

/** People named in the source documents; other members are not invented. */
export const DEMO_BOARD_MEMBERS: Record<
  BoardKind,
  { name: string; roleTitle: string; organisation?: string }[]
> = {
  programme_team: [
    { name: 'Sharon Taylor', roleTitle: 'Assistant Chief Constable, senior responsible officer' },
  ],
  programme_board: [
    { name: 'Sharon Taylor', roleTitle: 'Assistant Chief Constable, senior responsible officer' },
  ],
  executive_board: [
    { name: 'Shaun Sawyer', roleTitle: 'Chief Constable', organisation: 'Devon & Cornwall Police' },
    { name: 'Debbie Simpson', roleTitle: 'Chief Constable', organisation: 'Dorset Police' },
    {
      name: 'Tony Hogg',
      roleTitle: 'Police and Crime Commissioner',
      organisation:
        'Office of the Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly',
    },
    {
      name: 'Martyn Underhill',
      roleTitle: 'Police and Crime Commissioner',
      organisation: 'Office of the Police and Crime Commissioner for Dorset',
    },
  ],
};

/** Monthly alliance executive board meetings from November 2014, two business cases at each. */
const EXECUTIVE_BOARD_DATES = [
  '2014-11-19',
  '2014-12-17',
  '2015-01-21',
  '2015-02-18',
  '2015-03-18',
  '2015-04-22',
  '2015-05-20',
  '2015-06-17',
  '2015-07-15',
  '2015-09-16',
  '2015-10-21',
];
const LOCATIONS = ['Middlemoor, Exeter', 'Winfrith, Dorset'];

const ORDER: Record<HistoryStep['kind'], number> = { meeting: 0, approvals: 1, decision: 2, move: 3 };

export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** The dated steps that bring every area to its March 2016 stage, in the order they happened. */
export function planDemoHistory(areas: readonly DemoArea[]): HistoryStep[] {
  const steps: HistoryStep[] = [];
  for (const area of areas) {
    steps.push({ kind: 'move', date: '2014-03-31', area: area.name, to: 'strategic_outline_case' });
    steps.push({
      kind: 'approvals',
      date: DEMO_MILESTONES.strategicOutlineCaseSignedOff,
      area: area.name,
      gate: 'strategic_outline_case',
    });
    steps.push({
      kind: 'move',
      date: addDays(DEMO_MILESTONES.strategicOutlineCaseSignedOff, 1),
      area: area.name,
      to: 'in_development',
    });
  }
  const approved = [
    ...areas.filter((a) => a.stage === 'implementation'),
    ...areas.filter((a) => a.stage === 'formal_consultation'),
  ];
  approved.forEach((area, index) => {
    const executive = EXECUTIVE_BOARD_DATES[Math.floor(index / 2)] as string;
    steps.push(...throughBoards(area, executive, index % 3 === 1));
    if (area.stage === 'implementation') {
      steps.push({ kind: 'move', date: addDays(executive, 120), area: area.name, to: 'implementation' });
    }
  });
  for (const area of areas) steps.push(...inDevelopment(area));
  return withMeetings(steps).sort((a, b) =>
    a.date === b.date ? ORDER[a.kind] - ORDER[b.kind] : a.date < b.date ? -1 : 1,
  );
}

function throughBoards(area: DemoArea, executive: string, withCondition: boolean): HistoryStep[] {
  const programmeBoard = addDays(executive, -14);
  return [
    { kind: 'move', date: addDays(executive, -35), area: area.name, to: 'programme_team_review' },
    { kind: 'move', date: addDays(executive, -21), area: area.name, to: 'programme_board_review' },
    decision(area, programmeBoard, 'programme_board', 'Recommended to the alliance executive board.'),
    { kind: 'approvals', date: executive, area: area.name, gate: 'executive_decision' },
    {
      ...decision(area, executive, 'executive_board', 'Approved for formal consultation with staff.'),
      conditions: withCondition
        ? [
            {
              description: 'Agree the consultation timetable with the trade unions and staff associations',
              owner: area.lead,
              dueOn: addDays(executive, 28),
            },
          ]
        : [],
    },
  ];
}

function inDevelopment(area: DemoArea): HistoryStep[] {
  switch (area.stage) {
    case 'programme_team_review':
      return [{ kind: 'move', date: '2016-02-10', area: area.name, to: 'programme_team_review' }];
    case 'programme_board_review':
      return [
        { kind: 'move', date: '2016-01-13', area: area.name, to: 'programme_team_review' },
        { kind: 'move', date: '2016-02-03', area: area.name, to: 'programme_board_review' },
      ];
    case 'executive_board_decision':
      return [
        { kind: 'move', date: '2015-12-09', area: area.name, to: 'programme_team_review' },
        { kind: 'move', date: '2016-01-06', area: area.name, to: 'programme_board_review' },
        decision(area, '2016-01-20', 'programme_board', 'Recommended to the alliance executive board.'),
        {
          kind: 'approvals',
          date: '2016-03-09',
          area: area.name,
          gate: 'executive_decision',
          missing: ['Dorset PCC'],
        },
      ];
    default:
      return [];
  }
}

function decision(
  area: DemoArea,
  date: string,
  board: BoardKind,
  reasons: string,
): HistoryStep & { kind: 'decision' } {
  return { kind: 'decision', date, area: area.name, board, reasons, conditions: [] };
}

/** One meeting of each board on each date a decision is taken, with those cases on its agenda. */
function withMeetings(steps: HistoryStep[]): HistoryStep[] {
  const agendas = new Map<string, { date: string; board: BoardKind; agenda: string[] }>();
  for (const step of steps) {
    if (step.kind !== 'decision') continue;
    const key = `${step.board}:${step.date}`;
    const meeting = agendas.get(key) ?? { date: step.date, board: step.board, agenda: [] };
    meeting.agenda.push(step.area);
    agendas.set(key, meeting);
  }
  const meetings = [...agendas.values()].map((meeting, index): HistoryStep => ({
    kind: 'meeting',
    ...meeting,
    location: LOCATIONS[index % LOCATIONS.length] as string,
  }));
  return [...steps, ...meetings];
}
