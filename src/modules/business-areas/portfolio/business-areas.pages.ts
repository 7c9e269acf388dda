import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import {
  CHANGE_PORTFOLIO,
  RECORD_DECISIONS,
  THE_ALLIANCE,
  THE_AREA,
  canChangeBaselines,
  canChangePortfolio,
} from './business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { mayChange } from '../../../platform/http/scope.ts';
import { pageRoute, type PageView } from '../../../platform/usecase/page-route.ts';
import type { BusinessArea } from './business-areas.domain.ts';
import { areaEditForm, areaForm, parsePortfolioFilters } from './business-areas.schemas.ts';
import { createBusinessAreasService, type AllianceOfArea, type AreaView } from './business-areas.service.ts';
import {
  EMPTY_AREA_FORM,
  SEE_SAVED,
  areaFormValues,
  describeArea,
  functionGroupItems,
  hostItems,
  typedAreaValues,
  type AreaFormValues,
} from './business-areas.views.ts';
import { registerAssessmentPages } from './business-areas.assessments.pages.ts';
import { createCaseSectionsService } from './business-case-sections.service.ts';
import { caseProgress } from './business-case-sections.domain.ts';
import { registerSectionPages } from './business-case-sections.pages.ts';
import { createDocumentsService } from '../documents/documents.service.ts';
import { registerDocumentPages } from '../documents/documents.pages.ts';
import { addBusinessArea } from './use-cases/add-business-area.ts';
import { changeBusinessArea } from './use-cases/change-business-area.ts';
import type { PortfolioDeps } from './portfolio.deps.ts';
import type { PipelineService } from '../pipeline/pipeline.service.ts';
import { pageTitleSuffix, parsePageRequest, parseSort } from '../../../platform/http/paging.ts';
import { PORTFOLIO_SORTS } from './portfolio.repo.ts';
import { createPortfolioService } from './portfolio.service.ts';
import { portfolioListView } from './portfolio.views.ts';

type WithId = { Params: { id: string } };
type WithAlliance = { Params: { allianceId: string } };

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Business area added',
  changed: 'Business area changed',
  baselines: 'Baselines saved',
  confidence: 'Delivery confidence saved',
};

export function registerPortfolioPages(
  app: FastifyInstance,
  deps: ModuleDeps & { pipeline: PipelineService },
): void {
  const services: PortfolioDeps = {
    ...deps,
    areas: createBusinessAreasService(deps),
    sections: createCaseSectionsService(deps),
    documents: createDocumentsService(deps),
  };
  registerListPages(app, services);
  registerAreaPages(app, services);
  registerAssessmentPages(app, services);
  registerSectionPages(app, services);
  registerDocumentPages(app, services);
}

function registerListPages(app: FastifyInstance, deps: PortfolioDeps): void {
  const { areas } = deps;
  const portfolio = createPortfolioService(deps);

  app.get('/business-areas', { config: { access: 'signed-in' } }, async (_request, reply) => {
    const allianceId = await areas.defaultAllianceId();
    return reply.redirect(allianceId ? `/alliances/${allianceId}/business-areas` : '/alliances');
  });

  app.get<WithAlliance & { Querystring: Record<string, unknown> }>(
    '/alliances/:allianceId/business-areas',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const { filters } = parsePortfolioFilters(request.query);
      const sort = parseSort(request.query, PORTFOLIO_SORTS, 'name');
      const listed = await portfolio.page(allianceId, filters, sort, parsePageRequest(request.query));
      const baseHref = `/alliances/${allianceId}/business-areas`;
      return reply.render('business-areas/views/portfolio-list.njk', {
        pageTitle: `Business areas: ${listed.alliance.name}${pageTitleSuffix(listed.page)}`,
        alliance: listed.alliance,
        ...portfolioListView(listed, filters, sort, baseHref),
        baseHref,
        canChange: await canChangePortfolio(request, 'alliance', allianceId),
        breadcrumbs: [
          { text: 'Alliances', href: '/alliances' },
          { text: listed.alliance.name, href: `/alliances/${allianceId}` },
        ],
      });
    },
  );
}

