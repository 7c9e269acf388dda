import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { createTestDatabase } from '../../../platform/testing/test-database.ts';
import { agendaOf } from '../boards/boards.repo.ts';
import {
  placeAt,
  refusal,
  savedState,
  setUpPipelineFixture,
  minuteByMinute,
  testContext,
  type PipelineFixture,
  pipelineForTests,
  type PipelineForTests,
} from './pipeline-testing.ts';

const clock = fixedClock('2016-03-15T10:00:00Z');
const context = minuteByMinute(clock);

describe('decisions of the corporation soles and the boards, and conditions', () => {
  let database: Database;
  let service: PipelineForTests;
  let fixture: PipelineFixture;

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

  describe('corporation sole decisions', () => {
    it('keeps the order of two decisions recorded at the same instant', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'executive_board_decision');
      const [sole] = await service.soles(areaId);
      const sameInstant = testContext(clock);
      const input = {
        gate: 'executive_decision' as const,
        organisationId: sole?.organisationId as string,
        office: sole?.office as string,
        decidedBy: sole?.holderName as string,
        asDelegate: false,
        decidedOn: '2015-03-12',
      };
      await service.recordSoleDecision(sameInstant, areaId, { ...input, decision: 'refused' });
      await service.recordSoleDecision(sameInstant, areaId, { ...input, decision: 'approved' });
      const state = await service.caseState(areaId);
      expect(state.soles[0]?.latest.executive_decision?.decision).toBe('approved');
      expect(state.gates.executive_decision.refusedBy).toEqual([]);
    });

    it('refuses a decision from someone who is not a corporation sole of the case, or at the wrong stage', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'executive_board_decision');
      const [sole] = await service.soles(areaId);
      const input = {
        gate: 'executive_decision' as const,
        organisationId: sole?.organisationId as string,
        office: 'deputy_chief_constable',
        decision: 'approved' as const,
        decidedBy: 'A deputy',
        asDelegate: false,
        decidedOn: '2015-03-12',
      };
      const before = await savedState(database.db, areaId);
      const notSole = await refusal(service.recordSoleDecision(context(), areaId, input));
      expect(notSole.message).toBe('That is not a corporation sole of this business case');
      const wrongGate = await refusal(
        service.recordSoleDecision(context(), areaId, {
          ...input,
          office: 'chief_constable',
          gate: 'strategic_outline_case',
        }),
      );
      expect(wrongGate.message).toBe(
        'The strategic outline case sign-off can be recorded only while the case is at "Strategic outline case": it is at "Executive board decision"',
      );
      const future = await refusal(
        service.recordSoleDecision(context(), areaId, {
          ...input,
          office: 'chief_constable',
          decidedOn: '2016-03-16',
        }),
      );
      expect(future.message).toBe('The date of the decision must be today or in the past');
      expect(await savedState(database.db, areaId)).toEqual(before);
    });
  });

  describe('board decisions', () => {
    it('needs a meeting of the board whose stage the case is at', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'programme_board_review');
      const error = await refusal(decide(areaId, 'executive_board', 'approved'));
      expect((error as ValidationError).details).toEqual([
        {
          field: 'meetingId',
          message:
            'The case is at "Programme board review": select a meeting of the programme board, not of the alliance executive board',
        },
      ]);
      const notAtBoard = await refusal(decide(await fixture.addArea(), 'programme_team', 'approved'));
      expect(notAtBoard.message).toBe(
        'A board decision can be recorded only while a board is reviewing the case: it is at "Scoping and feasibility"',
      );
      const unknown = await refusal(
        service.recordBoardDecision(context(), areaId, {
          version: await versionOf(areaId),
          meetingId: 'nonsense',
          outcome: 'approved',
          conditions: [],
        }),
      );
      expect(unknown.message).toBe('Select a meeting of the programme board');
    });

    it('checks conditions, reasons and who may reject, saving nothing when refused', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'programme_board_review');
      const before = await savedState(database.db, areaId);
      const base = { meetingId: fixture.meetingIds.programme_board, conditions: [] };
      const condition = { description: 'Agree the rota', owner: 'Head of ICT', dueOn: '2015-01-01' };
      const cases = [
        [
          { ...base, outcome: 'approved_with_conditions' as const },
          'Enter at least one condition of the approval',
        ],
        [
          { ...base, outcome: 'approved' as const, conditions: [{ ...condition, dueOn: '2015-05-01' }] },
          /^Conditions go with/,
        ],
        [{ ...base, outcome: 'returned' as const }, 'Enter the reasons the case was returned for rework'],
        [
          { ...base, outcome: 'rejected' as const, reasons: 'No' },
          /^Only the alliance executive board can reject/,
        ],
        [
          { ...base, outcome: 'approved_with_conditions' as const, conditions: [condition] },
          'The due date of condition 1 must be on or after the meeting, 3 February 2015',
        ],
      ] as const;
      for (const [input, message] of cases) {
        const error = await refusal(
          service.recordBoardDecision(context(), areaId, { ...input, version: await versionOf(areaId) }),
        );
        expect(error).toBeInstanceOf(ValidationError);
        expect(error.message).toMatch(message);
      }
      expect(await savedState(database.db, areaId)).toEqual(before);
    });

    it('moves nothing on a deferral, returns for rework with reasons, and lets the executive board reject', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'programme_board_review');
      expect((await decide(areaId, 'programme_board', 'deferred')).area.stage).toBe('programme_board_review');
      const returned = await service.recordBoardDecision(context(), areaId, {
        version: await versionOf(areaId),
        meetingId: fixture.meetingIds.programme_board,
        outcome: 'returned',
        reasons: 'The savings are not evidenced',
        conditions: [],
      });
      expect(returned.area.stage).toBe('in_development');

      await placeAt(database.db, areaId, 'executive_board_decision');
      const rejected = await service.recordBoardDecision(context(), areaId, {
        version: await versionOf(areaId),
        meetingId: fixture.meetingIds.executive_board,
        outcome: 'rejected',
        reasons: 'Not affordable for one force',
        conditions: [],
      });
      expect(rejected.area.stage).toBe('rejected');
      expect((await service.caseState(areaId)).moves).toEqual([]);
    });

    it('puts the case on the meeting’s agenda when the decision is recorded, once', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'programme_board_review');
      const meetingId = fixture.meetingIds.programme_board;
      const onAgenda = async () =>
        (await agendaOf(database.db, [meetingId])).filter((item) => item.businessAreaId === areaId);
      expect(await onAgenda()).toEqual([]);
      await decide(areaId, 'programme_board', 'deferred');
      expect(await onAgenda()).toHaveLength(1);
      await decide(areaId, 'programme_board', 'approved');
      const items = await agendaOf(database.db, [meetingId]);
      expect(items.filter((item) => item.businessAreaId === areaId)).toHaveLength(1);
      expect(items.map((item) => item.position)).toEqual(items.map((_item, index) => index + 1));
    });

    it('refuses a decision made on a stale view of the case', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'programme_team_review');
      const error = await refusal(
        service.recordBoardDecision(context(), areaId, {
          meetingId: fixture.meetingIds.programme_team,
          outcome: 'approved',
          conditions: [],
          version: 99,
        }),
      );
      expect(error).toBeInstanceOf(ConflictError);
    });
  });

  describe('conditions', () => {
    it('refuses a stale closure, a second closure and a closure before the meeting', async () => {
      const areaId = await fixture.addArea();
      await placeAt(database.db, areaId, 'programme_board_review');
      await service.recordBoardDecision(context(), areaId, {
        version: await versionOf(areaId),
        meetingId: fixture.meetingIds.programme_board,
        outcome: 'approved_with_conditions',
        conditions: [{ description: 'Agree the rota', owner: 'Head of ICT', dueOn: '2016-12-01' }],
      });
      const [condition] = (await service.caseState(areaId)).openConditions;
      const id = condition?.id as string;
      expect(condition?.overdue).toBe(false);
      const early = await refusal(
        service.closeCondition(context(), id, { closedOn: '2015-01-01', closureNote: 'Done', version: 1 }),
      );
      expect(early.message).toBe(
        'The date the condition was met must be on or after the meeting that set it, 3 February 2015',
      );
      await service.closeCondition(context(), id, {
        closedOn: '2016-03-01',
        closureNote: 'Done',
        version: 1,
      });
      const stale = await refusal(
        service.closeCondition(context(), id, { closedOn: '2016-03-01', closureNote: 'Again', version: 1 }),
      );
      expect(stale).toBeInstanceOf(ConflictError);
      const again = await refusal(
        service.closeCondition(context(), id, { closedOn: '2016-03-01', closureNote: 'Again', version: 2 }),
      );
      expect(again.message).toBe('This condition was already closed on 1 March 2016');
      const missing = await refusal(
        service.closeCondition(context(), crypto.randomUUID(), {
          closedOn: '2016-03-01',
          closureNote: 'x',
          version: 1,
        }),
      );
      expect(missing).toBeInstanceOf(NotFoundError);
    });
  });
});
