import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { fixedClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { ConflictError, ValidationError } from '../../../platform/errors.ts';
import { createTestDatabase } from '../../../platform/testing/test-database.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import type { Stage } from './business-case.domain.ts';
import { stageMoves } from '../business-areas.tables.ts';
import type { SoleGate } from './pipeline.domain.ts';
import {
  placeAt,
  refusal,
  savedState,
  setUpPipelineFixture,
  minuteByMinute,
  type PipelineFixture,
  pipelineForTests,
  type PipelineForTests,
} from './pipeline-testing.ts';

const clock = fixedClock('2016-03-15T10:00:00Z');
const context = minuteByMinute(clock);

describe('the business case pipeline', () => {
  let database: Database;
  let service: PipelineForTests;
  let fixture: PipelineFixture;

  const version = async (areaId: string) => (await service.caseState(areaId)).area.version;
  const move = async (areaId: string, to: Stage, reason?: string) =>
    service.moveCase(context('business_area.stage-moved'), areaId, {
      to,
      reason,
      version: await version(areaId),
      mover: 'programme_team',
    });

  async function everySole(
    areaId: string,
    gate: SoleGate,
    decide: (title: string) => 'approved' | 'refused' | undefined = () => 'approved',
  ) {
    for (const sole of await service.soles(areaId)) {
      const decision = decide(sole.shortTitle);
      if (!decision) continue;
      await service.recordSoleDecision(context(), areaId, {
        gate,
        organisationId: sole.organisationId,
        office: sole.office,
        decision,
        decidedBy: sole.holderName,
        asDelegate: false,
        decidedOn: '2015-03-12',
      });
    }
  }

  const versionOf = async (areaId: string) => (await service.caseState(areaId)).area.version;

  async function decide(
    areaId: string,
    board: keyof PipelineFixture['meetingIds'],
    outcome: 'approved' | 'deferred',
  ) {
    return service.recordBoardDecision(context(), areaId, {
      version: await versionOf(areaId),
      meetingId: fixture.meetingIds[board],
      outcome,
      conditions: [],
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await setUpPipelineFixture(database.db, clock);
    service = pipelineForTests({ db: database.db, clock });
  });
  afterAll(() => database.close());

  it('names the four corporation soles of the alliance as people do', async () => {
    const areaId = await fixture.addArea();
    const soles = await service.soles(areaId);
    expect(soles.map((sole) => [sole.title, sole.shortTitle, sole.holderName])).toEqual([
      [
        'Chief Constable of Devon & Cornwall Police',
        'Chief Constable of Devon & Cornwall Police',
        'Shaun Sawyer',
      ],
      ['Chief Constable of Dorset Police', 'Chief Constable of Dorset Police', 'Debbie Simpson'],
      [
        'Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly',
        'Devon and Cornwall PCC',
        'Tony Hogg',
      ],
      ['Police and Crime Commissioner for Dorset', 'Dorset PCC', 'Martyn Underhill'],
    ]);
  });

  it('takes a case from scoping to implementation', async () => {
    const areaId = await fixture.addArea('Information and communications technology');
    await move(areaId, 'strategic_outline_case');
    await everySole(areaId, 'strategic_outline_case');
    expect((await service.caseState(areaId)).gates.strategic_outline_case.message).toBe(
      'Approved by all corporation soles',
    );
    await move(areaId, 'in_development');
    await move(areaId, 'programme_team_review');
    await decide(areaId, 'programme_team', 'approved');
    const conditional = await service.recordBoardDecision(context(), areaId, {
      version: await versionOf(areaId),
      meetingId: fixture.meetingIds.programme_board,
      outcome: 'approved_with_conditions',
      reasons: 'A sound case',
      conditions: [
        { description: 'Confirm the ICT licence costs', owner: 'Head of ICT', dueOn: '2015-06-30' },
      ],
    });
    expect(conditional.area.stage).toBe('executive_board_decision');
    await everySole(areaId, 'executive_decision');
    const approval = await decide(areaId, 'executive_board', 'approved');
    expect(approval.area.stage).toBe('formal_consultation');

    const conditionState = await service.caseState(areaId);
    const [condition] = conditionState.openConditions;
    expect(condition).toMatchObject({ description: 'Confirm the ICT licence costs', overdue: true });
    await service.closeCondition(context(), condition?.id as string, {
      closedOn: '2015-06-20',
      closureNote: 'Costs confirmed by both finance leads',
      version: condition?.version as number,
    });

    await move(areaId, 'implementation');
    const state = await service.caseState(areaId);
    expect(state.area.stage).toBe('implementation');
    expect(state.openConditions).toEqual([]);
    expect(state.decisions.map((d) => [d.boardKind, d.outcome])).toEqual([
      ['programme_team', 'approved'],
      ['programme_board', 'approved_with_conditions'],
      ['executive_board', 'approved'],
    ]);
    const moves = await database.db
      .select()
      .from(stageMoves)
      .where(eq(stageMoves.businessAreaId, areaId))
      .orderBy(asc(stageMoves.movedAt));
    expect(moves.map((m) => [m.toStage, m.mover])).toEqual([
      ['strategic_outline_case', 'programme_team'],
      ['in_development', 'programme_team'],
      ['programme_team_review', 'programme_team'],
      ['programme_board_review', 'programme_team'],
      ['executive_board_decision', 'programme_board'],
      ['formal_consultation', 'executive_board'],
      ['implementation', 'programme_team'],
    ]);
    expect(moves.filter((m) => m.decisionId !== null)).toHaveLength(3);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'business_area'), eq(auditEvents.entityId, areaId)));
    // Added, 7 moves less the 3 made by decisions, 8 sole decisions, 3 decisions, 1 closure.
    expect(events).toHaveLength(1 + 4 + 8 + 3 + 1);
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true });
  });

  it('refuses a move not allowed from the current stage, naming the stage', async () => {
    const areaId = await fixture.addArea();
    const before = await savedState(database.db, areaId);
    const error = await refusal(move(areaId, 'implementation'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      'A business case at "Scoping and feasibility" cannot move to "Implementation"',
    );
    expect((error as ValidationError).details[0]?.field).toBe('to');
    expect(await savedState(database.db, areaId)).toEqual(before);
  });

  it('refuses the programme team an attempt to move a case past a board', async () => {
    const areaId = await fixture.addArea();
    await placeAt(database.db, areaId, 'programme_board_review');
    const error = await refusal(move(areaId, 'executive_board_decision'));
    expect(error.message).toBe(
      'Only a decision of the programme board can move a business case from "Programme board review" to "Executive board decision"',
    );
  });

  it('needs a reason to withdraw a case', async () => {
    const areaId = await fixture.addArea();
    const error = await refusal(move(areaId, 'withdrawn', '  '));
    expect((error as ValidationError).details).toEqual([
      { field: 'reason', message: 'Enter the reason for moving the case to "Withdrawn"' },
    ]);
    expect((await move(areaId, 'withdrawn', 'Merged into another area')).stage).toBe('withdrawn');
  });

  it('refuses the executive approval while one PCC has not approved, and saves nothing', async () => {
    const areaId = await fixture.addArea();
    await placeAt(database.db, areaId, 'executive_board_decision');
    await everySole(areaId, 'executive_decision', (title) =>
      title === 'Dorset PCC' ? undefined : 'approved',
    );
    const before = await savedState(database.db, areaId);
    const error = await refusal(decide(areaId, 'executive_board', 'approved'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      'The case cannot leave "Executive board decision": Dorset PCC has not approved',
    );
    expect(await savedState(database.db, areaId)).toEqual(before);
    expect((await service.caseState(areaId)).gates.executive_decision).toMatchObject({
      status: 'pending',
      message: 'Waiting for: Police and Crime Commissioner for Dorset',
    });
  });

  it('lets one refusal block the case, and the latest decision of a sole count', async () => {
    const areaId = await fixture.addArea();
    await placeAt(database.db, areaId, 'executive_board_decision');
    await everySole(areaId, 'executive_decision', (title) =>
      title === 'Dorset PCC' ? 'refused' : 'approved',
    );
    const state = await service.caseState(areaId);
    expect(state.gates.executive_decision).toMatchObject({
      status: 'refused',
      message: 'Refused by: Police and Crime Commissioner for Dorset',
    });
    const error = await refusal(decide(areaId, 'executive_board', 'approved'));
    expect(error.message).toContain('Dorset PCC has not approved');

    await everySole(areaId, 'executive_decision', (title) =>
      title === 'Dorset PCC' ? 'approved' : undefined,
    );
    expect((await service.caseState(areaId)).gates.executive_decision.status).toBe('approved');
  });

  it('counts the approval of a named delegate', async () => {
    const areaId = await fixture.addArea();
    await placeAt(database.db, areaId, 'strategic_outline_case');
    await everySole(areaId, 'strategic_outline_case', (title) =>
      title === 'Dorset PCC' ? undefined : 'approved',
    );
    const dorsetPcc = (await service.soles(areaId)).find((sole) => sole.shortTitle === 'Dorset PCC');
    const input = {
      gate: 'strategic_outline_case' as const,
      organisationId: dorsetPcc?.organisationId as string,
      office: 'police_and_crime_commissioner',
      decision: 'approved' as const,
      decidedBy: 'Simon Bullock',
      asDelegate: true,
      decidedOn: '2014-06-27',
    };
    const missingRole = await refusal(service.recordSoleDecision(context(), areaId, input));
    expect((missingRole as ValidationError).details[0]?.field).toBe('delegateRole');
    await service.recordSoleDecision(context(), areaId, { ...input, delegateRole: 'Chief Executive' });
    const state = await service.caseState(areaId);
    expect(state.gates.strategic_outline_case.status).toBe('approved');
    expect(
      state.soles.find((sole) => sole.shortTitle === 'Dorset PCC')?.latest.strategic_outline_case,
    ).toMatchObject({
      decidedBy: 'Simon Bullock',
      asDelegate: true,
      delegateRole: 'Chief Executive',
    });
    expect((await move(areaId, 'in_development')).stage).toBe('in_development');
  });

  it('lets exactly one of two simultaneous moves of the same case through', async () => {
    const areaId = await fixture.addArea();
    const current = await version(areaId);
    const attempt = (to: Stage, reason?: string) =>
      service.moveCase(context(), areaId, { to, reason, version: current, mover: 'programme_team' });
    const results = await Promise.allSettled([
      attempt('strategic_outline_case'),
      attempt('withdrawn', 'Not needed'),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(ConflictError);
    expect((refused?.reason as Error).message).toMatch(
      /^This business case has moved on since you opened it/,
    );
    const moves = await database.db.select().from(stageMoves).where(eq(stageMoves.businessAreaId, areaId));
    expect(moves).toHaveLength(1);
  });

  describe('the gate into implementation', () => {
    it('shows the gate as waiting but lets the case through while consultations are not recorded', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'formal_consultation');
      const state = await service.caseState(areaId);
      expect(state.consultation).toEqual({
        status: 'not_recorded',
        message: 'Waiting for consultation to close (consultations are not recorded yet)',
      });
      expect(state.moves.find((m) => m.to === 'implementation')).toMatchObject({
        blockedBy: null,
        note: 'Waiting for consultation to close (consultations are not recorded yet)',
      });
      expect((await move(areaId, 'implementation')).stage).toBe('implementation');
    });

    it('holds the case while its consultation is open, and lets it through once closed', async () => {
      let open = true;
      const withConsultations = pipelineForTests({
        db: database.db,
        clock,
        consultationOpen: async () => open,
      });
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'formal_consultation');
      const input = {
        to: 'implementation' as const,
        version: await version(areaId),
        mover: 'programme_team' as const,
      };
      const error = await refusal(withConsultations.moveCase(context(), areaId, input));
      expect(error.message).toBe(
        'The case cannot leave "Formal consultation": The formal consultation is still open: close it before implementation',
      );
      expect((await withConsultations.caseState(areaId)).consultation.status).toBe('open');
      open = false;
      expect((await withConsultations.moveCase(context(), areaId, input)).stage).toBe('implementation');
    });
  });
});