/** The area form, to add an area to an alliance or to change one. */
function areaFormView(options: {
  alliance: AllianceOfArea;
  values: AreaFormValues;
  area?: BusinessArea;
  saved?: AreaView;
}): PageView {
  const { alliance, values, area } = options;
  return {
    template: 'business-areas/views/area-form.njk',
    data: {
      pageTitle: area ? `Change ${area.name}` : 'Add a business area',
      alliance,
      area,
      values,
      action: area ? `/business-areas/${area.id}/edit` : `/alliances/${alliance.id}/business-areas/new`,
      cancelHref: area ? `/business-areas/${area.id}` : `/alliances/${alliance.id}/business-areas`,
      functionGroupItems: functionGroupItems(values.functionGroup),
      hostItems: hostItems(alliance.memberForces, values.hostOrganisationId),
      saved: options.saved && describeArea(options.saved),
      backLink: { href: area ? `/business-areas/${area.id}` : `/alliances/${alliance.id}/business-areas` },
    },
  };
}

function registerAreaPages(app: FastifyInstance, deps: PortfolioDeps): void {
  const { areas } = deps;
  const areaId = (params: Readonly<Record<string, string>>) => requireUuid(params['id'], 'business area');
  const allianceId = (params: Readonly<Record<string, string>>) =>
    requireUuid(params['allianceId'], 'alliance');

  async function render(reply: FastifyReply, view: PageView) {
    return reply.render(view.template, view.data);
  }

  app.get<WithAlliance>(
    '/alliances/:allianceId/business-areas/new',
    { config: { access: CHANGE_PORTFOLIO, scope: THE_ALLIANCE } },
    async (request, reply) => {
      const alliance = await areas.alliance(requireUuid(request.params.allianceId, 'alliance'));
      return render(reply, areaFormView({ alliance, values: EMPTY_AREA_FORM }));
    },
  );

  pageRoute(app, deps, addBusinessArea, {
    url: '/alliances/:allianceId/business-areas/new',
    form: areaForm,
    values: typedAreaValues,
    toInput: (form, { params }) => ({ ...form, allianceId: allianceId(params) }),
    view: async ({ params, values }) =>
      areaFormView({ alliance: await areas.alliance(allianceId(params)), values }),
    redirect: (created) => `/business-areas/${created.id}?saved=added`,
  });

  app.get<WithId & { Querystring: { saved?: string } }>(
    '/business-areas/:id',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      const view = await areas.get(id);
      const [{ sections }, { documents }, pipeline] = await Promise.all([
        deps.sections.sections(id),
        deps.documents.list(id),
        deps.pipeline.caseState(id),
      ]);
      return reply.render('business-areas/views/area-show.njk', {
        pageTitle: view.area.name,
        area: describeArea(view),
        alliance: view.alliance,
        baselines: view.baselines,
        totals: view.totals,
        progress: caseProgress(sections),
        documentCount: documents.length,
        pipeline,
        canChange: await canChangePortfolio(request, 'businessArea', id),
        canChangeBaselines: await canChangeBaselines(request, id),
        canRecordDecision: await mayChange(request, RECORD_DECISIONS, 'businessArea', id),
        savedMessage: SAVED_MESSAGES[request.query.saved ?? ''],
        breadcrumbs: [
          { text: view.alliance.name, href: `/alliances/${view.alliance.id}` },
          { text: 'Business areas', href: `/alliances/${view.alliance.id}/business-areas` },
        ],
      });
    },
  );

  app.get<WithId>(
    '/business-areas/:id/edit',
    { config: { access: CHANGE_PORTFOLIO, scope: THE_AREA } },
    async (request, reply) => {
      const { alliance, area } = await areas.get(requireUuid(request.params.id, 'business area'));
      return render(reply, areaFormView({ alliance, area, values: areaFormValues(area) }));
    },
  );

  pageRoute(app, deps, changeBusinessArea, {
    url: '/business-areas/:id/edit',
    form: areaEditForm,
    values: typedAreaValues,
    toInput: (form, { params }) => ({ ...form, id: areaId(params) }),
    view: async ({ params, values }) => {
      const { alliance, area } = await areas.get(areaId(params));
      return areaFormView({ alliance, area, values });
    },
    conflict: async ({ params, values }, error) => {
      const saved = await areas.get(areaId(params));
      const kept = { ...values, version: String(saved.area.version) };
      return {
        ...areaFormView({ alliance: saved.alliance, area: saved.area, values: kept, saved }),
        errors: [{ field: 'saved-values', message: error.message + SEE_SAVED }],
      };
    },
    redirect: (changed) => `/business-areas/${changed.id}?saved=changed`,
  });
}
