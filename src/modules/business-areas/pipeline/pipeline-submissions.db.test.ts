import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { createTestDatabase } from '../../../platform/testing/test-database.ts';
import type { SoleGate } from './pipeline.domain.ts';
import type { PipelineSole } from './pipeline.facts.ts';
import { createReportsService } from '../boards/reports.service.ts';
import {
  placeAt,
  refusal,
  setUpPipelineFixture,
  minuteByMinute,
  type PipelineFixture,
  pipelineForTests,
  type PipelineForTests,
} from './pipeline-testing.ts';

const clock = fixedClock('2016-03-15T10:00:00Z');
const context = minuteByMinute(clock);

describe('approvals count only for the submission they were given for', () => {
  let database: Database;
  let service: PipelineForTests;
  let fixture: PipelineFixture;
  let soles: PipelineSole[];
  let dorsetPcc: PipelineSole;
  let others: PipelineSole[];

  const approve = (areaId: string, sole: PipelineSole, gate: SoleGate = 'executive_decision') =>
    service.recordSoleDecision(context('business_area.sole-decision-recorded'), areaId, {
      gate,
      organisationId: sole.organisationId,
      office: sole.office,
      decision: 'approved',
      decidedBy: sole.holderName,
      asDelegate: false,
      decidedOn: '2015-03-12',
    });

  const decide = async (
    areaId: string,
    board: keyof PipelineFixture['meetingIds'],
    outcome: 'approved' | 'returned' | 'deferred',
  ) =>
    service.recordBoardDecision(context('business_area.board-decision-recorded'), areaId, {
      meetingId: fixture.meetingIds[board],
      outcome,
      reasons: outcome === 'approved' ? undefined : 'The financial case needs rework',
      conditions: [],
      version: (await service.caseState(areaId)).area.version,
    });

  /** Back up through the programme team and the programme board to the executive board. */
  async function upThroughTheBoards(areaId: string) {
    const { area } = await service.caseState(areaId);
    await service.moveCase(context(), areaId, {
      to: 'programme_team_review',
      version: area.version,
      mover: 'programme_team',
    });
    await decide(areaId, 'programme_team', 'approved');
    await decide(areaId, 'programme_board', 'approved');
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await setUpPipelineFixture(database.db, clock);
    service = pipelineForTests({ db: database.db, clock });
    soles = await service.soles(await fixture.addArea('Soles'));
    dorsetPcc = soles.find((sole) => sole.shortTitle === 'Dorset PCC') as PipelineSole;
    others = soles.filter((sole) => sole !== dorsetPcc);
  });
  afterAll(() => database.close());

  it('a case returned with three of four approvals needs all four again when it comes back', async () => {
    const areaId = await fixture.addArea('Estates');
    await placeAt(database.db, areaId, 'programme_board_review');
    await decide(areaId, 'programme_board', 'approved');
    for (const sole of others) await approve(areaId, sole);
    await decide(areaId, 'executive_board', 'returned');
    await upThroughTheBoards(areaId);
    await approve(areaId, dorsetPcc);

    const error = await refusal(decide(areaId, 'executive_board', 'approved'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      'The case cannot leave "Executive board decision": Chief Constable of Devon & Cornwall Police, Chief Constable of Dorset Police and Devon and Cornwall PCC have not approved',
    );
    const state = await service.caseState(areaId);
    expect(state.area).toMatchObject({ stage: 'executive_board_decision', submission: 2 });
    expect(state.gates.executive_decision.status).toBe('pending');
    expect(state.gates.executive_decision.waitingFor).toHaveLength(3);
    const marks = state.soleDecisions.map((d) => [d.soleTitle, d.submission, d.forEarlierSubmission]);
    expect(marks).toEqual([...others.map((sole) => [sole.title, 1, true]), [dorsetPcc.title, 2, false]]);
    expect(state.soles.find((sole) => sole.key === dorsetPcc.key)?.latest.executive_decision).not.toBeNull();
    expect(state.soles.filter((sole) => sole.latest.executive_decision === null)).toHaveLength(3);

    for (const sole of others) await approve(areaId, sole);
    const passed = await decide(areaId, 'executive_board', 'approved');
    expect(passed.area.stage).toBe('formal_consultation');
  });

  it('a deferral at the executive board starts a new submission too', async () => {
    const areaId = await fixture.addArea('Fleet');
    await placeAt(database.db, areaId, 'executive_board_decision');
    for (const sole of soles) await approve(areaId, sole);
    await decide(areaId, 'executive_board', 'deferred');
    const error = await refusal(decide(areaId, 'executive_board', 'approved'));
    expect(error.message).toMatch(/Dorset PCC have not approved$/);
    expect((await service.caseState(areaId)).area.submission).toBe(2);
    for (const sole of soles) await approve(areaId, sole);
    expect((await decide(areaId, 'executive_board', 'approved')).area.stage).toBe('formal_consultation');
  });

  it('keeps a strategic outline case signed off after the case is returned later', async () => {
    const areaId = await fixture.addArea('Procurement');
    await placeAt(database.db, areaId, 'strategic_outline_case');
    for (const sole of soles) await approve(areaId, sole, 'strategic_outline_case');
    await service.moveCase(context(), areaId, { to: 'in_development', version: 1, mover: 'programme_team' });
    await service.moveCase(context(), areaId, {
      to: 'programme_team_review',
      version: 2,
      mover: 'programme_team',
    });
    await decide(areaId, 'programme_team', 'returned');
    const state = await service.caseState(areaId);
    expect(state.area).toMatchObject({ stage: 'in_development', submission: 2 });
    expect(state.gates.strategic_outline_case.status).toBe('approved');
    expect(state.soleDecisions.every((decision) => !decision.forEarlierSubmission)).toBe(true);
  });

  it('marks the earlier approvals on the case timeline', async () => {
    const areaId = await fixture.addArea('Finance');
    await placeAt(database.db, areaId, 'executive_board_decision');
    await approve(areaId, dorsetPcc);
    await decide(areaId, 'executive_board', 'returned');
    await upThroughTheBoards(areaId);
    await approve(areaId, dorsetPcc);
    const { events } = await createReportsService({ db: database.db, clock }).timeline(areaId);
    const approvals = events.filter((event) => event.kind === 'approval');
    expect(approvals.map((event) => event.forEarlierSubmission)).toEqual([false, true]);
    expect(events.filter((event) => event.forEarlierSubmission)).toHaveLength(1);
  });
});
