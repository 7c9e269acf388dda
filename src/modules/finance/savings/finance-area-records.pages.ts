import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { formatFinancialYear, londonDate, parseFinancialYear } from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { areaCaption, areaContextLoader, areaFinancePath, type AreaContext } from './finance-area.pages.ts';
import {
  actualForm,
  alsoRefuse,
  forecastForm,
  notInFuture,
  pageErrors,
  saveOrRefuse,
  typedDate,
  typedFields,
  type DateParts,
  type Fields,
} from '../finance-pages.schemas.ts';
import { createFinanceRecordsService } from './finance-records.service.ts';
import { AREA_FINANCE, CHANGE_FINANCE } from '../finance.access.ts';

type AreaRequest = { Params: { id: string }; Querystring: { year?: string } };

const ACTUAL_FIELDS = ['financialYear', 'amount', 'cashable', 'evidence', 'owner'];
const FORECAST_FIELDS = ['financialYear', 'amount', 'note'];
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** Realised savings and forecasts of one business area, each from its own form. */
export function registerFinanceAreaRecordPages(app: FastifyInstance, deps: ModuleDeps): void {
  const records = createFinanceRecordsService(deps);
  const areaContext = areaContextLoader(deps);
  const today = () => londonDate(deps.clock.now());
  const thisYear = () => formatFinancialYear(records.currentYear());

  function renderActual(
    reply: FastifyReply,
    context: AreaContext,
    form: { fields: Fields; recordedOn: DateParts; errors?: readonly FieldError[] },
    status = 200,
  ) {
    return reply.render(
      'finance/views/finance-area-actual.njk',
      {
        pageTitle: `Record a realised saving for ${context.area.name}`,
        ...areaCaption(context),
        fields: form.fields,
        recordedOn: form.recordedOn,
        cashableItems: [
          { value: 'yes', text: 'Yes, cashable', checked: form.fields.cashable === 'yes' },
          { value: 'no', text: 'No, not cashable', checked: form.fields.cashable === 'no' },
        ],
        errors: form.errors && pageErrors(form.errors, ['recordedOn']),
      },
      status,
    );
  }

  const actualPath = '/business-areas/:id/finance/actuals/new';

  app.get<AreaRequest>(
    actualPath,
    { config: { access: CHANGE_FINANCE, scope: AREA_FINANCE } },
    async (request, reply) => {
      const context = await areaContext(request.params.id);
      const fields = { ...typedFields({}, ACTUAL_FIELDS), financialYear: thisYear() };
      return renderActual(reply, context, { fields, recordedOn: EMPTY_DATE });
    },
  );

  app.post<AreaRequest>(
    actualPath,
    { config: { access: CHANGE_FINANCE, scope: AREA_FINANCE, audit: 'finance.actual_recorded' } },
    async (request, reply) => {
      const context = await areaContext(request.params.id);
      const fields = typedFields(request.body, ACTUAL_FIELDS);
      const recordedOn = typedDate(request.body, 'recordedOn');
      const parsed = parseForm(actualForm, { ...fields, recordedOn });
      const form = alsoRefuse(parsed, (value) =>
        notInFuture(value.recordedOn, today(), 'recordedOn', 'the date recorded'),
      );
      return saveOrRefuse(reply, {
        form,
        refuse: (errors) => renderActual(reply, context, { fields, recordedOn, errors }, 400),
        save: ({ recordedOn: date, cashable, ...rest }) =>
          records.recordActual(changeContext(request, deps.clock), context.area.id, {
            ...rest,
            recordedOn: date ?? today(),
            cashable: cashable === 'yes',
          }),
        redirectTo: `${areaFinancePath(context.area.id)}?saved=actual`,
      });
    },
  );

  function renderForecast(
    reply: FastifyReply,
    context: AreaContext,
    form: { fields: Fields; errors?: readonly FieldError[] },
    status = 200,
  ) {
    return reply.render(
      'finance/views/finance-area-forecast.njk',
      {
        pageTitle: `Forecast the saving of ${context.area.name}`,
        ...areaCaption(context),
        fields: form.fields,
        errors: form.errors && pageErrors(form.errors),
      },
      status,
    );
  }

  const forecastPath = '/business-areas/:id/finance/forecast';

  app.get<AreaRequest>(
    forecastPath,
    { config: { access: CHANGE_FINANCE, scope: AREA_FINANCE } },
    async (request, reply) => {
      const context = await areaContext(request.params.id);
      const asked = request.query.year ? parseFinancialYear(request.query.year.slice(0, 9)) : undefined;
      const year = asked === undefined ? thisYear() : formatFinancialYear(asked);
      return renderForecast(reply, context, {
        fields: { ...typedFields({}, FORECAST_FIELDS), financialYear: year },
      });
    },
  );

  app.post<AreaRequest>(
    forecastPath,
    { config: { access: CHANGE_FINANCE, scope: AREA_FINANCE, audit: 'finance.forecast_set' } },
    async (request, reply) => {
      const context = await areaContext(request.params.id);
      const fields = typedFields(request.body, FORECAST_FIELDS);
      return saveOrRefuse(reply, {
        form: parseForm(forecastForm, fields),
        refuse: (errors) => renderForecast(reply, context, { fields, errors }, 400),
        save: (value) =>
          records.setForecast(changeContext(request, deps.clock), context.area.id, {
            ...value,
            note: value.note ?? null,
          }),
        redirectTo: `${areaFinancePath(context.area.id)}?saved=forecast`,
      });
    },
  );
}
