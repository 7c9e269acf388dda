import { z } from 'zod';
import { ValidationError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import { everyPartySigned, officeLabel } from '../agreements.domain.ts';
import * as repo from '../agreements.repo.ts';
import { loadOrFail } from '../agreements.service.ts';
import type { AgreementState } from '../agreements.workflow.ts';
import {
  AGREEMENTS_TAGS,
  CHANGE_AGREEMENTS,
  ENTITY_TYPE,
  agreementRef,
  checkSignatures,
  claim,
  moveOrRefuse,
  signatureInput,
  signatureRows,
  snapshot,
} from './agreement-changes.ts';

/**
 * One party signs the agreement as made. The first signature sends it out for signature; the last
 * brings it into force (s23C: in writing, by every party).
 */
export const signAgreement = defineUseCase({
  name: 'Record a signature',
  operationId: 'recordAgreementSignature',
  summary: "Record one party's signature of an agreement; the last signature brings it into force",
  tags: AGREEMENTS_TAGS,
  input: z.object({ ...agreementRef, signature: signatureInput }),
  access: CHANGE_AGREEMENTS,
  scope: 'unscoped-only',
  audit: 'agreement.signed',
  run: async (input, { tx, change }) => {
    const before = await claim(tx, change, input.agreementId, input.version);
    const first = before.versions[0];
    if (!first || (before.state !== 'draft' && before.state !== 'signing'))
      throw new ValidationError([
        {
          field: 'signature',
          message:
            'Only an agreement not yet in force is signed here: record a variation to change one in force',
        },
      ]);
    if (
      first.signatures.some(
        (s) => s.organisationId === input.signature.organisationId && s.office === input.signature.office,
      )
    )
      throw new ValidationError([{ field: 'signature.office', message: 'This party has already signed' }]);
    const [checked] = await checkSignatures(tx, before.parties, [input.signature], change, 'signature');
    await repo.insertSignatures(tx, signatureRows(first.id, checked ? [checked] : [], change.now));
    const signed = [...first.signatures, input.signature];
    const moves: repo.MoveValues[] = [];
    let state: AgreementState = before.state;
    if (state === 'draft') {
      moves.push(moveOrRefuse(before, 'signing', 'programme_team', { everyPartySigned: false }, change));
      state = 'signing';
    }
    if (everyPartySigned(before.parties, signed)) {
      moves.push(
        moveOrRefuse({ ...before, state }, 'in_force', 'parties', { everyPartySigned: true }, change),
      );
      state = 'in_force';
    }
    if (state !== before.state)
      await repo.claimAgreement(tx, before.id, before.version + 1, { state }, change.now);
    await repo.insertMoves(tx, moves);
    const after = await loadOrFail(tx, before.id);
    const party = before.parties.find((p) => p.organisationId === input.signature.organisationId);
    const summary = `Signature of the ${officeLabel(input.signature.office)} of ${party?.organisationName ?? 'a party'} recorded on "${first.title}"`;
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
