import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ChangeContext } from '../../platform/context.ts';
import { londonDate, parseIsoDate } from '../../platform/dates.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  ORGANISATION_KINDS,
  createOrganisationsService,
  getOrganisationsByIds,
  type Organisation,
} from '../organisations/index.ts';
import * as repo from './alliances.repo.ts';
import {
  ALLIANCE_STATUS_LABELS,
  allianceProblems,
  membershipChanges,
  removalProblems,
  statusMoveProblem,
  type Alliance,
  type AllianceDetails,
  type AllianceMember,
  type AllianceStatus,
  type AllianceSummary,
  type MemberKind,
} from './alliances.domain.ts';

export interface AlliancesDeps {
  readonly db: Db;
  readonly clock: Clock;
}

const NOT_FOUND = 'Alliance not found';
const DUPLICATE_NAME = 'An alliance with this name already exists';

function conflict(name: string): ConflictError {
  return new ConflictError(
    `${name} was changed by someone else while you were editing. Your changes have not been saved.`,
  );
}

function byKindThenName(a: AllianceMember, b: AllianceMember): number {
  const kindOrder = ORGANISATION_KINDS.indexOf(a.kind) - ORGANISATION_KINDS.indexOf(b.kind);
  return kindOrder !== 0 ? kindOrder : a.name.localeCompare(b.name, 'en-GB');
}

async function knownOrganisations(db: Db, ids: readonly string[]): Promise<Map<string, Organisation>> {
  const found = await getOrganisationsByIds(db, [...new Set(ids)]);
  return new Map(found.map((organisation) => [organisation.id, organisation]));
}

async function load(db: Db, id: string): Promise<Alliance | undefined> {
  const found = await repo.findAllianceWithMembers(db, id);
  if (!found) return undefined;
  const { record, memberships } = found;
  const organisations = await knownOrganisations(
    db,
    memberships.map((m) => m.organisationId),
  );
  const members = memberships.flatMap((membership): AllianceMember[] => {
    const organisation = organisations.get(membership.organisationId);
    if (!organisation) return [];
    const { name, shortName, kind } = organisation;
    return [{ organisationId: organisation.id, name, shortName, kind, joinedOn: membership.joinedOn }];
  });
  return { ...record, members: members.sort(byKindThenName) };
}

async function loadOrFail(db: Db, id: string): Promise<Alliance> {
  const alliance = await load(db, id);
  if (!alliance) throw new NotFoundError(NOT_FOUND);
  return alliance;
}

async function nameProblems(db: Db, name: string, exceptId?: string): Promise<FieldError[]> {
  const existing = await repo.findAllianceIdByName(db, name);
  return existing && existing !== exceptId ? [{ field: 'name', message: DUPLICATE_NAME }] : [];
}

/** Two people adding the same name at once: the second meets the unique index, which is still a bad name. */
function duplicateNameOr(error: unknown): unknown {
  const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return code === '23505' ? new ValidationError([{ field: 'name', message: DUPLICATE_NAME }]) : error;
}

