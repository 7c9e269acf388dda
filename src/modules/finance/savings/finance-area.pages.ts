import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { formatFinancialYear, parseFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { createBusinessAreasService } from '../../business-areas/index.ts';
import {
  AREA_SAVED_MESSAGES,
  actualRows,
  costRows,
  costYearLinks,
  savingsRows,
  shareRows,
  storedCostFields,
} from './finance-area.views.ts';
import { basesHref, financeHref } from './finance-overview.views.ts';
import {
  baselineField,
  pageErrors,
  parseCostsForm,
  saveOrRefuse,
  typedFields,
  type Fields,
} from '../finance-pages.schemas.ts';
import { createFinanceRecordsService } from './finance-records.service.ts';
import { AREA_FINANCE, CHANGE_FINANCE, canChangeFinance } from '../finance.access.ts';
import { createSavingsModelService } from './savings-model.service.ts';
import { basisGapMessage } from './savings-trajectory.domain.ts';

type AreaRequest = { Params: { id: string }; Querystring: { saved?: string; year?: string } };

export const areaFinancePath = (areaId: string) => `/business-areas/${areaId}/finance`;

/** The area, its alliance and the alliance's forces: what every finance page of an area needs. */
export function areaContextLoader(deps: ModuleDeps) {
  const businessAreas = createBusinessAreasService(deps);
  return async (rawId: string) => {
    const area = await businessAreas.find(requireUuid(rawId, 'business area'));
    const alliance = await businessAreas.alliance(area.allianceId);
    return { area, alliance, forces: alliance.memberForces };
  };
}
export type AreaContext = Awaited<ReturnType<ReturnType<typeof areaContextLoader>>>;

export function areaCaption(context: AreaContext) {
  return {
    area: context.area,
    alliance: context.alliance,
    backLink: { href: areaFinancePath(context.area.id) },
  };
}

/** One business area's money, year by year, and the form for its costs. */
export function registerFinanceAreaPages(app: FastifyInstance, deps: ModuleDeps): void {
  const savings = createSavingsModelService(deps);
  const records = createFinanceRecordsService(deps);
  const areaContext = areaContextLoader(deps);

  app.get<AreaRequest>(
    '/business-areas/:id/finance',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { area, alliance } = await areaContext(request.params.id);
      const [model, actuals] = await Promise.all([
        savings.model(area.allianceId, { businessAreaId: area.id }),
        records.actuals(area.allianceId, area.id),
      ]);
      return reply.render('finance/views/finance-area.njk', {
        pageTitle: `Finance of ${area.name}`,
        area,
        alliance,
        parties: model.parties,
        costs: costRows(model),
        savings: savingsRows(model),
        shares: shareRows(model),
        actuals: actualRows(actuals),
        basisWarnings: model.basisGaps.map(basisGapMessage),
        basesHref: basesHref(alliance.id),
        canChange: await canChangeFinance(request, 'businessArea', area.id),
        savedMessage: AREA_SAVED_MESSAGES[request.query.saved ?? ''],
        links: {
          self: areaFinancePath(area.id),
          costs: `${areaFinancePath(area.id)}/costs`,
          actual: `${areaFinancePath(area.id)}/actuals/new`,
          forecast: `${areaFinancePath(area.id)}/forecast`,
          bases: basesHref(alliance.id),
          overview: financeHref(alliance.id),
        },
        breadcrumbs: [
          { text: alliance.name, href: `/alliances/${alliance.id}` },
          { text: 'Finance', href: financeHref(alliance.id) },
          { text: area.name, href: `/business-areas/${area.id}` },
        ],
      });
    },
  );

  async function renderCosts(
    reply: FastifyReply,
    context: AreaContext,
    form: { fields: Fields; year: FinancialYear; errors?: readonly FieldError[] },
    status = 200,
  ) {
    const model = await savings.model(context.area.allianceId, { businessAreaId: context.area.id });
    return reply.render(
      'finance/views/finance-area-costs.njk',
      {
        pageTitle: `Costs of ${context.area.name}`,
        ...areaCaption(context),
        forces: context.forces.map((f) => ({ ...f, field: baselineField(f.organisationId) })),
        fields: form.fields,
        yearText: formatFinancialYear(form.year),
        yearLinks: costYearLinks(model, form.year),
        errors: form.errors && pageErrors(form.errors),
      },
      status,
    );
  }

  const costsPath = '/business-areas/:id/finance/costs';

  app.get<AreaRequest>(
    costsPath,
    { config: { access: CHANGE_FINANCE, scope: AREA_FINANCE } },
    async (request, reply) => {
      const context = await areaContext(request.params.id);
      const asked = request.query.year ? parseFinancialYear(request.query.year.slice(0, 9)) : undefined;
      const year = asked ?? records.currentYear();
      const model = await savings.model(context.area.allianceId, { businessAreaId: context.area.id });
      return renderCosts(reply, context, { year, fields: storedCostFields(model, year, context.forces) });
    },
  );

  app.post<AreaRequest>(
    costsPath,
    { config: { access: CHANGE_FINANCE, scope: AREA_FINANCE, audit: 'finance.costs_changed' } },
    async (request: FastifyRequest<AreaRequest>, reply) => {
      const context = await areaContext(request.params.id);
      const names = ['financialYear', 'targetCost', 'implementationCost'];
      const fields = typedFields(request.body, [
        ...names,
        ...context.forces.map((f) => baselineField(f.organisationId)),
      ]);
      const year = parseFinancialYear(fields.financialYear ?? '') ?? records.currentYear();
      return saveOrRefuse(reply, {
        form: parseCostsForm(fields, context.forces),
        refuse: (errors) => renderCosts(reply, context, { fields, year, errors }, 400),
        save: (value) => records.setAreaYear(changeContext(request, deps.clock), context.area.id, value),
        redirectTo: `${areaFinancePath(context.area.id)}?saved=costs`,
      });
    },
  );
}
