import { ValidationError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import { AGREEMENT_KIND_LABELS, partyProblems } from '../agreements.domain.ts';
import * as repo from '../agreements.repo.ts';
import { loadOrFail, requiredSoles } from '../agreements.service.ts';
import {
  AGREEMENTS_TAGS,
  CHANGE_AGREEMENTS,
  ENTITY_TYPE,
  checkTerms,
  createInput,
  snapshot,
  versionValues,
} from './agreement-changes.ts';

/** A draft: the agreement as written, with its parties; it binds nobody until every party signs. */
export const createAgreement = defineUseCase({
  name: 'Record an agreement',
  operationId: 'createAgreement',
  summary: 'Record a collaboration agreement as a draft, with its parties and terms',
  tags: AGREEMENTS_TAGS,
  input: createInput,
  access: CHANGE_AGREEMENTS,
  scope: 'unscoped-only',
  audit: 'agreement.created',
  run: async (input, { tx, change }) => {
    const required = await requiredSoles(tx, input.allianceId, input.commencement);
    if (required.length === 0)
      throw new ValidationError([
        {
          field: 'allianceId',
          message: 'Select an alliance with corporation soles in office on the commencement date',
        },
      ]);
    const problems = partyProblems(input.parties, required, input.terms.providesForOfficers);
    if (problems.length > 0) throw new ValidationError(problems);
    await checkTerms(tx, input.allianceId, input.terms, input.commencement, false);
    const id = crypto.randomUUID();
    const { allianceId, kind, commencement } = input;
    await repo.insertAgreements(tx, [
      { id, allianceId, kind, commencement, state: 'draft', createdAt: change.now, updatedAt: change.now },
    ]);
    await repo.insertParties(
      tx,
      input.parties.map((party, position) => ({ ...party, agreementId: id, position })),
    );
    const first = versionValues(id, 1, commencement, input.terms, { variationReason: null, now: change.now });
    await repo.insertVersions(tx, [first.version]);
    await repo.insertVersionAreas(tx, first.areas);
    const after = await loadOrFail(tx, id);
    const summary = `Recorded the ${AGREEMENT_KIND_LABELS[kind].toLowerCase()} "${input.terms.title}"`;
    await recordAudit(tx, change, { entityType: ENTITY_TYPE, entityId: id, summary, after: snapshot(after) });
    return after;
  },
});
