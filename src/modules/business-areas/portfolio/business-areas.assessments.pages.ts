import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ValidationError, type ConflictError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { typedValues } from '../../../platform/http/forms.ts';
import { pageRoute, type PageView } from '../../../platform/usecase/page-route.ts';
import { confidenceForm, gatherConfidenceForm, parseBaselineForm } from './business-areas.schemas.ts';
import type { AreaView } from './business-areas.service.ts';
import type { PortfolioDeps } from './portfolio.deps.ts';
import { CHANGE_BASELINES, CHANGE_PORTFOLIO, THE_AREA } from './business-areas.access.ts';
import {
  SEE_SAVED,
  confidenceFormValues,
  describeArea,
  confidenceItems,
  type ConfidenceFormValues,
} from './business-areas.views.ts';
import { assessConfidence } from './use-cases/assess-confidence.ts';
import { setBaselines } from './use-cases/set-baselines.ts';

type WithId = { Params: { id: string } };

interface BaselineFormRow {
  readonly organisationId: string;
  readonly name: string;
  readonly budget: string;
  readonly officers: string;
  readonly staff: string;
}

/** "12,000,000" or "12,000,000.50": the £ sits outside the box as a prefix. */
function moneyForInput(pence: number): string {
  const digits = pence % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(pence / 100);
}

function savedBaselineRows(view: AreaView): BaselineFormRow[] {
  return view.baselines.map((row) => ({
    organisationId: row.organisationId,
    name: row.name,
    budget: row.recorded ? moneyForInput(row.budgetPence) : '',
    officers: row.recorded ? String(row.officers) : '',
    staff: row.recorded ? String(row.staff) : '',
  }));
}

function typedBaselineRows(view: AreaView, typed: Readonly<Record<string, string>>): BaselineFormRow[] {
  return view.baselines.map((row, index) => ({
    organisationId: row.organisationId,
    name: row.name,
    budget: typed[`baselines-${index}-budget`] ?? '',
    officers: typed[`baselines-${index}-officers`] ?? '',
    staff: typed[`baselines-${index}-staff`] ?? '',
  }));
}

function baselinesView(view: AreaView, rows: BaselineFormRow[], version: number, saved?: AreaView): PageView {
  return {
    template: 'business-areas/views/area-baselines.njk',
    data: {
      pageTitle: `Baselines of ${view.area.name}`,
      area: view.area,
      rows,
      version,
      saved,
      backLink: { href: `/business-areas/${view.area.id}` },
    },
  };
}

function confidenceView(view: AreaView, values: ConfidenceFormValues, saved?: AreaView): PageView {
  return {
    template: 'business-areas/views/area-confidence.njk',
    data: {
      pageTitle: `Delivery confidence of ${view.area.name}`,
      area: view.area,
      values,
      confidenceItems: confidenceItems(values.confidence),
      saved: saved && describeArea(saved),
      backLink: { href: `/business-areas/${view.area.id}` },
    },
  };
}

/** Another change came first: what is saved now beside what was typed. */
function savedMeanwhile(view: PageView, error: ConflictError): PageView {
  return { ...view, errors: [{ field: 'saved-values', message: error.message + SEE_SAVED }] };
}

export function registerAssessmentPages(app: FastifyInstance, deps: PortfolioDeps): void {
  const { areas } = deps;
  const areaId = (params: Readonly<Record<string, string>>) => requireUuid(params['id'], 'business area');
  const render = (reply: FastifyReply, view: PageView) => reply.render(view.template, view.data);

  app.get<WithId>(
    '/business-areas/:id/baselines',
    { config: { access: CHANGE_BASELINES, scope: THE_AREA } },
    async (request, reply) => {
      const view = await areas.get(areaId(request.params));
      return render(reply, baselinesView(view, savedBaselineRows(view), view.area.version));
    },
  );

  pageRoute(app, deps, setBaselines, {
    url: '/business-areas/:id/baselines',
    // One row per member force, so the form's rules (and its labels) are the alliance's: read below.
    form: z.record(z.string(), z.unknown()),
    values: (body) => typedValues(body, 100),
    fields: { 'baselines.*.budgetPence': 'baselines-*-budget' },
    toInput: async (form, { params }) => {
      const view = await areas.get(areaId(params));
      const forces = view.baselines.map(({ organisationId, name }) => ({ organisationId, name }));
      const parsed = parseBaselineForm(form, forces);
      if (!parsed.ok) throw new ValidationError(parsed.errors);
      return { id: view.area.id, ...parsed.value };
    },
    view: async ({ params, values }) => {
      const view = await areas.get(areaId(params));
      return baselinesView(view, typedBaselineRows(view, values), view.area.version);
    },
    conflict: async ({ params, values }, error) => {
      const saved = await areas.get(areaId(params));
      const rows = typedBaselineRows(saved, values);
      return savedMeanwhile(baselinesView(saved, rows, saved.area.version, saved), error);
    },
    redirect: (after) => `/business-areas/${after.area.id}?saved=baselines`,
  });

  app.get<WithId>(
    '/business-areas/:id/confidence',
    { config: { access: CHANGE_PORTFOLIO, scope: THE_AREA } },
    async (request, reply) => {
      const view = await areas.get(areaId(request.params));
      return render(reply, confidenceView(view, confidenceFormValues(view.area, areas.today())));
    },
  );

  pageRoute(app, deps, assessConfidence, {
    url: '/business-areas/:id/confidence',
    form: confidenceForm,
    gather: gatherConfidenceForm,
    dateFields: ['assessedOn'],
    values: (body) => typedConfidenceValues(gatherConfidenceForm(body)),
    toInput: (form, { params }) => ({ ...form, id: areaId(params) }),
    view: async ({ params, values }) => confidenceView(await areas.get(areaId(params)), values),
    conflict: async ({ params, values }, error) => {
      const saved = await areas.get(areaId(params));
      const kept = { ...values, version: String(saved.area.version) };
      return savedMeanwhile(confidenceView(saved, kept, saved), error);
    },
    redirect: (after) => `/business-areas/${after.id}?saved=confidence`,
  });
}

function typedConfidenceValues(gathered: Record<string, unknown>): ConfidenceFormValues {
  const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
  return {
    confidence: text(gathered.confidence, 20),
    commentary: text(gathered.commentary, 10_000),
    assessedOn: gathered.assessedOn as ConfidenceFormValues['assessedOn'],
    version: text(gathered.version, 20),
  };
}
