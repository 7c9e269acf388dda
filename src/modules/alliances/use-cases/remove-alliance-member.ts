import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../alliances.repo.ts';
import { removalProblems, type MemberKind } from '../alliances.domain.ts';
import { loadOrFail } from '../alliances.service.ts';
import { ALLIANCES_TAGS, CHANGE_ALLIANCES, THE_ALLIANCE, allianceId, claim } from './alliance-changes.ts';

export const removeAllianceMember = defineUseCase({
  name: 'Remove a member from an alliance',
  operationId: 'removeAllianceMember',
  summary: 'Remove a member organisation (an alliance keeps at least two)',
  tags: ALLIANCES_TAGS,
  input: z.object({ allianceId, organisationId: z.uuid(), version: z.number().int().min(1) }),
  access: CHANGE_ALLIANCES,
  scope: THE_ALLIANCE,
  audit: 'alliance.member-removed',
  run: async (input, { tx, change }) => {
    const before = await claim(tx, change, input.allianceId, input.version);
    const leaving = before.members.find((m) => m.organisationId === input.organisationId.toLowerCase());
    if (!leaving) throw new NotFoundError(`That organisation is not a member of ${before.name}`);
    const remaining = before.members.filter((m) => m !== leaving);
    const kinds = new Map<string, { kind: MemberKind }>(remaining.map((m) => [m.organisationId, m]));
    const problems = removalProblems(
      remaining.map((m) => m.organisationId),
      kinds,
    );
    if (problems.length > 0) throw new ValidationError(problems);
    await repo.deleteMembers(tx, before.id, [leaving.organisationId]);
    const after = await loadOrFail(tx, before.id);
    const summary = `Removed ${leaving.name} from ${before.name}`;
    await recordAudit(tx, change, { entityType: 'alliance', entityId: before.id, summary, before, after });
    return after;
  },
});
