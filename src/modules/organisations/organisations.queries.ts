/** Reads other modules may make with their own db or transaction; changes go through the service. */
import { eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organisations } from './organisations.tables.ts';
import * as repo from './organisations.repo.ts';
import type { Organisation, OrganisationBudget } from './organisations.repo.ts';
import { OFFICE_DEFINITIONS, OFFICES, currentHolder, type Office } from './organisations.domain.ts';

export interface CorporationSole {
  readonly organisationId: string;
  readonly office: Office;
  readonly holderName: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

/** By id, name or short name, ignoring case: what a person types on the command line. */
export async function findOrganisationByReference(db: Db, reference: string) {
  const text = reference.trim();
  const condition = UUID.test(text)
    ? eq(organisations.id, text)
    : or(
        ilike(organisations.name, text.replace(/[\\%_]/g, '\\$&')),
        ilike(organisations.shortName, text.replace(/[\\%_]/g, '\\$&')),
      );
  const [row] = await db.select().from(organisations).where(condition).limit(1);
  return row;
}

/** For other modules: the organisations with these ids, by name; unknown ids are left out. */
export function getOrganisationsByIds(db: Db, ids: readonly string[]): Promise<Organisation[]> {
  return repo.findOrganisationsByIds(db, ids.filter(isUuid));
}

/** The chief constables and commissioners in office on a date ('YYYY-MM-DD'), organisation by organisation. */
export async function currentCorporationSoles(
  db: Db,
  organisationIds: readonly string[],
  onDate: string,
): Promise<CorporationSole[]> {
  const holders = await repo.officeHoldersOf(db, organisationIds.filter(isUuid));
  const soles = OFFICES.filter((office) => OFFICE_DEFINITIONS[office].corporationSole);
  return organisationIds.flatMap((organisationId) => {
    const ofOrganisation = holders.filter((holder) => holder.organisationId === organisationId);
    return soles.flatMap((office) => {
      const holder = currentHolder(ofOrganisation, office, onDate);
      return holder ? [{ organisationId, office, holderName: holder.holderName }] : [];
    });
  });
}

/** For other modules: each organisation's net revenue budget for one financial year, where recorded. */
export function budgetsForYear(
  db: Db,
  organisationIds: readonly string[],
  financialYear: number,
): Promise<OrganisationBudget[]> {
  return repo.budgetsOf(db, organisationIds.filter(isUuid), financialYear);
}
