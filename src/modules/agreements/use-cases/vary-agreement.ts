import { z } from 'zod';
import { ValidationError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { requiredText } from '../../../platform/validation.ts';
import { isoDate } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/index.ts';
import { officeLabel, unsigned } from '../agreements.domain.ts';
import { closeBefore, latestVersion, variationDateProblem } from '../agreement-terms.domain.ts';
import * as repo from '../agreements.repo.ts';
import { loadOrFail } from '../agreements.service.ts';
import { bindsParties } from '../agreements.workflow.ts';
import {
  AGREEMENTS_TAGS,
  CHANGE_AGREEMENTS,
  ENTITY_TYPE,
  agreementRef,
  checkSignatures,
  checkTerms,
  claim,
  moveOrRefuse,
  signatureInput,
  signatureRows,
  snapshot,
  termsInput,
  versionValues,
} from './agreement-changes.ts';

export const varyInput = z.object({
  ...agreementRef,
  effectiveFrom: isoDate('the date the variation takes effect'),
  reason: requiredText('the reason for the variation', 2000),
  terms: termsInput,
  signatures: z.array(signatureInput).max(20),
});

/**
 * A variation is a later agreement of the same parties (s23C): it is recorded once every party has
 * signed it, and replaces the terms from its date; the version it varies ends the day before.
 */
export const varyAgreement = defineUseCase({
  name: 'Record a variation',
  operationId: 'recordAgreementVariation',
  summary: 'Record a variation signed by every party; it replaces the terms from its date',
  tags: AGREEMENTS_TAGS,
  input: varyInput,
  access: CHANGE_AGREEMENTS,
  scope: 'unscoped-only',
  audit: 'agreement.varied',
  run: async (input, { tx, change }) => {
    const before = await claim(tx, change, input.agreementId, input.version);
    const latest = latestVersion(before.versions);
    if (!latest || !bindsParties(before.state))
      throw new ValidationError([{ field: 'state', message: 'Only an agreement in force can be varied' }]);
    const overlap = variationDateProblem(before.versions, input.effectiveFrom);
    if (overlap) throw new ValidationError([overlap]);
    const missing = unsigned(before.parties, input.signatures);
    if (missing.length > 0) {
      const names = missing.map(
        (p) =>
          `the ${officeLabel(p.office)} of ${before.parties.find((q) => q.organisationId === p.organisationId)?.organisationName}`,
      );
      throw new ValidationError([
        {
          field: 'signatures',
          message: `A variation must be signed by every party: ${names.join(', ')} has not signed`,
        },
      ]);
    }
    await checkTerms(tx, before.allianceId, input.terms, before.commencement, true);
    const checked = await checkSignatures(tx, before.parties, input.signatures, change);
    const move = moveOrRefuse(before, 'varied', 'parties', { everyPartySigned: true }, change);
    const next = versionValues(before.id, latest.versionNumber + 1, input.effectiveFrom, input.terms, {
      variationReason: input.reason,
      now: change.now,
    });
    await repo.endVersion(tx, latest.id, closeBefore(latest, input.effectiveFrom).effectiveTo as string);
    await repo.insertVersions(tx, [next.version]);
    await repo.insertVersionAreas(tx, next.areas);
    await repo.insertSignatures(tx, signatureRows(next.version.id, checked, change.now));
    await repo.claimAgreement(tx, before.id, before.version + 1, { state: 'varied' }, change.now);
    await repo.insertMoves(tx, [move]);
    const after = await loadOrFail(tx, before.id);
    const summary = `Variation ${latest.versionNumber} of "${latest.title}" recorded, in effect from ${input.effectiveFrom}`;
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
