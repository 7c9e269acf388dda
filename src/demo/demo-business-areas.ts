import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';
import { fixedClock } from '../platform/clock.ts';
import { pence } from '../platform/money.ts';
import type { IsoDate } from '../platform/dates.ts';
import { createAlliancesService } from '../modules/alliances/alliances.service.ts';
import { createBusinessAreasService } from '../modules/business-areas/portfolio/business-areas.service.ts';
import { addBusinessArea } from '../modules/business-areas/portfolio/use-cases/add-business-area.ts';
import { assessConfidence } from '../modules/business-areas/portfolio/use-cases/assess-confidence.ts';
import { setBaselines } from '../modules/business-areas/portfolio/use-cases/set-baselines.ts';
import { runUseCase, type UseCaseDeps } from '../platform/usecase/use-case.ts';
import { createPipelineUseCases } from '../modules/business-areas/pipeline/use-cases/pipeline-use-cases.ts';
import { createBoardsService } from '../modules/business-areas/boards/boards.service.ts';
import { addBoardMember } from '../modules/business-areas/boards/use-cases/add-board-member.ts';
import { addMeeting } from '../modules/business-areas/boards/use-cases/add-meeting.ts';
import { createPipelineBatch } from '../modules/business-areas/pipeline/pipeline.bulk.ts';
import type { DemoOrganisationIds } from './demo-organisations.ts';
import {
  DEMO_AREAS,
  DEMO_EXCLUDED_AREAS,
  DEMO_MILESTONES,
  type DemoArea,
} from './demo-business-areas.data.ts';
import { DEMO_BOARD_MEMBERS, planDemoHistory, type HistoryStep } from './demo-business-areas.history.ts';

export const DEMO_ALLIANCE_NAME = 'Devon & Cornwall and Dorset strategic alliance';

/**
 * Replays the history of every business area through the services, each step dated as it
 * happened, so the stage moves, decisions and approvals are real records with an audit trail.
 */
export async function loadDemoBusinessAreas(
  db: Db,
  context: ChangeContext,
  organisations: DemoOrganisationIds,
) {
  const clock = fixedClock(`${DEMO_MILESTONES.scopingConsidered}T09:00:00Z`);
  const at = (date: string, action: string): ChangeContext => {
    clock.set(`${date}T10:00:00Z`);
    clock.advance(sequence++);
    return { ...context, action, now: clock.now() };
  };
  let sequence = 0;
  const services = {
    areas: createBusinessAreasService({ db, clock }),
    changes: createPipelineUseCases({ clock }),
    boards: createBoardsService({ db, clock }),
  };
  const alliance = (await createAlliancesService({ db, clock }).list()).find(
    (a) => a.name === DEMO_ALLIANCE_NAME,
  );
  if (!alliance) throw new Error(`The demo needs the alliance "${DEMO_ALLIANCE_NAME}"`);
  const forceId = (name: string) => {
    const id = organisations.get(name);
    if (!id) throw new Error(`The demo needs the organisation "${name}"`);
    return id;
  };
  const boards = await services.boards.ensureBoards(
    at(DEMO_MILESTONES.scopingConsidered, 'board.created'),
    alliance.id,
  );
  for (const board of boards) {
    for (const member of DEMO_BOARD_MEMBERS[board.kind]) {
      const organisationId = member.organisation ? forceId(member.organisation) : undefined;
      const given = {
        allianceId: alliance.id,
        boardId: board.id,
        name: member.name,
        roleTitle: member.roleTitle,
      };
      const asker = at(DEMO_MILESTONES.scopingConsidered, '');
      await runUseCase(addBoardMember, { ...given, organisationId }, { db, clock }, asker);
    }
  }
  const areaIds = new Map<string, string>();
  for (const area of DEMO_AREAS) {
    areaIds.set(
      area.name,
      await createArea({ db, clock }, at(DEMO_MILESTONES.scopingConsidered, ''), alliance.id, area, forceId),
    );
  }
  for (const excluded of DEMO_EXCLUDED_AREAS) {
    const details = {
      allianceId: alliance.id,
      name: excluded.name,
      functionGroup: 'operational' as const,
      inScope: false,
      exclusionReason: excluded.reason,
    };
    await runUseCase(addBusinessArea, details, { db, clock }, at(DEMO_MILESTONES.scopingConsidered, ''));
  }
  const boardId = (kind: string) => boards.find((board) => board.kind === kind)?.id as string;
  const meetingIds = new Map<string, string>();
  const batch = createPipelineBatch(db, clock);
  const useCaseDeps = { db, clock };
  const deps = { services, batch, at, alliance: alliance.id, areaIds, boardId, meetingIds, useCaseDeps };
  for (const step of planDemoHistory(DEMO_AREAS)) await replay(step, deps);
  await batch.flush();
  for (const area of DEMO_AREAS) {
    const id = areaIds.get(area.name) as string;
    const current = await services.areas.find(id);
    const assessment = {
      id,
      confidence: area.confidence,
      commentary: `Assessed by the programme office for the ${DEMO_MILESTONES.positionAsAt.slice(0, 7)} programme board.`,
      assessedOn: DEMO_MILESTONES.positionAsAt as IsoDate,
      version: current.version,
    };
    await runUseCase(assessConfidence, assessment, { db, clock }, at(DEMO_MILESTONES.positionAsAt, ''));
  }
}

