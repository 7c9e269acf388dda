import { z } from 'zod';
import type { Clock } from '../../../../platform/clock.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { refusingDuplicate } from '../../../../platform/db/unique-violation.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '../../../../platform/errors.ts';
import * as repo from '../business-areas.repo.ts';
import {
  areaProblems,
  storedExclusionReason,
  type AreaDetails,
  type BusinessArea,
} from '../business-areas.domain.ts';
import { areaDetailFields } from '../business-areas.schemas.ts';
import { allianceOfArea, type AllianceOfArea } from '../business-areas.service.ts';

export const PORTFOLIO_TAGS = ['Business areas'];
const DUPLICATE_NAME = 'The alliance already has a business area with this name';

/** What a person says about a business area, in domain terms; blank is left out. */
export const areaDetailsInput = z.object(areaDetailFields);

export function changedMeanwhile(name: string): ConflictError {
  return new ConflictError(
    `${name} was changed by someone else while you were editing. Your changes have not been saved.`,
  );
}

export function refuse(problems: readonly FieldError[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}

export async function areaOrFail(tx: Db, id: string): Promise<BusinessArea> {
  const area = await repo.findArea(tx, id);
  if (!area) throw new NotFoundError('Business area not found');
  return area;
}

/** The same area twice in one alliance, and a host that is not one of its member forces, are refused together. */
export async function checkDetails(
  tx: Db,
  clock: Clock,
  allianceId: string,
  details: AreaDetails,
  exceptId?: string,
): Promise<AllianceOfArea> {
  const alliance = await allianceOfArea(tx, clock, allianceId);
  const existing = await repo.findAreaIdByName(tx, alliance.id, details.name);
  refuse([
    ...(existing && existing !== exceptId ? [{ field: 'name', message: DUPLICATE_NAME }] : []),
    ...areaProblems(details, alliance.memberForces),
  ]);
  return alliance;
}

export function storedValues(details: AreaDetails): repo.AreaValues {
  return {
    name: details.name,
    functionGroup: details.functionGroup,
    inScope: details.inScope,
    exclusionReason: storedExclusionReason(details),
    hostOrganisationId: details.hostOrganisationId?.toLowerCase() ?? null,
    seniorResponsibleOfficer: details.seniorResponsibleOfficer ?? null,
    leadName: details.leadName ?? null,
    description: details.description ?? null,
  };
}

/** Two people adding the same name at once: the second meets the unique index, which is still a bad name. */
export function withUniqueName<T>(write: () => Promise<T>): Promise<T> {
  return refusingDuplicate(write, 'name', DUPLICATE_NAME);
}
