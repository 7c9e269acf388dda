import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import type { FinancialYear } from '../../platform/dates.ts';
import { requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { pence } from '../../platform/money.ts';
import { registerFinanceRecordsApi } from './savings/finance-records.api.ts';
import { registerFinanceSpreadsheetsApi } from './spreadsheets/finance-spreadsheets.api.ts';
import {
  areaYearBody,
  areaYearParams,
  figureSchema,
  forecastBody,
  forecastSchema,
  modelSchema,
  yearQuery,
} from './finance-api.schemas.ts';
import {
  ALLIANCES,
  AREAS,
  checkYear,
  inApiTerms,
  recordFieldInApiTerms,
  tags,
} from './finance-api.support.ts';
import { createFinanceRecordsService } from './savings/finance-records.service.ts';
import { AREA_FINANCE, CHANGE_FINANCE } from './finance.access.ts';
import { idParams } from './finance.schemas.ts';
import type { AreaYearFigures } from './savings/savings-model.domain.ts';
import { basisGapMessage, type SavingsLine } from './savings/savings-trajectory.domain.ts';
import { createSavingsModelService, type SavingsModel } from './savings/savings-model.service.ts';

export function figureJson(f: AreaYearFigures): z.infer<typeof figureSchema> {
  return {
    businessAreaId: f.businessAreaId,
    financialYear: f.financialYear,
    combined: f.combined,
    baselinePence: f.baseline,
    targetCostPence: f.targetCost,
    implementationCostPence: f.implementationCost,
    plannedSavingPence: f.plannedSaving,
    basis: f.basis && { id: f.basis.id, label: f.basis.label, versionNumber: f.basis.versionNumber },
    withoutBasis: f.withoutBasis,
    forces: f.forces.map((force) => ({
      organisationId: force.organisationId,
      baselinePence: force.baseline,
      sharePercent: force.sharePercent,
      contributionPence: force.contribution,
      implementationSharePence: force.implementationShare,
      savingPence: force.saving,
    })),
  };
}

const lineJson = (l: SavingsLine) => ({
  plannedPence: l.planned,
  realisedPence: l.realised,
  realisedCashablePence: l.realisedCashable,
  forecastPence: l.forecast,
  variancePence: l.variance,
  rag: l.rag,
});

/** Rows in a stable order, whatever order they were stored in: by year, then area or force as listed. */
function inOrder(ids: readonly string[]) {
  const position = new Map(ids.map((id, index) => [id, index]));
  return <T extends { financialYear: number }>(rows: readonly T[], idOf: (row: T) => string): T[] =>
    [...rows].sort(
      (a, b) =>
        a.financialYear - b.financialYear ||
        (position.get(idOf(a)) ?? ids.length) - (position.get(idOf(b)) ?? ids.length),
    );
}

/** The model, with the per-year detail narrowed to one year if asked; the trajectory stays whole. */
export function modelJson(model: SavingsModel, year?: FinancialYear): z.infer<typeof modelSchema> {
  const inYear = <T extends { financialYear: number }>(rows: readonly T[]) =>
    year === undefined ? rows : rows.filter((r) => r.financialYear === year);
  const byArea = inOrder(model.areas.map((a) => a.id));
  const byForce = inOrder(model.parties.map((p) => p.organisationId));
  const { alliance, thresholds } = model;
  return {
    alliance: {
      id: alliance.id,
      name: alliance.name,
      shortName: alliance.shortName,
      savingsTargetPence: alliance.target?.amount ?? null,
      savingsTargetYear: alliance.target?.year ?? null,
    },
    currentYear: model.currentYear,
    thresholds: { ...thresholds, isDefault: model.thresholdsAreDefault },
    parties: model.parties.map((p) => ({ organisationId: p.organisationId, name: p.name })),
    areas: model.areas.map((a) => ({ id: a.id, name: a.name, inScope: a.inScope })),
    years: [...model.years],
    bases: model.bases.map((b) => ({
      id: b.id,
      businessAreaId: b.businessAreaId,
      versionNumber: b.versionNumber,
      label: b.label,
      kind: b.kind,
      effectiveFrom: b.effectiveFrom,
      effectiveTo: b.effectiveTo,
    })),
    yearLines: model.yearLines.map((l) => ({
      financialYear: l.financialYear,
      ...lineJson(l),
      targetPence: l.target,
      targetRag: l.targetRag,
      areasWithoutBasis: l.areasWithoutBasis,
    })),
    areaLines: byArea(inYear(model.areaLines), (l) => l.businessAreaId).map((l) => ({
      businessAreaId: l.businessAreaId,
      financialYear: l.financialYear,
      ...lineJson(l),
      withoutBasis: l.withoutBasis,
    })),
    warnings: model.basisGaps.map((gap) => ({
      code: 'no_cost_sharing_basis' as const,
      financialYear: gap.financialYear,
      businessAreaIds: [...gap.businessAreaIds],
      message: basisGapMessage(gap),
    })),
    forceLines: byForce(inYear(model.forceLines), (l) => l.organisationId).map((l) => ({
      organisationId: l.organisationId,
      financialYear: l.financialYear,
      baselinePence: l.baseline,
      contributionPence: l.contribution,
      implementationSharePence: l.implementationShare,
      savingPence: l.saving,
    })),
    figures: byArea(inYear(model.figures), (f) => f.businessAreaId).map(figureJson),
  };
}

const MODEL_DESCRIPTION =
  'All money is in whole pence (fields named …Pence); years are the year they start (2015 is 2015/16). ' +
  'Each figure names the cost-sharing basis version that produced it. `?year=2015` (or 2015/16) narrows ' +
  'figures, areaLines and forceLines to one year; yearLines (the trajectory against the target) stay whole. ' +
  'Rows come by year, then area (by name) or force, in the order of areas and parties.';

/** The savings model, each area's costs and forecasts, the records, and spreadsheets. */
export function registerFinanceApi(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const models = createSavingsModelService(deps);
  const records = createFinanceRecordsService(deps);
  const context = (request: FastifyRequest) => changeContext(request, deps.clock);
  const areaId = (id: string) => requireUuid(id, 'business area');

  api.get(`${ALLIANCES}/:id/finance`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getSavingsModel',
      summary: 'The alliance’s savings model: costs, contributions and savings per area, force and year',
      description: MODEL_DESCRIPTION,
      params: idParams,
      querystring: yearQuery,
      response: { 200: modelSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const { year } = request.query;
      if (year !== undefined) checkYear(year, records.currentYear(), 'year');
      const model = await models.model(requireUuid(request.params.id, 'alliance'));
      return modelJson(model, year);
    },
  });

  api.get(`${AREAS}/:id/finance`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getBusinessAreaFinance',
      summary: 'One business area’s savings model',
      description: MODEL_DESCRIPTION,
      params: idParams,
      querystring: yearQuery,
      response: { 200: modelSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const { year } = request.query;
      if (year !== undefined) checkYear(year, records.currentYear(), 'year');
      return modelJson(await models.areaModel(areaId(request.params.id)), year);
    },
  });

  api.put(`${AREAS}/:id/finance/years/:financialYear`, {
    config: { access: CHANGE_FINANCE, scope: AREA_FINANCE, audit: 'finance.costs_changed' },
    schema: {
      tags,
      operationId: 'setFinanceYear',
      summary: 'Set one area’s costs for a year: combined cost, implementation cost, each force’s baseline',
      description:
        'Amounts in whole pence. Answers with the area-year as the model now computes it, with each ' +
        'force’s contribution and saving under the basis in effect on 1 April of that year.',
      params: areaYearParams,
      body: areaYearBody,
      response: { 200: figureSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = areaId(request.params.id);
      const { financialYear } = request.params;
      const { body } = request;
      const baselines = body.baselines.map((b) => ({
        organisationId: b.organisationId,
        amount: pence(b.baselinePence),
      }));
      const rename = (field: string) => {
        const index = baselines.findIndex((b) => field === `baselines.${b.organisationId}`);
        return index < 0 ? recordFieldInApiTerms(field) : `baselines.${index}.baselinePence`;
      };
      const input = {
        financialYear,
        targetCost:
          body.targetCostPence === null || body.targetCostPence === undefined
            ? null
            : pence(body.targetCostPence),
        implementationCost: pence(body.implementationCostPence),
        baselines,
      };
      await inApiTerms(() => records.setAreaYear(context(request), id, input), rename);
      const model = await models.areaModel(id);
      const figure = model.figures.find((f) => f.financialYear === financialYear);
      if (!figure) throw new Error('The costs just saved are missing from the model');
      return figureJson(figure);
    },
  });

  api.put(`${AREAS}/:id/finance/forecasts/:financialYear`, {
    config: { access: CHANGE_FINANCE, scope: AREA_FINANCE, audit: 'finance.forecast_set' },
    schema: {
      tags,
      operationId: 'setSavingForecast',
      summary: 'Forecast the saving of one area for this or a later year',
      params: areaYearParams,
      body: forecastBody,
      response: { 200: forecastSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = areaId(request.params.id);
      const input = {
        financialYear: request.params.financialYear,
        amount: pence(request.body.amountPence),
        note: request.body.note ?? null,
      };
      await inApiTerms(() => records.setForecast(context(request), id, input), recordFieldInApiTerms);
      return {
        businessAreaId: id,
        financialYear: input.financialYear,
        amountPence: input.amount,
        note: input.note,
      };
    },
  });

  registerFinanceRecordsApi(app, deps);
  registerFinanceSpreadsheetsApi(app, deps);
}
