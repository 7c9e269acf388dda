import { z } from 'zod';
import type { ChangeContext } from '../../../platform/context.ts';
import { londonDate } from '../../../platform/dates.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refusingDuplicate } from '../../../platform/db/unique-violation.ts';
import { ConflictError, ValidationError } from '../../../platform/errors.ts';
import type { Access } from '../../../platform/http/access.ts';
import { pence } from '../../../platform/money.ts';
import { financialYear, isoDate } from '../../../platform/validation.ts';
import type { Organisation } from '../../organisations/index.ts';
import * as repo from '../alliances.repo.ts';
import {
  allianceProblems,
  type Alliance,
  type AllianceDetails,
  type AllianceStatus,
} from '../alliances.domain.ts';
import { allianceFields } from '../alliances.schemas.ts';
import { knownOrganisations, loadOrFail } from '../alliances.service.ts';

export const CHANGE_ALLIANCES: Access = { anyOf: ['programme_team'] };
/** A grant for one organisation reaches the alliances it is a member of; a new alliance belongs to none yet. */
export const THE_ALLIANCE = { alliance: 'id' } as const;
export const ALLIANCES_TAGS = ['Alliances'];
const DUPLICATE_NAME = 'An alliance with this name already exists';

/** An alliance as a person describes it, in domain terms; the savings target is in pence. */
export const allianceInput = z.object({
  name: allianceFields.name,
  shortName: allianceFields.shortName,
  description: allianceFields.description,
  status: allianceFields.status,
  formedOn: isoDate('the date the alliance was formed').optional(),
  savingsTarget: z.number().int().transform(pence).optional(),
  savingsTargetYear: financialYear('the year the savings are due').optional(),
  members: allianceFields.members,
});

export const allianceId = z.uuid();

export function conflict(name: string): ConflictError {
  return new ConflictError(
    `${name} was changed by someone else while you were editing. Your changes have not been saved.`,
  );
}

/** A write that may meet the unique index on the name (two people adding the same name at once). */
export function withUniqueName<T>(write: () => Promise<T>): Promise<T> {
  return refusingDuplicate(write, 'name', DUPLICATE_NAME);
}

export async function checkDetails(
  tx: Db,
  details: AllianceDetails,
  current?: Alliance,
): Promise<Map<string, Organisation>> {
  const known = await knownOrganisations(tx, details.members);
  const existing = await repo.findAllianceIdByName(tx, details.name);
  const nameProblems =
    existing && existing !== current?.id ? [{ field: 'name', message: DUPLICATE_NAME }] : [];
  const problems = [...nameProblems, ...allianceProblems(details, known, current?.status)];
  if (problems.length > 0) throw new ValidationError(problems);
  return known;
}

export function storedValues(details: AllianceDetails, endedOn: string | null): repo.AllianceValues {
  return {
    name: details.name,
    shortName: details.shortName,
    description: details.description ?? null,
    status: details.status,
    formedOn: details.formedOn ?? null,
    endedOn,
    savingsTargetPence: details.savingsTarget ?? null,
    savingsTargetYear: details.savingsTargetYear ?? null,
  };
}

/** An alliance that has ended records the day; otherwise keep what is stored. */
export function endedOnAfter(
  status: AllianceStatus,
  before: string | null,
  change: ChangeContext,
): string | null {
  return status === 'ended' ? (before ?? londonDate(change.now)) : before;
}

/** Loads the alliance, checks the caller saw the latest version, and takes the row for this change. */
export async function claim(tx: Db, change: ChangeContext, id: string, version: number): Promise<Alliance> {
  const before = await loadOrFail(tx, id);
  if (before.version !== version) throw conflict(before.name);
  if (!(await repo.updateAlliance(tx, id, version, {}, change.now))) throw conflict(before.name);
  return before;
}
