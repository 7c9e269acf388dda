import { z } from 'zod';
import { ValidationError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { isoDate, requiredText } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/index.ts';
import { TERMINATION_KINDS, latestVersion, terminationProblems } from '../agreement-terms.domain.ts';
import * as repo from '../agreements.repo.ts';
import { loadOrFail } from '../agreements.service.ts';
import {
  AGREEMENTS_TAGS,
  CHANGE_AGREEMENTS,
  ENTITY_TYPE,
  agreementRef,
  claim,
  moveOrRefuse,
  snapshot,
} from './agreement-changes.ts';

export const terminateInput = z.object({
  ...agreementRef,
  kind: z.enum(TERMINATION_KINDS, 'Select whether the parties end it jointly or one party leaves'),
  noticeGivenOn: isoDate('the date notice was given'),
  terminatesOn: isoDate('the termination date'),
  leavingOrganisationId: z.uuid('Select the party that is leaving').nullable().default(null),
  reason: requiredText('the reason', 2000),
});

/** Ends the agreement on its date: jointly when the parties agree, or by one party's notice. */
export const terminateAgreement = defineUseCase({
  name: 'Record a termination',
  operationId: 'recordAgreementTermination',
  summary: 'Record the termination of an agreement, jointly or by one party after its notice',
  tags: AGREEMENTS_TAGS,
  input: terminateInput,
  access: CHANGE_AGREEMENTS,
  scope: 'unscoped-only',
  audit: 'agreement.terminated',
  run: async (input, { tx, change }) => {
    const before = await claim(tx, change, input.agreementId, input.version);
    const latest = latestVersion(before.versions);
    if (!latest) throw new ValidationError([{ field: 'state', message: 'The agreement has no terms' }]);
    const leaving = input.kind === 'joint' ? null : input.leavingOrganisationId;
    const termination = { ...input, leavingOrganisationId: leaving };
    const partyIds = before.parties.map((party) => party.organisationId);
    const problems = terminationProblems(termination, latest.noticeMonths, partyIds);
    if (input.terminatesOn < latest.effectiveFrom)
      problems.push({
        field: 'terminatesOn',
        message: 'The termination date must be on or after the current version took effect',
      });
    if (problems.length > 0) throw new ValidationError(problems);
    const move = moveOrRefuse(
      before,
      'terminated',
      'parties',
      { everyPartySigned: true, reason: input.reason },
      change,
    );
    await repo.endVersion(tx, latest.id, input.terminatesOn);
    await repo.claimAgreement(
      tx,
      before.id,
      before.version + 1,
      { state: 'terminated', terminatedOn: input.terminatesOn },
      change.now,
    );
    await repo.insertMoves(tx, [move]);
    const after = await loadOrFail(tx, before.id);
    const how = input.kind === 'joint' ? 'jointly' : 'by one party leaving';
    const summary = `"${latest.title}" terminated ${how}, ending on ${input.terminatesOn}`;
    await recordAudit(tx, change, {
      entityType: ENTITY_TYPE,
      entityId: before.id,
      summary,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  },
});
