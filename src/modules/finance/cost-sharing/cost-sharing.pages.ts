import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { financialYearOf, londonDate, type FinancialYear } from '../../../platform/dates.ts';
import { ValidationError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { dateFromParts, dateInput, money, optionalText, requiredText } from '../../../platform/validation.ts';
import { createBusinessAreasService, NO_FILTERS } from '../../business-areas/index.ts';
import { TIE_RULE, sumPence } from './apportion.domain.ts';
import { basisFieldsOf, basisFormValues, parseBasisForm, textOf, type FormBody } from './basis-form.ts';
import type { BasisInput, Party } from './cost-sharing.domain.ts';
import { createCostSharingService } from './cost-sharing.service.ts';
import { financeCrumbs, pageErrors, percentText, scopesOf, versionChoices } from './cost-sharing.views.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE, canChangeFinance } from '../finance.access.ts';
import { createSavingsModelService } from '../savings/savings-model.service.ts';
import { basisGapMessage } from '../savings/savings-trajectory.domain.ts';

type WithId = { Params: { id: string } };
type ApportionQuery = { basis?: string; amount?: string; adopted?: string };
type AreaQuery = { area?: string };

export const LABEL_MAX = 200;
export const REASON_MAX = 2000;
const DATE_FIELDS = ['effectiveFrom', 'effectiveTo'];

const labelField = requiredText('a name for the basis', LABEL_MAX);
const reasonField = optionalText('the reason', REASON_MAX);
const effectiveFromField = dateInput('the date the basis takes effect', true);
const effectiveToField = dateInput('the date the basis ends', false);
const amountField = money('the amount to split');

export function currentYearOf(clock: ModuleDeps['clock']): FinancialYear {
  return financialYearOf(londonDate(clock.now()));
}

function issue(field: string, result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : [{ field, message: result.error?.issues[0]?.message ?? 'Check this' }];
}

/** The label, dates and reason of a new version, with the basis itself read by basis-form. */
function readNewBasis(body: FormBody, parties: readonly Party[], currentYear: FinancialYear) {
  const label = labelField.safeParse(textOf(body, 'label', LABEL_MAX * 2));
  const reason = reasonField.safeParse(textOf(body, 'reason', REASON_MAX * 2));
  const from = effectiveFromField.safeParse(dateFromParts(body, 'effectiveFrom'));
  const to = effectiveToField.safeParse(dateFromParts(body, 'effectiveTo'));
  const basis = parseBasisForm(body, '', { parties, currentYear });
  const errors: FieldError[] = [
    ...issue('label', label),
    ...(basis.ok ? [] : basis.errors),
    ...issue('effectiveFrom', from),
    ...issue('effectiveTo', to),
    ...issue('reason', reason),
  ];
  if (errors.length > 0 || !basis.ok || !label.success || !from.success || !from.data) {
    return { ok: false as const, errors };
  }
  return {
    ok: true as const,
    basis: {
      label: label.data,
      input: basis.input,
      effectiveFrom: from.data,
      effectiveTo: to.success ? to.data : undefined,
      reason: reason.success ? reason.data : undefined,
    },
  };
}

export function registerCostSharingPages(app: FastifyInstance, deps: ModuleDeps): void {
  const costSharing = createCostSharingService(deps);
  const models = createSavingsModelService(deps);
  const businessAreas = createBusinessAreasService(deps);
  const allianceId = (request: FastifyRequest<WithId>) => requireUuid(request.params.id, 'alliance');

  async function areaOf(id: string, area: string | undefined) {
    if (area === undefined || area === '') return undefined;
    const found = await businessAreas.find(requireUuid(area, 'business area'));
    if (found.allianceId !== id) throw new NotFoundError('There is no such business area in this alliance');
    return found;
  }

  async function apportionment(scopes: ReturnType<typeof scopesOf>, query: ApportionQuery) {
    const typed = query as FormBody;
    const values = { basis: textOf(typed, 'basis', 40), amount: textOf(typed, 'amount', 40) };
    if (query.basis === undefined && query.amount === undefined) return { values, errors: [] };
    const known = scopes.some((s) => s.versions.some((v) => v.id === values.basis));
    const amount = amountField.safeParse(values.amount);
    const errors = [
      ...(known ? [] : [{ field: 'basis', message: 'Select the version to split the amount by' }]),
      ...issue('amount', amount),
    ];
    if (errors.length > 0 || !amount.success) return { values, errors };
    const split = await costSharing.apportionBy(values.basis, amount.data);
    const portions = split.portions.map((p) => ({ ...p, percent: percentText(p.sharePercent) }));
    const total = sumPence(split.portions.map((p) => p.amount));
    return { values, errors, result: { ...split, portions, total } };
  }

  app.get<WithId & { Querystring: ApportionQuery }>(
    '/alliances/:id/finance/bases',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const id = allianceId(request);
      const [alliance, history, portfolio, model] = await Promise.all([
        models.header(id),
        costSharing.history(id),
        businessAreas.portfolio(id, NO_FILTERS),
        models.model(id),
      ]);
      const scopes = scopesOf(history.versions, portfolio.all, londonDate(deps.clock.now()));
      const split = await apportionment(scopes, request.query);
      const adopted = history.versions.find((v) => v.id === request.query.adopted);
      const adoptedScope = scopes.find((s) => s.businessAreaId === adopted?.businessAreaId);
      return reply.render(
        'finance/views/finance-bases.njk',
        {
          pageTitle: 'Cost-sharing bases',
          alliance,
          parties: history.parties,
          scopes,
          tieRule: TIE_RULE,
          basisWarnings: model.basisGaps.map(basisGapMessage),
          split,
          versionChoices: versionChoices(scopes, split.values.basis),
          areaChoices: portfolio.all.filter((a) => a.inScope).map((a) => ({ value: a.id, text: a.name })),
          canChange: await canChangeFinance(request, 'alliance', id),
          adopted: adopted && { ...adopted, scope: adoptedScope?.title },
          errors: split.errors.length > 0 ? pageErrors(split.errors) : undefined,
          breadcrumbs: financeCrumbs(alliance),
        },
        split.errors.length > 0 ? 400 : 200,
      );
    },
  );

  async function renderForm(
    reply: FastifyReply,
    id: string,
    options: { area?: { id: string; name: string }; body: FormBody; errors?: readonly FieldError[] },
    status = 200,
  ) {
    const [alliance, parties] = await Promise.all([models.header(id), costSharing.parties(id)]);
    const { area, body } = options;
    const query = area ? `?area=${area.id}` : '';
    return reply.render(
      'finance/views/finance-basis-form.njk',
      {
        pageTitle: area ? `New cost-sharing basis for ${area.name}` : 'New cost-sharing basis',
        alliance,
        area,
        parties,
        action: `/alliances/${id}/finance/bases/new${query}`,
        values: {
          ...basisFormValues(body, '', parties),
          label: textOf(body, 'label', LABEL_MAX * 2),
          reason: textOf(body, 'reason', REASON_MAX * 2),
          effectiveFrom: dateFromParts(body, 'effectiveFrom'),
          effectiveTo: dateFromParts(body, 'effectiveTo'),
        },
        errors: options.errors && pageErrors(options.errors, DATE_FIELDS),
        breadcrumbs: financeCrumbs(alliance, [
          { text: 'Cost-sharing bases', href: `/alliances/${id}/finance/bases` },
        ]),
      },
      status,
    );
  }

  app.get<WithId & { Querystring: AreaQuery }>(
    '/alliances/:id/finance/bases/new',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE } },
    async (request, reply) => {
      const id = allianceId(request);
      const area = await areaOf(id, request.query.area);
      return renderForm(reply, id, { area, body: {} });
    },
  );

  app.post<WithId & { Querystring: AreaQuery }>(
    '/alliances/:id/finance/bases/new',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.basis_adopted' } },
    async (request, reply) => {
      const id = allianceId(request);
      const area = await areaOf(id, request.query.area);
      const body = (request.body ?? {}) as FormBody;
      const parties = await costSharing.parties(id);
      const form = readNewBasis(body, parties, currentYearOf(deps.clock));
      if (!form.ok) return renderForm(reply, id, { area, body, errors: form.errors }, 400);
      try {
        const basis = { ...form.basis, businessAreaId: area?.id };
        const added = await costSharing.addVersion(changeContext(request, deps.clock), id, basis);
        return reply.redirect(`/alliances/${id}/finance/bases?adopted=${added.id}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const errors = basisFieldsOf(error.details, '', form.basis.input as BasisInput, parties);
        return renderForm(reply, id, { area, body, errors }, 400);
      }
    },
  );
}
