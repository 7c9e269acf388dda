import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ValidationError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { dateFromParts, dateInput } from '../../../platform/validation.ts';
import { textOf, type FormBody } from '../cost-sharing/basis-form.ts';
import { describeBasis } from '../cost-sharing/cost-sharing.domain.ts';
import { createCostSharingService } from '../cost-sharing/cost-sharing.service.ts';
import { financeCrumbs, pageErrors } from '../cost-sharing/cost-sharing.views.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE, canChangeFinance } from '../finance.access.ts';
import { createSavingsModelService } from '../savings/savings-model.service.ts';
import { createWhatIfService, type Scenario } from './what-if.service.ts';
import { comparisonView } from './what-if.views.ts';

type WithScenario = { Params: { id: string; scenarioId: string } };

const effectiveFromField = dateInput('the date the basis takes effect', true);
const ADOPT_FIELDS = new Set(['candidate', 'effectiveFrom', 'effectiveTo']);

/**
 * The rules may refuse a saved candidate when it is adopted (a budget since removed, dates that
 * overlap): those problems are about the choice, so they are shown against it.
 */
function adoptErrors(details: readonly FieldError[]): FieldError[] {
  return details.map((d) => (ADOPT_FIELDS.has(d.field) ? d : { ...d, field: 'candidate' }));
}

function readChoice(body: FormBody, scenario: Scenario) {
  const text = textOf(body, 'candidate', 3);
  const candidate = /^\d{1,2}$/.test(text) ? Number(text) : -1;
  const from = effectiveFromField.safeParse(dateFromParts(body, 'effectiveFrom'));
  const errors: FieldError[] = [];
  if (candidate < 0 || candidate >= scenario.candidates.length) {
    errors.push({ field: 'candidate', message: 'Select the basis to adopt' });
  }
  if (!from.success) errors.push({ field: 'effectiveFrom', message: from.error.issues[0]?.message ?? '' });
  if (errors.length > 0 || !from.success || !from.data) return { ok: false as const, errors };
  return { ok: true as const, choice: { candidate, effectiveFrom: from.data } };
}

/** A saved what-if, shown again with today's figures, and adopting one of its candidates. */
export function registerSavedWhatIfPages(app: FastifyInstance, deps: ModuleDeps): void {
  const whatIf = createWhatIfService(deps);
  const costSharing = createCostSharingService(deps);
  const models = createSavingsModelService(deps);
  const ids = (request: FastifyRequest<WithScenario>) => ({
    id: requireUuid(request.params.id, 'alliance'),
    scenarioId: requireUuid(request.params.scenarioId, 'what-if'),
  });

  async function renderScenario(
    request: FastifyRequest<WithScenario>,
    reply: FastifyReply,
    options: { body?: FormBody; errors?: readonly FieldError[]; saved?: boolean } = {},
    status = 200,
  ) {
    const { id, scenarioId } = ids(request);
    const scenario = await whatIf.get(id, scenarioId);
    const [alliance, comparison, history] = await Promise.all([
      models.header(id),
      whatIf.compare(id, scenario.financialYear, scenario.candidates),
      costSharing.history(id),
    ]);
    const body = options.body ?? {};
    const adopted = history.versions.find((v) => v.id === scenario.adoptedBasisId);
    const chosen = textOf(body, 'candidate', 3);
    return reply.render(
      'finance/views/finance-what-if-saved.njk',
      {
        pageTitle: scenario.name,
        alliance,
        scenario,
        adopted,
        saved: options.saved,
        comparison: { year: comparison.financialYear, ...comparisonView(comparison) },
        candidateItems: scenario.candidates.map((c, index) => ({
          value: String(index),
          text: c.label,
          hint: { text: describeBasis(c.input) },
          checked: chosen === String(index),
        })),
        values: { effectiveFrom: dateFromParts(body, 'effectiveFrom') },
        canChange: await canChangeFinance(request, 'alliance', id),
        errors: options.errors && pageErrors(options.errors, ['effectiveFrom', 'effectiveTo']),
        breadcrumbs: financeCrumbs(alliance, [
          { text: 'Compare cost-sharing bases', href: `/alliances/${id}/finance/what-if` },
        ]),
      },
      status,
    );
  }

  app.get<WithScenario & { Querystring: { saved?: string } }>(
    '/alliances/:id/finance/what-if/:scenarioId',
    { config: { access: 'signed-in' } },
    async (request, reply) => renderScenario(request, reply, { saved: request.query.saved === '1' }),
  );

  app.post<WithScenario>(
    '/alliances/:id/finance/what-if/:scenarioId/adopt',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.scenario_adopted' } },
    async (request, reply) => {
      const { id, scenarioId } = ids(request);
      const body = (request.body ?? {}) as FormBody;
      const scenario = await whatIf.get(id, scenarioId);
      const form = readChoice(body, scenario);
      if (!form.ok) return renderScenario(request, reply, { body, errors: form.errors }, 400);
      try {
        const basis = await whatIf.adopt(changeContext(request, deps.clock), id, scenarioId, form.choice);
        return reply.redirect(`/alliances/${id}/finance/bases?adopted=${basis.id}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return renderScenario(request, reply, { body, errors: adoptErrors(error.details) }, 400);
      }
    },
  );
}