type Services = {
  areas: ReturnType<typeof createBusinessAreasService>;
  changes: ReturnType<typeof createPipelineUseCases>;
  boards: ReturnType<typeof createBoardsService>;
};

async function createArea(
  deps: UseCaseDeps,
  context: ChangeContext,
  allianceId: string,
  area: DemoArea,
  forceId: (name: string) => string,
): Promise<string> {
  const created = await runUseCase(
    addBusinessArea,
    {
      allianceId,
      name: area.name,
      functionGroup: area.functionGroup,
      inScope: true,
      hostOrganisationId: forceId(area.host),
      seniorResponsibleOfficer: 'Assistant Chief Constable Sharon Taylor (alliance programme)',
      leadName: area.lead,
      description: `The ${area.name.toLowerCase()} function of both forces, combined into one alliance team hosted by ${area.host}.`,
    },
    deps,
    context,
  );
  const totalPence = area.budgetThousands * 100_000;
  const dcPence = Math.round((totalPence * area.dcShare) / 100);
  await runUseCase(
    setBaselines,
    {
      id: created.id,
      version: created.version,
      baselines: [
        {
          organisationId: forceId('Devon & Cornwall Police'),
          budgetPence: pence(dcPence),
          officers: area.officers[0],
          staff: area.staff[0],
        },
        {
          organisationId: forceId('Dorset Police'),
          budgetPence: pence(totalPence - dcPence),
          officers: area.officers[1],
          staff: area.staff[1],
        },
      ],
    },
    deps,
    context,
  );
  return created.id;
}

interface ReplayDeps {
  services: Services;
  batch: ReturnType<typeof createPipelineBatch>;
  at: (date: string, action: string) => ChangeContext;
  alliance: string;
  areaIds: ReadonlyMap<string, string>;
  boardId: (kind: string) => string;
  meetingIds: Map<string, string>;
  useCaseDeps: UseCaseDeps;
}

/** Moves and approvals go in bulk; meetings and board decisions, which read the cases, through the services. */
async function replay(step: HistoryStep, deps: ReplayDeps): Promise<void> {
  const { services, batch, at } = deps;
  if (step.kind === 'move') {
    const areaId = deps.areaIds.get(step.area) as string;
    return batch.move(at(step.date, 'business_area.stage-moved'), areaId, step.to, step.reason);
  }
  if (step.kind === 'approvals') {
    const areaId = deps.areaIds.get(step.area) as string;
    const decided = { gate: step.gate, decidedOn: step.date };
    return batch.approve(() => at(step.date, 'business_area.sole-decision-recorded'), areaId, {
      ...decided,
      skip: (sole) => step.missing?.includes(sole.shortTitle) ?? false,
    });
  }
  await batch.flush();
  if (step.kind === 'meeting') {
    const given = {
      allianceId: deps.alliance,
      boardId: deps.boardId(step.board),
      heldOn: step.date,
      location: step.location,
      papers: 'Business cases and the programme office report',
      minutes: `Minutes of the ${step.date} meeting: the business cases on the agenda were considered.`,
      agenda: step.agenda.map((name) => deps.areaIds.get(name) as string),
    };
    const meeting = await runUseCase(addMeeting, given, deps.useCaseDeps, at(step.date, ''));
    deps.meetingIds.set(`${step.board}:${step.date}`, meeting.id);
    return;
  }
  const areaId = deps.areaIds.get(step.area) as string;
  const decision = {
    areaId,
    meetingId: deps.meetingIds.get(`${step.board}:${step.date}`) as string,
    outcome: step.conditions.length ? ('approved_with_conditions' as const) : ('approved' as const),
    reasons: step.reasons,
    conditions: step.conditions,
    version: (await services.areas.find(areaId)).version,
  };
  await runUseCase(services.changes.recordBoardDecision, decision, deps.useCaseDeps, at(step.date, ''));
}
