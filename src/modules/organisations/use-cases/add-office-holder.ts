import { z } from 'zod';
import { formatDate } from '../../../platform/dates.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { isoDate } from '../../../platform/validation.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../organisations.repo.ts';
import type { OfficeHolder } from '../organisations.repo.ts';
import {
  KIND_LABELS,
  OFFICE_DEFINITIONS,
  officeSuitsKind,
  overlapMessage,
  overlappingTerm,
  termDatesProblem,
} from '../organisations.domain.ts';
import { organisationFields } from '../organisations.schemas.ts';
import { CHANGE_DETAILS, ORGANISATIONS_TAGS, OWN_RECORDS } from './access.ts';
import { ORGANISATION_NOT_FOUND } from './organisation-details.ts';

export const addOfficeHolder = defineUseCase({
  name: 'Add an office holder',
  operationId: 'createOfficeHolder',
  summary: 'Record who holds an office of the organisation, from when (and until when)',
  tags: ORGANISATIONS_TAGS,
  input: z.object({
    organisationId: z.uuid(),
    office: organisationFields.office,
    holderName: organisationFields.holderName,
    startDate: isoDate('the start date'),
    endDate: isoDate('the end date').optional(),
  }),
  access: CHANGE_DETAILS,
  scope: OWN_RECORDS,
  audit: 'organisation.office-holder-added',
  run: async (input, { tx, change }) => {
    const organisation = await repo.lockOrganisation(tx, input.organisationId);
    if (!organisation) throw new NotFoundError(ORGANISATION_NOT_FOUND);
    const holder: OfficeHolder = {
      id: crypto.randomUUID(),
      organisationId: organisation.id,
      office: input.office,
      holderName: input.holderName,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    };
    const datesProblem = termDatesProblem(holder);
    if (datesProblem) throw new ValidationError([datesProblem]);
    if (!officeSuitsKind(holder.office, organisation.kind)) {
      const message = `Choose an office that a ${KIND_LABELS[organisation.kind].toLowerCase()} has`;
      throw new ValidationError([{ field: 'office', message }]);
    }
    const clash = overlappingTerm(await repo.officeHoldersOf(tx, [organisation.id]), holder);
    if (clash)
      throw new ValidationError([{ field: 'startDate', message: overlapMessage(clash, formatDate) }]);
    await repo.insertOfficeHolder(tx, { ...holder, now: change.now });
    const office = OFFICE_DEFINITIONS[holder.office].label.toLowerCase();
    const summary = `Added ${holder.holderName} as ${office} of ${organisation.name}`;
    await recordAudit(tx, change, {
      entityType: 'organisation',
      entityId: organisation.id,
      summary,
      after: holder,
    });
    return holder;
  },
});
