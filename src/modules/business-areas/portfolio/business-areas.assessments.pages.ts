import type { FastifyInstance, FastifyReply } from 'fastify';
import { ConflictError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { formErrors, parseForm } from '../../../platform/http/forms.ts';
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

function typedBaselineRows(view: AreaView, body: unknown): BaselineFormRow[] {
  const fields = (body ?? {}) as Record<string, unknown>;
  const typed = (name: string) =>
    typeof fields[name] === 'string' ? (fields[name] as string).slice(0, 100) : '';
  return view.baselines.map((row, index) => ({
    organisationId: row.organisationId,
    name: row.name,
    budget: typed(`baselines-${index}-budget`),
    officers: typed(`baselines-${index}-officers`),
    staff: typed(`baselines-${index}-staff`),
  }));
}

export function registerAssessmentPages(app: FastifyInstance, deps: PortfolioDeps): void {
  const { areas, clock } = deps;
  const areaId = (id: string) => requireUuid(id, 'business area');

  function renderBaselines(
    reply: FastifyReply,
    view: AreaView,
    options: { rows: BaselineFormRow[]; version: number; errors?: readonly FieldError[]; saved?: AreaView },
    status = 200,
  ) {
    return reply.render(
      'business-areas/views/area-baselines.njk',
      {
        pageTitle: `Baselines of ${view.area.name}`,
        area: view.area,
        rows: options.rows,
        version: options.version,
        saved: options.saved,
        errors: options.errors && formErrors(options.errors),
        backLink: { href: `/business-areas/${view.area.id}` },
      },
      status,
    );
  }

  app.get<WithId>(
    '/business-areas/:id/baselines',
    { config: { access: CHANGE_BASELINES, scope: THE_AREA } },
    async (request, reply) => {
      const view = await areas.get(areaId(request.params.id));
      return renderBaselines(reply, view, { rows: savedBaselineRows(view), version: view.area.version });
    },
  );

  app.post<WithId>(
    '/business-areas/:id/baselines',
    { config: { access: CHANGE_BASELINES, scope: THE_AREA, audit: 'business_area.baselines-set' } },
    async (request, reply) => {
      const view = await areas.get(areaId(request.params.id));
      const rows = typedBaselineRows(view, request.body);
      const forces = view.baselines.map(({ organisationId, name }) => ({ organisationId, name }));
      const form = parseBaselineForm(request.body, forces);
      const version = view.area.version;
      if (!form.ok) return renderBaselines(reply, view, { rows, version, errors: form.errors }, 400);
      try {
        await areas.setBaselines(changeContext(request, clock), view.area.id, form.value);
        return reply.redirect(`/business-areas/${view.area.id}?saved=baselines`, 303);
      } catch (error) {
        if (error instanceof ValidationError) {
          return renderBaselines(reply, view, { rows, version, errors: error.details }, 400);
        }
        if (!(error instanceof ConflictError)) throw error;
        const saved = await areas.get(view.area.id);
        const errors = [{ field: 'saved-values', message: error.message + SEE_SAVED }];
        return renderBaselines(reply, saved, { rows, version: saved.area.version, errors, saved }, 409);
      }
    },
  );

  function renderConfidence(
    reply: FastifyReply,
    view: AreaView,
    options: { values: ConfidenceFormValues; errors?: readonly FieldError[]; saved?: AreaView },
    status = 200,
  ) {
    const errors = options.errors && formErrors(options.errors);
    return reply.render(
      'business-areas/views/area-confidence.njk',
      {
        pageTitle: `Delivery confidence of ${view.area.name}`,
        area: view.area,
        values: options.values,
        confidenceItems: confidenceItems(options.values.confidence),
        saved: options.saved && describeArea(options.saved),
        errors: errors && {
          ...errors,
          errorList: errors.errorList.map((item) =>
            item.href === '#assessedOn' ? { ...item, href: '#assessedOn-day' } : item,
          ),
        },
        backLink: { href: `/business-areas/${view.area.id}` },
      },
      status,
    );
  }

  app.get<WithId>(
    '/business-areas/:id/confidence',
    { config: { access: CHANGE_PORTFOLIO, scope: THE_AREA } },
    async (request, reply) => {
      const view = await areas.get(areaId(request.params.id));
      return renderConfidence(reply, view, { values: confidenceFormValues(view.area, areas.today()) });
    },
  );

  app.post<WithId>(
    '/business-areas/:id/confidence',
    { config: { access: CHANGE_PORTFOLIO, scope: THE_AREA, audit: 'business_area.confidence-assessed' } },
    async (request, reply) => {
      const view = await areas.get(areaId(request.params.id));
      const gathered = gatherConfidenceForm(request.body);
      const values = typedConfidenceValues(gathered);
      const form = parseForm(confidenceForm, gathered);
      if (!form.ok) return renderConfidence(reply, view, { values, errors: form.errors }, 400);
      try {
        await areas.assessConfidence(changeContext(request, clock), view.area.id, form.value);
        return reply.redirect(`/business-areas/${view.area.id}?saved=confidence`, 303);
      } catch (error) {
        if (error instanceof ValidationError) {
          return renderConfidence(reply, view, { values, errors: error.details }, 400);
        }
        if (!(error instanceof ConflictError)) throw error;
        const saved = await areas.get(view.area.id);
        const errors = [{ field: 'saved-values', message: error.message + SEE_SAVED }];
        const kept = { ...values, version: String(saved.area.version) };
        return renderConfidence(reply, saved, { values: kept, errors, saved }, 409);
      }
    },
  );
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
