import { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../organisations.repo.ts';
import {
  KIND_LABELS,
  OFFICE_DEFINITIONS,
  officeSuitsKind,
  type OrganisationKind,
} from '../organisations.domain.ts';
import { organisationFields } from '../organisations.schemas.ts';
import { CHANGE_DETAILS, ORGANISATIONS_TAGS, OWN_RECORDS } from './access.ts';
import {
  ORGANISATION_NOT_FOUND,
  organisationInput,
  refuseDuplicateName,
  storedDetails,
  withUniqueName,
} from './organisation-details.ts';

/** A police force cannot become a policing body while it still records a chief constable. */
async function refuseUnsuitedOffices(tx: Db, id: string, kind: OrganisationKind): Promise<void> {
  const unsuited = (await repo.officeHoldersOf(tx, [id])).find(
    (holder) => !officeSuitsKind(holder.office, kind),
  );
  if (!unsuited) return;
  const office = OFFICE_DEFINITIONS[unsuited.office].label.toLowerCase();
  const message = `A ${KIND_LABELS[kind].toLowerCase()} has no ${office}, and ${unsuited.holderName} is recorded as one`;
  throw new ValidationError([{ field: 'kind', message }]);
}

export const changeOrganisation = defineUseCase({
  name: 'Change an organisation',
  operationId: 'updateOrganisation',
  summary: 'Change an organisation (send the version you read; a stale version is refused with 409)',
  tags: ORGANISATIONS_TAGS,
  input: organisationInput.extend({ id: z.uuid(), version: organisationFields.version }),
  access: CHANGE_DETAILS,
  scope: OWN_RECORDS,
  audit: 'organisation.updated',
  run: async (input, { tx, change }) => {
    const before = await repo.findOrganisation(tx, input.id);
    if (!before) throw new NotFoundError(ORGANISATION_NOT_FOUND);
    const values = storedDetails(input);
    await refuseDuplicateName(tx, values.name, input.id);
    if (values.kind !== before.kind) await refuseUnsuitedOffices(tx, input.id, values.kind);
    const saved = await withUniqueName(() =>
      repo.updateOrganisation(tx, input.id, input.version, values, change.now),
    );
    if (!saved) {
      throw new ConflictError(
        `${before.name} was changed by someone else while you were editing. Your changes have not been saved.`,
      );
    }
    const after = await repo.findOrganisation(tx, input.id);
    if (!after) throw new NotFoundError(ORGANISATION_NOT_FOUND);
    const summary = `Changed ${values.name}`;
    await recordAudit(tx, change, { entityType: 'organisation', entityId: input.id, summary, before, after });
    return after;
  },
});
