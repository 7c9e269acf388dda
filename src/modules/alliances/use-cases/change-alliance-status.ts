import { z } from 'zod';
import { ValidationError } from '../../../platform/errors.ts';
import { apiVersion, optionalText } from '../../../platform/validation.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../alliances.repo.ts';
import { ALLIANCE_STATUS_LABELS, statusMoveProblem } from '../alliances.domain.ts';
import { allianceFields } from '../alliances.schemas.ts';
import { loadOrFail } from '../alliances.service.ts';
import {
  ALLIANCES_TAGS,
  CHANGE_ALLIANCES,
  THE_ALLIANCE,
  allianceId,
  conflict,
  endedOnAfter,
} from './alliance-changes.ts';

export const changeAllianceStatus = defineUseCase({
  name: 'Move an alliance to another status',
  operationId: 'changeAllianceStatus',
  summary: 'Move an alliance to another status: proposed → active → ending → ended, or proposed → ended',
  tags: ALLIANCES_TAGS,
  input: z.object({
    allianceId,
    status: allianceFields.status,
    version: apiVersion(),
    reason: optionalText('the reason', 500),
  }),
  access: CHANGE_ALLIANCES,
  scope: THE_ALLIANCE,
  audit: 'alliance.status-changed',
  run: async (input, { tx, change }) => {
    const before = await loadOrFail(tx, input.allianceId);
    if (before.version !== input.version) throw conflict(before.name);
    const problem =
      before.status === input.status
        ? `The alliance is already ${ALLIANCE_STATUS_LABELS[before.status].toLowerCase()}`
        : statusMoveProblem(before.status, input.status);
    if (problem) throw new ValidationError([{ field: 'status', message: problem }]);
    const values = { status: input.status, endedOn: endedOnAfter(input.status, before.endedOn, change) };
    if (!(await repo.updateAlliance(tx, before.id, input.version, values, change.now)))
      throw conflict(before.name);
    const after = await loadOrFail(tx, before.id);
    const from = ALLIANCE_STATUS_LABELS[before.status].toLowerCase();
    const to = ALLIANCE_STATUS_LABELS[input.status].toLowerCase();
    await recordAudit(tx, change, {
      entityType: 'alliance',
      entityId: before.id,
      summary: `Moved ${before.name} from ${from} to ${to}${input.reason ? `: ${input.reason}` : ''}`,
      before,
      after: { ...after, reason: input.reason ?? null },
    });
    return after;
  },
});
