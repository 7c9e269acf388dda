import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ChangeContext } from '../../platform/context.ts';
import { formatDate, formatFinancialYear, londonDate } from '../../platform/dates.ts';
import { formatMoney } from '../../platform/money.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './organisations.repo.ts';
import { currentCorporationSoles } from './organisations.queries.ts';
import type { OfficeHolder, Organisation, OrganisationBudget } from './organisations.repo.ts';
import {
  KIND_LABELS,
  OFFICE_DEFINITIONS,
  officeSuitsKind,
  overlapMessage,
  overlappingTerm,
  populationProblem,
  termDatesProblem,
  type Office,
  type OrganisationKind,
} from './organisations.domain.ts';

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

export interface OrganisationInput {
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly shortName: string;
  readonly region?: string | undefined;
  readonly population?: number | undefined;
  readonly populationYear?: number | undefined;
  readonly notes?: string | undefined;
}

export interface OfficeHolderInput {
  readonly office: Office;
  readonly holderName: string;
  readonly startDate: string;
  readonly endDate?: string | undefined;
}

export interface BudgetInput {
  /** The calendar year the financial year starts in: 2015 is "2015/16". */
  readonly financialYear: number;
  readonly netRevenueBudgetPence: number;
  readonly source?: string | undefined;
}

export interface OrganisationWithDetails extends Organisation {
  readonly officeHolders: readonly OfficeHolder[];
  readonly budgets: readonly OrganisationBudget[];
}

const NOT_FOUND = 'Organisation not found';
const DUPLICATE_NAME = 'An organisation with this name already exists';

