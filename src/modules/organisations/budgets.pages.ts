import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { formatFinancialYear, parseFinancialYear } from '../../platform/dates.ts';
import { formatMoney } from '../../platform/money.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { typedValues } from '../../platform/http/forms.ts';
import { pageRoute } from '../../platform/usecase/page-route.ts';
import { budgetForm } from './organisations.schemas.ts';
import type { OrganisationsService, OrganisationWithDetails } from './organisations.service.ts';
import { setBudget } from './use-cases/set-budget.ts';

/** "Change" on a year's row opens the form filled in with that year's figure. */
function prefill(
  organisation: OrganisationWithDetails,
  yearText: string | undefined,
): Record<string, string> {
  const year = yearText === undefined ? undefined : parseFinancialYear(yearText.slice(0, 20));
  const budget = organisation.budgets.find((b) => b.financialYear === year);
  if (!budget) return {};
  return {
    financialYear: formatFinancialYear(budget.financialYear),
    netRevenueBudget: formatMoney(budget.netRevenueBudgetPence),
    source: budget.source ?? '',
  };
}

const TEMPLATE = 'organisations/views/budget-form.njk';

function formData(organisation: OrganisationWithDetails, values: Record<string, string>) {
  return {
    pageTitle: `Net revenue budget of ${organisation.name}`,
    organisation,
    backLink: { href: `/organisations/${organisation.id}` },
    values,
  };
}

export function registerBudgetPages(
  app: FastifyInstance,
  deps: ModuleDeps & { organisations: OrganisationsService },
): void {
  const { organisations } = deps;
  const load = (id: string | undefined) => organisations.get(requireUuid(id, 'organisation'));

  app.get<{ Params: { id: string }; Querystring: { year?: string } }>(
    '/organisations/:id/budgets/new',
    { config: { access: setBudget.access, scope: setBudget.scope } },
    async (request, reply) => {
      const organisation = await load(request.params.id);
      const year = typeof request.query.year === 'string' ? request.query.year : undefined;
      return reply.render(TEMPLATE, formData(organisation, prefill(organisation, year)));
    },
  );

  pageRoute(app, deps, setBudget, {
    url: '/organisations/:id/budgets/new',
    form: budgetForm,
    values: (body) => typedValues(body, 600),
    fields: { netRevenueBudgetPence: 'netRevenueBudget' },
    toInput: (form, { params }) => ({
      organisationId: requireUuid(params['id'], 'organisation'),
      financialYear: form.financialYear,
      netRevenueBudgetPence: form.netRevenueBudget,
      source: form.source,
    }),
    view: async ({ params, values }) => ({
      template: TEMPLATE,
      data: formData(await load(params['id']), values),
    }),
    redirect: (budget) => `/organisations/${budget.organisationId}#budgets`,
  });
}
