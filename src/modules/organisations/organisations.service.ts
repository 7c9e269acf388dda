import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { londonDate } from '../../platform/dates.ts';
import { NotFoundError } from '../../platform/errors.ts';
import * as repo from './organisations.repo.ts';
import { currentCorporationSoles } from './organisations.queries.ts';
import type { OfficeHolder, Organisation, OrganisationBudget } from './organisations.repo.ts';
import type { OrganisationKind } from './organisations.domain.ts';

export type { OfficeHolder, Organisation, OrganisationBudget } from './organisations.repo.ts';
export {
  budgetsForYear,
  currentCorporationSoles,
  findOrganisationByReference,
  getOrganisationsByIds,
  type CorporationSole,
} from './organisations.queries.ts';

export interface OrganisationsDeps {
  readonly db: Db;
  readonly clock: Clock;
}

export interface OrganisationWithDetails extends Organisation {
  readonly officeHolders: readonly OfficeHolder[];
  readonly budgets: readonly OrganisationBudget[];
}

const NOT_FOUND = 'Organisation not found';

export function createOrganisationsService(deps: OrganisationsDeps) {
  const { db, clock } = deps;

  async function get(id: string): Promise<OrganisationWithDetails> {
    const organisation = await repo.findOrganisation(db, id);
    if (!organisation) throw new NotFoundError(NOT_FOUND);
    const [officeHolders, budgets] = await Promise.all([
      repo.officeHoldersOf(db, [id]),
      repo.budgetsOf(db, [id]),
    ]);
    return { ...organisation, officeHolders, budgets };
  }

  async function getOfficeHolder(
    id: string,
  ): Promise<{ organisation: Organisation; officeHolder: OfficeHolder }> {
    const officeHolder = await repo.findOfficeHolder(db, id);
    const organisation = officeHolder && (await repo.findOrganisation(db, officeHolder.organisationId));
    if (!officeHolder || !organisation) throw new NotFoundError('Office holder not found');
    return { organisation, officeHolder };
  }

  return {
    list: (filter: { kind?: OrganisationKind | undefined } = {}) => repo.listOrganisations(db, filter.kind),
    get,
    getOfficeHolder,
    /** Today's corporation soles unless a date is given. */
    currentCorporationSoles: (organisationIds: readonly string[], onDate = londonDate(clock.now())) =>
      currentCorporationSoles(db, organisationIds, onDate),
    today: () => londonDate(clock.now()),
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