function details(input: OrganisationInput): repo.OrganisationDetails {
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

async function refuseDuplicateName(tx: Db, name: string, exceptId?: string): Promise<void> {
  const existing = await repo.findOrganisationIdByName(tx, name);
  if (existing && existing !== exceptId)
    throw new ValidationError([{ field: 'name', message: DUPLICATE_NAME }]);
}

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

/** Two people adding the same name at once: the second meets the unique index, which is still a bad name. */
function duplicateNameOr(error: unknown): unknown {
  const code =
    (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return code === '23505' ? new ValidationError([{ field: 'name', message: DUPLICATE_NAME }]) : error;
}

function budgetSummary(organisation: Organisation, budget: OrganisationBudget): string {
  const year = formatFinancialYear(budget.financialYear);
  return `Set the ${year} net revenue budget of ${organisation.name} to ${formatMoney(budget.netRevenueBudgetPence)}`;
}

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

  async function create(context: ChangeContext, input: OrganisationInput): Promise<Organisation> {
    const values = details(input);
    const id = crypto.randomUUID();
    try {
      return await db.transaction(async (tx) => {
        await refuseDuplicateName(tx, values.name);
        await repo.insertOrganisation(tx, { ...values, id, now: context.now });
        const after = await repo.findOrganisation(tx, id);
        if (!after) throw new NotFoundError(NOT_FOUND);
        const summary = `Added ${KIND_LABELS[values.kind].toLowerCase()} ${values.name}`;
        await recordAudit(tx, context, { entityType: 'organisation', entityId: id, summary, after });
        return after;
      });
    } catch (error) {
      throw duplicateNameOr(error);
    }
  }

  async function update(
    context: ChangeContext,
    id: string,
    input: OrganisationInput & { version: number },
  ): Promise<Organisation> {
    const values = details(input);
    try {
      return await db.transaction(async (tx) => {
        const before = await repo.findOrganisation(tx, id);
        if (!before) throw new NotFoundError(NOT_FOUND);
        await refuseDuplicateName(tx, values.name, id);
        if (values.kind !== before.kind) await refuseUnsuitedOffices(tx, id, values.kind);
        if (!(await repo.updateOrganisation(tx, id, input.version, values, context.now))) {
          throw new ConflictError(
            `${before.name} was changed by someone else while you were editing. Your changes have not been saved.`,
          );
        }
        const after = await repo.findOrganisation(tx, id);
        const summary = `Changed ${values.name}`;
        await recordAudit(tx, context, { entityType: 'organisation', entityId: id, summary, before, after });
        return after as Organisation;
      });
    } catch (error) {
      throw duplicateNameOr(error);
    }
  }

  async function addOfficeHolder(
    context: ChangeContext,
    organisationId: string,
    input: OfficeHolderInput,
  ): Promise<OfficeHolder> {
    const holder: OfficeHolder = {
      id: crypto.randomUUID(),
      organisationId,
      office: input.office,
      holderName: input.holderName,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    };
    const datesProblem = termDatesProblem(holder);
    if (datesProblem) throw new ValidationError([datesProblem]);
    return db.transaction(async (tx) => {
      const organisation = await repo.lockOrganisation(tx, organisationId);
      if (!organisation) throw new NotFoundError(NOT_FOUND);
      if (!officeSuitsKind(holder.office, organisation.kind)) {
        const message = `Choose an office that a ${KIND_LABELS[organisation.kind].toLowerCase()} has`;
        throw new ValidationError([{ field: 'office', message }]);
      }
      const clash = overlappingTerm(await repo.officeHoldersOf(tx, [organisationId]), holder);
      if (clash)
        throw new ValidationError([{ field: 'startDate', message: overlapMessage(clash, formatDate) }]);
      await repo.insertOfficeHolder(tx, { ...holder, now: context.now });
      const office = OFFICE_DEFINITIONS[holder.office].label.toLowerCase();
      const summary = `Added ${holder.holderName} as ${office} of ${organisation.name}`;
      await recordAudit(tx, context, {
        entityType: 'organisation',
        entityId: organisationId,
        summary,
        after: holder,
      });
      return holder;
    });
  }

  async function endOfficeHolder(
    context: ChangeContext,
    officeHolderId: string,
    endDate: string,
  ): Promise<OfficeHolder> {
    return db.transaction(async (tx) => {
      const found = await repo.findOfficeHolder(tx, officeHolderId);
      if (!found) throw new NotFoundError('Office holder not found');
      const organisation = await repo.lockOrganisation(tx, found.organisationId);
      // Read again under the lock: another request may have ended the term in the meantime.
      const before = await repo.findOfficeHolder(tx, officeHolderId);
      if (!organisation || !before) throw new NotFoundError('Office holder not found');
      if (before.endDate !== null) {
        const message = `${before.holderName} already left this office on ${formatDate(before.endDate)}`;
        throw new ValidationError([{ field: 'endDate', message }]);
      }
      const after: OfficeHolder = { ...before, endDate };
      const datesProblem = termDatesProblem(after);
      if (datesProblem) throw new ValidationError([datesProblem]);
      await repo.setOfficeHolderEndDate(tx, officeHolderId, endDate);
      const office = OFFICE_DEFINITIONS[before.office].label.toLowerCase();
      const summary = `Recorded that ${before.holderName} left the office of ${office} of ${organisation.name} on ${formatDate(endDate)}`;
      await recordAudit(tx, context, {
        entityType: 'organisation',
        entityId: organisation.id,
        summary,
        before,
        after,
      });
      return after;
    });
  }

  async function setBudget(
    context: ChangeContext,
    organisationId: string,
    input: BudgetInput,
  ): Promise<OrganisationBudget> {
    const budget: OrganisationBudget = {
      organisationId,
      financialYear: input.financialYear,
      netRevenueBudgetPence: input.netRevenueBudgetPence,
      source: input.source ?? null,
    };
    if (!Number.isSafeInteger(budget.netRevenueBudgetPence) || budget.netRevenueBudgetPence < 0) {
      throw new ValidationError([
        {
          field: 'netRevenueBudget',
          message: 'The net revenue budget must be a whole number of pence, not negative',
        },
      ]);
    }
    return db.transaction(async (tx) => {
      const organisation = await repo.lockOrganisation(tx, organisationId);
      if (!organisation) throw new NotFoundError(NOT_FOUND);
      const [before] = await repo.budgetsOf(tx, [organisationId], budget.financialYear);
      await repo.upsertBudget(tx, budget);
      await recordAudit(tx, context, {
        entityType: 'organisation',
        entityId: organisationId,
        summary: budgetSummary(organisation, budget),
        before,
        after: budget,
      });
      return budget;
    });
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
    create,
    update,
    addOfficeHolder,
    endOfficeHolder,
    setBudget,
    /** Today's corporation soles unless a date is given. */
    currentCorporationSoles: (organisationIds: readonly string[], onDate = londonDate(clock.now())) =>
      currentCorporationSoles(db, organisationIds, onDate),
    today: () => londonDate(clock.now()),
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
