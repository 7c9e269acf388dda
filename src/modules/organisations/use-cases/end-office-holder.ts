import { z } from 'zod';
import { formatDate } from '../../../platform/dates.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { isoDate } from '../../../platform/validation.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../organisations.repo.ts';
import type { OfficeHolder } from '../organisations.repo.ts';
import { OFFICE_DEFINITIONS, termDatesProblem } from '../organisations.domain.ts';
import { CHANGE_DETAILS, ORGANISATIONS_TAGS, OWN_RECORDS } from './access.ts';

const NOT_FOUND = 'Office holder not found';

/** Only a page asks this for now; the API records an end date when the office holder is added. */
export const endOfficeHolder = defineUseCase({
  name: 'Record that an office holder left office',
  operationId: 'endOfficeHolder',
  summary: 'Record the day an office holder left office',
  tags: ORGANISATIONS_TAGS,
  input: z.object({ officeHolderId: z.uuid(), endDate: isoDate('the date they left office') }),
  access: CHANGE_DETAILS,
  scope: OWN_RECORDS,
  audit: 'organisation.office-holder-ended',
  run: async (input, { tx, change }) => {
    const found = await repo.findOfficeHolder(tx, input.officeHolderId);
    if (!found) throw new NotFoundError(NOT_FOUND);
    const organisation = await repo.lockOrganisation(tx, found.organisationId);
    // Read again under the lock: another request may have ended the term in the meantime.
    const before = await repo.findOfficeHolder(tx, input.officeHolderId);
    if (!organisation || !before) throw new NotFoundError(NOT_FOUND);
    if (before.endDate !== null) {
      const message = `${before.holderName} already left this office on ${formatDate(before.endDate)}`;
      throw new ValidationError([{ field: 'endDate', message }]);
    }
    const after: OfficeHolder = { ...before, endDate: input.endDate };
    const datesProblem = termDatesProblem(after);
    if (datesProblem) throw new ValidationError([datesProblem]);
    await repo.setOfficeHolderEndDate(tx, before.id, input.endDate);
    const office = OFFICE_DEFINITIONS[before.office].label.toLowerCase();
    const summary = `Recorded that ${before.holderName} left the office of ${office} of ${organisation.name} on ${formatDate(input.endDate)}`;
    await recordAudit(tx, change, {
      entityType: 'organisation',
      entityId: organisation.id,
      summary,
      before,
      after,
    });
    return after;
  },
});
