import { z } from 'zod';
import { formatFinancialYear } from '../../../platform/dates.ts';
import { formatMoney } from '../../../platform/money.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { defineUseCase } from '../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from '../organisations.repo.ts';
import type { OrganisationBudget } from '../organisations.repo.ts';
import { organisationFields } from '../organisations.schemas.ts';
import { CHANGE_BUDGETS, ORGANISATIONS_TAGS, OWN_RECORDS } from './access.ts';
import { ORGANISATION_NOT_FOUND } from './organisation-details.ts';

const NOT_PENCE = 'The net revenue budget must be a whole number of pence, not negative';

export const setBudget = defineUseCase({
  name: 'Set a net revenue budget',
  operationId: 'setOrganisationBudget',
  summary: "Set (add or replace) the organisation's net revenue budget for a financial year",
  tags: ORGANISATIONS_TAGS,
  input: z.object({
    organisationId: z.uuid(),
    /** The calendar year the financial year starts in: 2015 is "2015/16". */
    financialYear: z.number().int().min(1900).max(2100),
    netRevenueBudgetPence: z
      .number({ error: NOT_PENCE })
      .int(NOT_PENCE)
      .min(0, NOT_PENCE)
      .max(Number.MAX_SAFE_INTEGER, NOT_PENCE),
    source: organisationFields.source,
  }),
  access: CHANGE_BUDGETS,
  scope: OWN_RECORDS,
  audit: 'organisation.budget-set',
  run: async (input, { tx, change }) => {
    const organisation = await repo.lockOrganisation(tx, input.organisationId);
    if (!organisation) throw new NotFoundError(ORGANISATION_NOT_FOUND);
    const budget: OrganisationBudget = { ...input, source: input.source ?? null };
    const [before] = await repo.budgetsOf(tx, [organisation.id], budget.financialYear);
    await repo.upsertBudget(tx, budget);
    const year = formatFinancialYear(budget.financialYear);
    const summary = `Set the ${year} net revenue budget of ${organisation.name} to ${formatMoney(budget.netRevenueBudgetPence)}`;
    await recordAudit(tx, change, {
      entityType: 'organisation',
      entityId: organisation.id,
      summary,
      before,
      after: budget,
    });
    return budget;
  },
});
