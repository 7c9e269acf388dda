import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { formatFinancialYear, parseFinancialYear } from '../../platform/dates.ts';
import { formatMoney } from '../../platform/money.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { budgetForm } from './organisations.schemas.ts';
import type { OrganisationsService, OrganisationWithDetails } from './organisations.service.ts';
import { attempt, bodyOf, pageErrors, typedValues } from './organisations.page-support.ts';

const ROLE = 'finance';
const access = { anyOf: [ROLE] } as const;
const scope = { organisation: 'id' } as const;

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

export function registerBudgetPages(
  app: FastifyInstance,
  deps: ModuleDeps & { organisations: OrganisationsService },
): void {
  const { organisations } = deps;

  function render(reply: FastifyReply, organisation: OrganisationWithDetails, data: object, status = 200) {
    return reply.render(
      'organisations/views/budget-form.njk',
      {
        pageTitle: `Net revenue budget of ${organisation.name}`,
        organisation,
        backLink: { href: `/organisations/${organisation.id}` },
        ...data,
      },
      status,
    );
  }

  app.get<{ Params: { id: string }; Querystring: { year?: string } }>(
    '/organisations/:id/budgets/new',
    { config: { access, scope } },
    async (request, reply) => {
      const organisation = await organisations.get(requireUuid(request.params.id, 'organisation'));
      const year = typeof request.query.year === 'string' ? request.query.year : undefined;
      return render(reply, organisation, { values: prefill(organisation, year) });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/organisations/:id/budgets/new',
    { config: { access, scope, audit: 'organisation.budget-set' } },
    async (request, reply) => {
      const organisation = await organisations.get(requireUuid(request.params.id, 'organisation'));
      const form = parseForm(budgetForm, bodyOf(request));
      const result = form.ok
        ? await attempt(() =>
            organisations.setBudget(changeContext(request, deps.clock), organisation.id, {
              financialYear: form.value.financialYear,
              netRevenueBudgetPence: form.value.netRevenueBudget,
              source: form.value.source,
            }),
          )
        : form;
      if (result.ok) return reply.redirect(`/organisations/${organisation.id}#budgets`, 303);
      const values = typedValues(request.body, 600);
      return render(reply, organisation, { values, errors: pageErrors(result.errors) }, 400);
    },
  );
}
