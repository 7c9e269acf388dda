import { NotFoundError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../organisations.repo.ts';
import { KIND_LABELS } from '../organisations.domain.ts';
import { CHANGE_DETAILS, ORGANISATIONS_TAGS } from './access.ts';
import {
  ORGANISATION_NOT_FOUND,
  organisationInput,
  refuseDuplicateName,
  storedDetails,
  withUniqueName,
} from './organisation-details.ts';

export const createOrganisation = defineUseCase({
  name: 'Add an organisation',
  operationId: 'createOrganisation',
  summary: 'Add an organisation',
  tags: ORGANISATIONS_TAGS,
  input: organisationInput,
  access: CHANGE_DETAILS,
  scope: 'unscoped-only',
  audit: 'organisation.created',
  run: async (input, { tx, change }) => {
    const values = storedDetails(input);
    const id = crypto.randomUUID();
    await refuseDuplicateName(tx, values.name);
    await withUniqueName(() => repo.insertOrganisation(tx, { ...values, id, now: change.now }));
    const after = await repo.findOrganisation(tx, id);
    if (!after) throw new NotFoundError(ORGANISATION_NOT_FOUND);
    const summary = `Added ${KIND_LABELS[values.kind].toLowerCase()} ${values.name}`;
    await recordAudit(tx, change, { entityType: 'organisation', entityId: id, summary, after });
    return after;
  },
});
