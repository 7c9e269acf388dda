import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { NotFoundError } from '../../platform/errors.ts';
import {
  ORGANISATION_KINDS,
  createOrganisationsService,
  getOrganisationsByIds,
  type Organisation,
} from '../organisations/index.ts';
import * as repo from './alliances.repo.ts';
import type { Alliance, AllianceMember, AllianceSummary } from './alliances.domain.ts';

export interface AlliancesDeps {
  readonly db: Db;
  readonly clock: Clock;
}

const NOT_FOUND = 'Alliance not found';

function byKindThenName(a: AllianceMember, b: AllianceMember): number {
  const kindOrder = ORGANISATION_KINDS.indexOf(a.kind) - ORGANISATION_KINDS.indexOf(b.kind);
  return kindOrder !== 0 ? kindOrder : a.name.localeCompare(b.name, 'en-GB');
}

export async function knownOrganisations(db: Db, ids: readonly string[]): Promise<Map<string, Organisation>> {
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

export async function loadOrFail(db: Db, id: string): Promise<Alliance> {
  const alliance = await load(db, id);
  if (!alliance) throw new NotFoundError(NOT_FOUND);
  return alliance;
}

export function createAlliancesService(deps: AlliancesDeps) {
  const { db, clock } = deps;
  const organisations = createOrganisationsService({ db, clock });

  return {
    list: (): Promise<AllianceSummary[]> => repo.listAlliances(db),
    get: (id: string): Promise<Alliance> => loadOrFail(db, id),
    /** Every organisation that could be a member, by name. */
    organisationChoices: (): Promise<Organisation[]> => organisations.list(),
  };
}

export type AlliancesService = ReturnType<typeof createAlliancesService>;
