import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { formatFinancialYear, londonDate } from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { NO_FILTERS, createBusinessAreasService } from '../../business-areas/index.ts';
import { financeHref, ragRule } from './finance-overview.views.ts';
import {
  alsoRefuse,
  benefitForm,
  notInFuture,
  pageErrors,
  reinvestmentForm,
  saveOrRefuse,
  thresholdsForm,
  typedDate,
  typedFields,
  type DateParts,
  type Fields,
} from '../finance-pages.schemas.ts';
import { createFinanceRecordsService } from './finance-records.service.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE } from '../finance.access.ts';

type AllianceRequest = FastifyRequest<{ Params: { id: string } }>;
type Form = { fields: Fields; dates: Record<string, DateParts>; errors?: readonly FieldError[] };

const BENEFIT_FIELDS = [
  'title',
  'measure',
  'baselineValue',
  'targetValue',
  'currentValue',
  'owner',
  'businessAreaId',
];
const REINVESTMENT_FIELDS = ['financialYear', 'amount', 'purpose', 'businessAreaId'];
const THRESHOLD_FIELDS = ['amberBelowPercent', 'redBelowPercent'];
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The alliance's benefits that are not cash, its reinvestment, and when its savings turn amber or red. */
export function registerFinanceRecordPages(app: FastifyInstance, deps: ModuleDeps): void {
  const records = createFinanceRecordsService(deps);
  const businessAreas = createBusinessAreasService(deps);
  const today = () => londonDate(deps.clock.now());

  async function page(
    request: AllianceRequest,
    reply: FastifyReply,
    template: string,
    pageTitle: string,
    form: Form,
    status = 200,
  ) {
    const { alliance, all } = await businessAreas.portfolio(
      requireUuid(request.params.id, 'alliance'),
      NO_FILTERS,
    );
    const chosenArea = form.fields.businessAreaId ?? '';
    const areaItems = [
      { value: '', text: 'The alliance as a whole', selected: chosenArea === '' },
      ...all.map((a) => ({ value: a.id, text: a.name, selected: a.id === chosenArea })),
    ];
    return reply.render(
      `finance/views/${template}`,
      {
        pageTitle,
        alliance,
        fields: form.fields,
        dates: form.dates,
        areaItems,
        errors: form.errors && pageErrors(form.errors, Object.keys(form.dates)),
        backLink: { href: financeHref(alliance.id) },
      },
      status,
    );
  }

  const allianceId = (request: AllianceRequest) => requireUuid(request.params.id, 'alliance');
  const done = (request: AllianceRequest, saved: string) =>
    `${financeHref(allianceId(request))}?saved=${saved}`;

  const benefit = (request: AllianceRequest, reply: FastifyReply, form: Form, status?: number) =>
    page(request, reply, 'finance-benefit-new.njk', 'Add a benefit that is not cash', form, status);

  app.get(
    '/alliances/:id/finance/benefits/new',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE } },
    (request: AllianceRequest, reply) =>
      benefit(request, reply, { fields: typedFields({}, BENEFIT_FIELDS), dates: { dueOn: EMPTY_DATE } }),
  );

  app.post(
    '/alliances/:id/finance/benefits/new',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.benefit_added' } },
    async (request: AllianceRequest, reply) => {
      const fields = typedFields(request.body, BENEFIT_FIELDS);
      const dates = { dueOn: typedDate(request.body, 'dueOn') };
      return saveOrRefuse(reply, {
        form: parseForm(benefitForm, { ...fields, ...dates }),
        refuse: (errors) => benefit(request, reply, { fields, dates, errors }, 400),
        save: (value) =>
          records.addBenefit(changeContext(request, deps.clock), allianceId(request), {
            ...value,
            baselineValue: value.baselineValue ?? null,
            targetValue: value.targetValue ?? null,
            currentValue: value.currentValue ?? null,
            dueOn: value.dueOn ?? null,
          }),
        redirectTo: done(request, 'benefit'),
      });
    },
  );

  const reinvestment = (request: AllianceRequest, reply: FastifyReply, form: Form, status?: number) =>
    page(request, reply, 'finance-reinvestment-new.njk', 'Record a reinvestment', form, status);

  app.get(
    '/alliances/:id/finance/reinvestments/new',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE } },
    (request: AllianceRequest, reply) => {
      const fields = {
        ...typedFields({}, REINVESTMENT_FIELDS),
        financialYear: formatFinancialYear(records.currentYear()),
      };
      return reinvestment(request, reply, { fields, dates: { decidedOn: EMPTY_DATE } });
    },
  );

  app.post(
    '/alliances/:id/finance/reinvestments/new',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.reinvestment_added' } },
    async (request: AllianceRequest, reply) => {
      const fields = typedFields(request.body, REINVESTMENT_FIELDS);
      const dates = { decidedOn: typedDate(request.body, 'decidedOn') };
      const parsed = parseForm(reinvestmentForm, { ...fields, ...dates });
      return saveOrRefuse(reply, {
        form: alsoRefuse(parsed, (v) => notInFuture(v.decidedOn, today(), 'decidedOn', 'the date decided')),
        refuse: (errors) => reinvestment(request, reply, { fields, dates, errors }, 400),
        save: ({ decidedOn, ...value }) =>
          records.addReinvestment(changeContext(request, deps.clock), allianceId(request), {
            ...value,
            decidedOn: decidedOn ?? today(),
          }),
        redirectTo: done(request, 'reinvestment'),
      });
    },
  );

  async function thresholds(request: AllianceRequest, reply: FastifyReply, form?: Form, status?: number) {
    const model = await records.thresholds(allianceId(request));
    const current = model.thresholds;
    const fields = form?.fields ?? {
      amberBelowPercent: String(current.amberBelowPercent),
      redBelowPercent: String(current.redBelowPercent),
    };
    return reply.render(
      'finance/views/finance-thresholds.njk',
      {
        pageTitle: 'When savings turn amber or red',
        alliance: model.alliance,
        currentRule: ragRule(current),
        thresholdsAreDefault: model.thresholdsAreDefault,
        fields,
        errors: form?.errors && pageErrors(form.errors),
        backLink: { href: financeHref(model.alliance.id) },
      },
      status ?? 200,
    );
  }

  app.get(
    '/alliances/:id/finance/thresholds',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE } },
    (request: AllianceRequest, reply) => thresholds(request, reply),
  );

  app.post(
    '/alliances/:id/finance/thresholds',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.thresholds_set' } },
    async (request: AllianceRequest, reply) => {
      const fields = typedFields(request.body, THRESHOLD_FIELDS);
      return saveOrRefuse(reply, {
        form: parseForm(thresholdsForm, fields),
        refuse: (errors) => thresholds(request, reply, { fields, dates: {}, errors }, 400),
        save: (value) =>
          records.setThresholds(changeContext(request, deps.clock), allianceId(request), value),
        redirectTo: done(request, 'thresholds'),
      });
    },
  );
}
