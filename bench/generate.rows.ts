/**
 * The rows of the benchmark fixture (bench/generate.ts), built in memory: alliances of two forces,
 * and business areas spread across the stages with the moves that took them there.
 */
import type { alliances, allianceMembers } from '../src/modules/alliances/alliances.tables.ts';
import type { officeHolders, organisations } from '../src/modules/organisations/organisations.tables.ts';
import type {
  businessAreaBaselines,
  businessAreas,
  stageMoves,
} from '../src/modules/business-areas/business-areas.tables.ts';
import {
  STAGES,
  findTransition,
  type Stage,
} from '../src/modules/business-areas/pipeline/business-case.domain.ts';

export interface Rows {
  readonly organisations: (typeof organisations.$inferInsert)[];
  readonly officeHolders: (typeof officeHolders.$inferInsert)[];
  readonly alliances: (typeof alliances.$inferInsert)[];
  readonly allianceMembers: (typeof allianceMembers.$inferInsert)[];
  readonly areas: (typeof businessAreas.$inferInsert)[];
  readonly baselines: (typeof businessAreaBaselines.$inferInsert)[];
  readonly moves: (typeof stageMoves.$inferInsert)[];
}

export interface GeneratedAlliance {
  readonly id: string;
  readonly forces: readonly [string, string];
}

const MAIN_LINE = STAGES.filter((stage) => stage !== 'rejected' && stage !== 'withdrawn');
/** Where an in-scope area ends up, in the order of STAGES: roughly a programme two years in. */
const STAGE_WEIGHTS = [5, 5, 15, 5, 5, 5, 20, 15, 15, 3, 7];

const FUNCTIONS: readonly (readonly [string, 'support' | 'operational'])[] = [
  ['ICT', 'support'],
  ['Finance', 'support'],
  ['Human resources', 'support'],
  ['Fleet services', 'support'],
  ['Procurement', 'support'],
  ['Estates and facilities', 'support'],
  ['Legal services', 'support'],
  ['Information management', 'support'],
  ['Professional standards', 'support'],
  ['Corporate communications', 'support'],
  ['Firearms and armed response', 'operational'],
  ['Dogs', 'operational'],
  ['Roads policing', 'operational'],
  ['Major crime investigation', 'operational'],
  ['Criminal justice', 'operational'],
  ['Contact management', 'operational'],
];

const CONFIDENCES = ['green', 'amber_green', 'amber', 'amber_red', 'red'] as const;
const DAY_MS = 86_400_000;
const FIRST_SCOPING = Date.parse('2014-02-03T10:00:00Z');

/** mulberry32: the same seed gives the same fixture, so runs can be compared. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function finalStage(random: () => number): Stage {
  let roll = random() * STAGE_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  for (const [index, weight] of STAGE_WEIGHTS.entries()) {
    roll -= weight;
    if (roll < 0) return STAGES[index] as Stage;
  }
  return 'scoping';
}

/** The stages a case passed through to reach `stage`, in order, starting at scoping. */
export function pathTo(stage: Stage, random: () => number): Stage[] {
  if (stage === 'rejected') return [...MAIN_LINE.slice(0, 6), 'rejected'];
  if (stage === 'withdrawn') return [...MAIN_LINE.slice(0, 1 + Math.floor(random() * 6)), 'withdrawn'];
  return MAIN_LINE.slice(0, MAIN_LINE.indexOf(stage) + 1);
}

/** An alliance of two police forces, each with a chief constable. */
export function addAlliance(rows: Rows, prefix: string, number: number, now: Date): GeneratedAlliance {
  const label = String(number).padStart(3, '0');
  const id = crypto.randomUUID();
  const force = (side: string) => {
    const forceId = crypto.randomUUID();
    const name = `${prefix} ${side} ${label} Police`;
    rows.organisations.push({
      id: forceId,
      kind: 'police_force',
      name,
      shortName: `${side} ${label}`,
      createdAt: now,
      updatedAt: now,
    });
    rows.officeHolders.push({
      id: crypto.randomUUID(),
      organisationId: forceId,
      office: 'chief_constable',
      holderName: `Chief Constable of ${name}`,
      startDate: '2014-01-01',
      createdAt: now,
    });
    rows.allianceMembers.push({ allianceId: id, organisationId: forceId, joinedOn: '2015-04-01' });
    return forceId;
  };
  const forces = [force('North'), force('South')] as const;
  const [name, shortName] = [`${prefix} alliance ${label}`, `${prefix} ${label}`];
  rows.alliances.push({
    id,
    name,
    shortName,
    status: 'active',
    formedOn: '2015-04-01',
    createdAt: now,
    updatedAt: now,
  });
  return { id, forces };
}

