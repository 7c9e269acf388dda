import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { formatFinancialYear, parseFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import { ValidationError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { requiredText } from '../../../platform/validation.ts';
import {
  basisFieldsOf,
  basisFormValues,
  parseBasisForm,
  textOf,
  type FormBody,
} from '../cost-sharing/basis-form.ts';
import type { Party } from '../cost-sharing/cost-sharing.domain.ts';
import { createCostSharingService } from '../cost-sharing/cost-sharing.service.ts';
import { currentYearOf } from '../cost-sharing/cost-sharing.pages.ts';
import { financeCrumbs, pageErrors } from '../cost-sharing/cost-sharing.views.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE, canChangeFinance } from '../finance.access.ts';
import { FIRST_FINANCE_YEAR, YEARS_AHEAD } from '../savings/finance-records.domain.ts';
import { createSavingsModelService } from '../savings/savings-model.service.ts';
import { createWhatIfService, type Candidate, type Comparison } from './what-if.service.ts';
import { comparisonView } from './what-if.views.ts';
import { registerSavedWhatIfPages } from './what-if-saved.pages.ts';

type WithId = { Params: { id: string } };

/** Three candidates fit side by side with the live basis on a page. */
export const CANDIDATE_NUMBERS = [1, 2, 3] as const;
export const CANDIDATE_LABEL_MAX = 100;
export const SCENARIO_NAME_MAX = 200;
const nameField = requiredText('a name for the comparison', SCENARIO_NAME_MAX);

export const prefixOf = (number: number) => `c${number}-`;

interface ChosenCandidate extends Candidate {
  readonly prefix: string;
}

type WhatIfForm =
  { ok: true; year: FinancialYear; candidates: ChosenCandidate[] } | { ok: false; errors: FieldError[] };

function readYear(body: FormBody, currentYear: FinancialYear): FinancialYear | FieldError {
  const text = textOf(body, 'year', 20);
  if (!text) return { field: 'year', message: 'Enter the financial year to compare, like 2016/17' };
  const year = parseFinancialYear(text);
  if (year === undefined) {
    return { field: 'year', message: 'The financial year must be a financial year, like 2016/17' };
  }
  const last = currentYear + YEARS_AHEAD;
  if (year < FIRST_FINANCE_YEAR || year > last) {
    const range = `${formatFinancialYear(FIRST_FINANCE_YEAR)} and ${formatFinancialYear(last)}`;
    return { field: 'year', message: `The financial year must be between ${range}` };
  }
  return year;
}

/** The year and each candidate someone started to fill in; an untouched candidate is left out. */
function readWhatIf(body: FormBody, parties: readonly Party[], currentYear: FinancialYear): WhatIfForm {
  const year = readYear(body, currentYear);
  const errors: FieldError[] = typeof year === 'number' ? [] : [year];
  const candidates: ChosenCandidate[] = [];
  for (const number of CANDIDATE_NUMBERS) {
    const prefix = prefixOf(number);
    const label = textOf(body, `${prefix}label`, CANDIDATE_LABEL_MAX * 2);
    if (!label && !textOf(body, `${prefix}kind`)) continue;
    if (label.length > CANDIDATE_LABEL_MAX) {
      const message = `The name of candidate ${number} must be ${CANDIDATE_LABEL_MAX} characters or fewer`;
      errors.push({ field: `${prefix}label`, message });
    }
    const basis = parseBasisForm(body, prefix, { parties, currentYear });
    if (!basis.ok) errors.push(...basis.errors);
    else candidates.push({ prefix, label: label || `Candidate ${number}`, input: basis.input });
  }
  if (errors.length === 0 && candidates.length === 0) {
    errors.push({ field: 'c1-kind', message: 'Choose how candidate 1 shares the costs' });
  }
  if (errors.length > 0 || typeof year !== 'number') return { ok: false, errors };
  return { ok: true, year, candidates };
}

/** The rules' problems with each candidate, moved onto that candidate's boxes. */
function candidateErrors(
  comparison: Comparison,
  chosen: readonly ChosenCandidate[],
  parties: readonly Party[],
) {
  return comparison.candidates.flatMap((outcome, index) => {
    const candidate = chosen[index];
    return candidate ? basisFieldsOf(outcome.problems, candidate.prefix, candidate.input, parties) : [];
  });
}

/** What was typed in the comparison form, to show again and to carry into the save form. */
function typedValues(body: FormBody, parties: readonly Party[], currentYear: FinancialYear) {
  const values: Record<string, string> = {
    year: 'year' in body ? textOf(body, 'year', 20) : formatFinancialYear(currentYear),
  };
  for (const number of CANDIDATE_NUMBERS) {
    const prefix = prefixOf(number);
    values[`${prefix}label`] = textOf(body, `${prefix}label`, CANDIDATE_LABEL_MAX * 2);
    Object.assign(values, basisFormValues(body, prefix, parties));
  }
  return values;
}

export function registerWhatIfPages(app: FastifyInstance, deps: ModuleDeps): void {
  const whatIf = createWhatIfService(deps);
  const costSharing = createCostSharingService(deps);
  const models = createSavingsModelService(deps);
  const allianceId = (request: FastifyRequest<WithId>) => requireUuid(request.params.id, 'alliance');

  /** The comparison the form asks for, once it has been sent; nothing is saved. */
  async function compareTyped(id: string, body: FormBody, parties: readonly Party[]) {
    if (!('year' in body)) return { errors: [] };
    const form = readWhatIf(body, parties, currentYearOf(deps.clock));
    if (!form.ok) return { errors: form.errors };
    const candidates = form.candidates.map((c) => ({ label: c.label, input: c.input }));
    const comparison = await whatIf.compare(id, form.year, candidates);
    return { comparison, errors: candidateErrors(comparison, form.candidates, parties) };
  }

  async function renderPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    body: FormBody,
    nameErrors: readonly FieldError[] = [],
  ) {
    const [alliance, parties, scenarios] = await Promise.all([
      models.header(id),
      costSharing.parties(id),
      whatIf.list(id),
    ]);
    const { comparison, errors: comparisonErrors } = await compareTyped(id, body, parties);
    const errors = [...comparisonErrors, ...nameErrors];
    const comparable = comparison !== undefined && comparisonErrors.length === 0;
    const canChange = await canChangeFinance(request, 'alliance', id);
    const values = typedValues(body, parties, currentYearOf(deps.clock));
    return reply.render(
      'finance/views/finance-what-if.njk',
      {
        pageTitle: 'Compare cost-sharing bases',
        alliance,
        parties,
        candidates: CANDIDATE_NUMBERS.map((number) => ({ number, prefix: prefixOf(number) })),
        values: { ...values, name: textOf(body, 'name', SCENARIO_NAME_MAX * 2) },
        comparison: comparison && { year: comparison.financialYear, ...comparisonView(comparison) },
        carried: comparable
          ? Object.entries(values).flatMap(([name, value]) => (value ? [{ name, value }] : []))
          : [],
        canSave: canChange && comparable,
        canChange,
        scenarios,
        errors: errors.length > 0 ? pageErrors(errors) : undefined,
        breadcrumbs: financeCrumbs(alliance),
      },
      errors.length > 0 ? 400 : 200,
    );
  }

  app.get<WithId>(
    '/alliances/:id/finance/what-if',
    { config: { access: 'signed-in' } },
    async (request, reply) => renderPage(request, reply, allianceId(request), request.query as FormBody),
  );

  app.post<WithId>(
    '/alliances/:id/finance/what-if',
    { config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.scenario_saved' } },
    async (request, reply) => {
      const id = allianceId(request);
      const body = { year: '', ...((request.body ?? {}) as FormBody) };
      const parties = await costSharing.parties(id);
      const name = nameField.safeParse(textOf(body, 'name', SCENARIO_NAME_MAX * 2));
      const form = readWhatIf(body, parties, currentYearOf(deps.clock));
      const nameErrors = name.success
        ? []
        : [{ field: 'name', message: name.error.issues[0]?.message ?? '' }];
      if (!form.ok || !name.success) return renderPage(request, reply, id, body, nameErrors);
      try {
        const candidates = form.candidates.map((c) => ({ label: c.label, input: c.input }));
        const input = { name: name.data, financialYear: form.year, candidates };
        const scenario = await whatIf.save(changeContext(request, deps.clock), id, input);
        return reply.redirect(`/alliances/${id}/finance/what-if/${scenario.id}?saved=1`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return renderPage(request, reply, id, body);
      }
    },
  );

  registerSavedWhatIfPages(app, deps);
}
