import { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { refusingDuplicate } from '../../../platform/db/unique-violation.ts';
import { ValidationError } from '../../../platform/errors.ts';
import * as repo from '../organisations.repo.ts';
import { populationProblem } from '../organisations.domain.ts';
import { organisationFields } from '../organisations.schemas.ts';

export const ORGANISATION_NOT_FOUND = 'Organisation not found';
const DUPLICATE_NAME = 'An organisation with this name already exists';

/** What a person says about an organisation, in domain terms; blank is left out. */
export const organisationInput = z.object({
  kind: organisationFields.kind,
  name: organisationFields.name,
  shortName: organisationFields.shortName,
  region: organisationFields.region,
  population: organisationFields.population.optional(),
  populationYear: organisationFields.populationYear.optional(),
  notes: organisationFields.notes,
});

export type OrganisationInput = z.output<typeof organisationInput>;

/** The details as stored, once the rules that span fields hold. */
export function storedDetails(input: OrganisationInput): repo.OrganisationDetails {
  const problem = populationProblem(input);
  if (problem) throw new ValidationError([problem]);
  return {
    kind: input.kind,
    name: input.name,
    shortName: input.shortName,
    region: input.region ?? null,
    population: input.population ?? null,
    populationYear: input.populationYear ?? null,
    notes: input.notes ?? null,
  };
}

export async function refuseDuplicateName(tx: Db, name: string, exceptId?: string): Promise<void> {
  const existing = await repo.findOrganisationIdByName(tx, name);
  if (existing && existing !== exceptId)
    throw new ValidationError([{ field: 'name', message: DUPLICATE_NAME }]);
}

/** A write that may meet the unique index on the name (two people adding the same name at once). */
export function withUniqueName<T>(write: () => Promise<T>): Promise<T> {
  return refusingDuplicate(write, 'name', DUPLICATE_NAME);
}