function storedValues(details: AllianceDetails, endedOn: string | null): repo.AllianceValues {
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
function endedOnAfter(status: AllianceStatus, before: string | null, context: ChangeContext): string | null {
  return status === 'ended' ? (before ?? londonDate(context.now)) : before;
}

async function checkDetails(
  tx: Db,
  details: AllianceDetails,
  current?: Alliance,
): Promise<Map<string, Organisation>> {
  const known = await knownOrganisations(tx, details.members);
  const problems = [
    ...(await nameProblems(tx, details.name, current?.id)),
    ...allianceProblems(details, known, current?.status),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  return known;
}

export function createAlliancesService(deps: AlliancesDeps) {
  const { db, clock } = deps;
  const organisations = createOrganisationsService({ db, clock });

  async function create(context: ChangeContext, details: AllianceDetails): Promise<Alliance> {
    const id = crypto.randomUUID();
    try {
      return await db.transaction(async (tx) => {
        await checkDetails(tx, details);
        await repo.insertAlliance(tx, { ...storedValues(details, null), id, now: context.now });
        const joinedOn = details.formedOn ?? null;
        const memberIds = [...new Set(details.members)];
        await repo.insertMembers(
          tx,
          id,
          memberIds.map((organisationId) => ({ organisationId, joinedOn })),
        );
        const after = await loadOrFail(tx, id);
        await recordAudit(tx, context, {
          entityType: 'alliance',
          entityId: id,
          summary: `Added alliance ${details.name}`,
          after,
        });
        return after;
      });
    } catch (error) {
      throw duplicateNameOr(error);
    }
  }

  async function update(
    context: ChangeContext,
    id: string,
    details: AllianceDetails & { version: number },
  ): Promise<Alliance> {
    try {
      return await db.transaction(async (tx) => {
        const before = await loadOrFail(tx, id);
        if (before.version !== details.version) throw conflict(before.name);
        await checkDetails(tx, details, before);
        const values = storedValues(details, endedOnAfter(details.status, before.endedOn, context));
        if (!(await repo.updateAlliance(tx, id, details.version, values, context.now))) {
          throw conflict(before.name);
        }
        const changes = membershipChanges(
          before.members.map((m) => m.organisationId),
          details.members,
        );
        await repo.deleteMembers(tx, id, changes.removed);
        const joinedOn = londonDate(context.now);
        await repo.insertMembers(
          tx,
          id,
          changes.added.map((organisationId) => ({ organisationId, joinedOn })),
        );
        const after = await loadOrFail(tx, id);
        await recordAudit(tx, context, {
          entityType: 'alliance',
          entityId: id,
          summary: `Changed alliance ${after.name}`,
          before,
          after,
        });
        return after;
      });
    } catch (error) {
      throw duplicateNameOr(error);
    }
  }

  /** Loads the alliance, checks the caller saw the latest version, and takes the row for this change. */
  async function claim(tx: Db, context: ChangeContext, id: string, version: number): Promise<Alliance> {
    const before = await loadOrFail(tx, id);
    if (before.version !== version) throw conflict(before.name);
    if (!(await repo.updateAlliance(tx, id, version, {}, context.now))) throw conflict(before.name);
    return before;
  }

  async function addMember(
    context: ChangeContext,
    id: string,
    input: { organisationId: string; version: number; joinedOn?: string | undefined },
  ): Promise<Alliance> {
    return db.transaction(async (tx) => {
      const before = await claim(tx, context, id, input.version);
      const [organisation] = await getOrganisationsByIds(tx, [input.organisationId]);
      if (!organisation) {
        throw new ValidationError([
          { field: 'organisationId', message: 'Select an organisation from the list' },
        ]);
      }
      if (before.members.some((m) => m.organisationId === organisation.id)) {
        const message = `${organisation.name} is already a member of ${before.name}`;
        throw new ValidationError([{ field: 'organisationId', message }]);
      }
      const joinedOn = input.joinedOn ? parseIsoDate(input.joinedOn) : londonDate(context.now);
      if (!joinedOn) {
        throw new ValidationError([{ field: 'joinedOn', message: 'The date it joined must be a real date' }]);
      }
      await repo.insertMembers(tx, id, [{ organisationId: organisation.id, joinedOn }]);
      const after = await loadOrFail(tx, id);
      await recordAudit(tx, context, {
        entityType: 'alliance',
        entityId: id,
        summary: `Added ${organisation.name} to ${before.name}`,
        before,
        after,
      });
      return after;
    });
  }

  async function removeMember(
    context: ChangeContext,
    id: string,
    input: { organisationId: string; version: number },
  ): Promise<Alliance> {
    return db.transaction(async (tx) => {
      const before = await claim(tx, context, id, input.version);
      const leaving = before.members.find((m) => m.organisationId === input.organisationId.toLowerCase());
      if (!leaving) throw new NotFoundError(`That organisation is not a member of ${before.name}`);
      const remaining = before.members.filter((m) => m !== leaving);
      const kinds = new Map<string, { kind: MemberKind }>(remaining.map((m) => [m.organisationId, m]));
      const problems = removalProblems(
        remaining.map((m) => m.organisationId),
        kinds,
      );
      if (problems.length > 0) throw new ValidationError(problems);
      await repo.deleteMembers(tx, id, [leaving.organisationId]);
      const after = await loadOrFail(tx, id);
      await recordAudit(tx, context, {
        entityType: 'alliance',
        entityId: id,
        summary: `Removed ${leaving.name} from ${before.name}`,
        before,
        after,
      });
      return after;
    });
  }

  async function changeStatus(
    context: ChangeContext,
    id: string,
    input: { status: AllianceStatus; version: number; reason?: string | undefined },
  ): Promise<Alliance> {
    return db.transaction(async (tx) => {
      const before = await loadOrFail(tx, id);
      if (before.version !== input.version) throw conflict(before.name);
      const problem =
        before.status === input.status
          ? `The alliance is already ${ALLIANCE_STATUS_LABELS[before.status].toLowerCase()}`
          : statusMoveProblem(before.status, input.status);
      if (problem) throw new ValidationError([{ field: 'status', message: problem }]);
      const endedOn = endedOnAfter(input.status, before.endedOn, context);
      const values = { status: input.status, endedOn };
      if (!(await repo.updateAlliance(tx, id, input.version, values, context.now)))
        throw conflict(before.name);
      const after = await loadOrFail(tx, id);
      const from = ALLIANCE_STATUS_LABELS[before.status].toLowerCase();
      const to = ALLIANCE_STATUS_LABELS[input.status].toLowerCase();
      await recordAudit(tx, context, {
        entityType: 'alliance',
        entityId: id,
        summary: `Moved ${before.name} from ${from} to ${to}${input.reason ? `: ${input.reason}` : ''}`,
        before,
        after: { ...after, reason: input.reason ?? null },
      });
      return after;
    });
  }

  return {
    list: (): Promise<AllianceSummary[]> => repo.listAlliances(db),
    get: (id: string): Promise<Alliance> => loadOrFail(db, id),
    /** Every organisation that could be a member, by name. */
    organisationChoices: (): Promise<Organisation[]> => organisations.list(),
    create,
    update,
    addMember,
    removeMember,
    changeStatus,
  };
}

export type AlliancesService = ReturnType<typeof createAlliancesService>;