/** The moves along the path, each a month or two after the last; answers when the last one was. */
function addMoves(rows: Rows, businessAreaId: string, stages: readonly Stage[], random: () => number): Date {
  let at = FIRST_SCOPING + Math.floor(random() * 60) * DAY_MS;
  for (let step = 1; step < stages.length; step += 1) {
    const [fromStage, toStage] = [stages[step - 1] as Stage, stages[step] as Stage];
    at += (30 + Math.floor(random() * 45)) * DAY_MS;
    const transition = findTransition(fromStage, toStage);
    if (!transition) throw new Error(`No move from ${fromStage} to ${toStage}`);
    rows.moves.push({
      id: crypto.randomUUID(),
      businessAreaId,
      fromStage,
      toStage,
      mover: transition.by,
      reason: transition.reasonRequired ? 'Generated for the benchmark' : null,
      movedByLabel: 'Benchmark generator',
      movedAt: new Date(at),
    });
  }
  return new Date(at);
}

/** What each force spends on and employs in the function: a 70/30 split of one budget. */
function addBaselines(
  rows: Rows,
  businessAreaId: string,
  alliance: GeneratedAlliance,
  operational: boolean,
  random: () => number,
): void {
  const budget = 50_000_000 + Math.floor(random() * 750_000_000);
  alliance.forces.forEach((organisationId, index) => {
    const share = index === 0 ? 0.7 : 0.3;
    const officers = operational ? Math.floor(random() * 80 * share) : 0;
    const staff = Math.floor(random() * 120 * share) + 1;
    rows.baselines.push({
      businessAreaId,
      organisationId,
      budgetPence: Math.round(budget * share),
      officers,
      staff,
    });
  });
}

/** One business area: its row, the stage moves that brought it to its stage, and its baselines. */
export function addArea(
  rows: Rows,
  alliance: GeneratedAlliance,
  index: number,
  random: () => number,
  now: Date,
): void {
  const id = crypto.randomUUID();
  const [base, functionGroup] = FUNCTIONS[index % FUNCTIONS.length] as (typeof FUNCTIONS)[number];
  const round = Math.floor(index / FUNCTIONS.length);
  const name = round === 0 ? base : `${base} ${round + 1}`;
  const inScope = random() >= 0.08;
  const stages: Stage[] = inScope ? pathTo(finalStage(random), random) : ['scoping'];
  const stageChangedAt = addMoves(rows, id, stages, random);
  const assessed = inScope && stages.length > 2;
  rows.areas.push({
    id,
    allianceId: alliance.id,
    name,
    functionGroup,
    inScope,
    stage: stages.at(-1) as Stage,
    stageChangedAt,
    exclusionReason: inScope ? null : 'Kept local by each force',
    hostOrganisationId: inScope ? alliance.forces[index % 2] : null,
    leadName: `Head of ${name.toLowerCase()}`,
    confidence: assessed ? CONFIDENCES[Math.floor(random() * CONFIDENCES.length)] : null,
    confidenceCommentary: assessed ? 'Assessed for the programme board.' : null,
    confidenceAssessedOn: assessed ? '2016-03-01' : null,
    version: stages.length + 1,
    createdAt: now,
    updatedAt: now,
  });
  addBaselines(rows, id, alliance, functionGroup === 'operational', random);
}

export function emptyRows(): Rows {
  return {
    organisations: [],
    officeHolders: [],
    alliances: [],
    allianceMembers: [],
    areas: [],
    baselines: [],
    moves: [],
  };
}
