import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { londonDate, type IsoDate } from '../../../platform/dates.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { pence } from '../../../platform/money.ts';
import {
  actualBody,
  actualSchema,
  benefitBody,
  benefitSchema,
  reinvestmentBody,
  reinvestmentSchema,
  thresholdsBody,
  thresholdsSchema,
} from '../finance-api.schemas.ts';
import { ALLIANCES, AREAS, inApiTerms, isUuid, recordFieldInApiTerms, tags } from '../finance-api.support.ts';
import { notInFuture } from '../finance-pages.schemas.ts';
import type { Reinvestment, SavingsActual } from './finance-records.repo.ts';
import { createFinanceRecordsService } from './finance-records.service.ts';
import { ALLIANCE_FINANCE, AREA_FINANCE, CHANGE_FINANCE } from '../finance.access.ts';
import { idParams } from '../finance.schemas.ts';
import { createSavingsModelService } from './savings-model.service.ts';

const actualJson = (a: Omit<SavingsActual, 'areaName'> & { areaName?: string }) => ({
  id: a.id,
  businessAreaId: a.businessAreaId,
  ...(a.areaName === undefined ? {} : { areaName: a.areaName }),
  financialYear: a.financialYear,
  recordedOn: a.recordedOn,
  amountPence: a.amount,
  cashable: a.cashable,
  evidence: a.evidence,
  owner: a.owner,
});

const reinvestmentJson = (r: Reinvestment) => ({
  id: r.id,
  allianceId: r.allianceId,
  businessAreaId: r.businessAreaId,
  financialYear: r.financialYear,
  amountPence: r.amount,
  purpose: r.purpose,
  decidedOn: r.decidedOn,
});

/** An area that is not even an id is refused here, before the service looks for it. */
function checkAreaId(businessAreaId: string | null | undefined): string | null {
  if (businessAreaId === null || businessAreaId === undefined) return null;
  if (!isUuid(businessAreaId)) {
    throw new ValidationError([
      { field: 'businessAreaId', message: 'Select a business area of this alliance' },
    ]);
  }
  return businessAreaId;
}

function refuseFuture(date: IsoDate, today: IsoDate, field: string, label: string): void {
  const problems = notInFuture(date, today, field, label);
  if (problems.length > 0) throw new ValidationError(problems);
}

/** Realised savings, benefits that are not cash, reinvestment, and the RAG thresholds. */
export function registerFinanceRecordsApi(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const records = createFinanceRecordsService(deps);
  const models = createSavingsModelService(deps);
  const context = (request: FastifyRequest) => changeContext(request, deps.clock);
  const today = () => londonDate(deps.clock.now());
  /** Records hang off the alliance: an unknown one is a 404, not a failed insert. */
  const existingAlliance = async (raw: string) => {
    const id = requireUuid(raw, 'alliance');
    await models.header(id);
    return id;
  };

  api.post(`${AREAS}/:id/finance/actuals`, {
    config: { access: CHANGE_FINANCE, scope: AREA_FINANCE, audit: 'finance.actual_recorded' },
    schema: {
      tags,
      operationId: 'recordRealisedSaving',
      summary: 'Record a saving realised by one business area, with its evidence and owner',
      description: 'For this financial year or an earlier one; later years take a forecast instead.',
      params: idParams,
      body: actualBody,
      response: { 201: actualSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      const { amountPence, ...rest } = request.body;
      refuseFuture(rest.recordedOn, today(), 'recordedOn', 'the date recorded');
      const input = { ...rest, amount: pence(amountPence) };
      const actual = await inApiTerms(
        () => records.recordActual(context(request), id, input),
        recordFieldInApiTerms,
      );
      return reply.status(201).send(actualJson(actual));
    },
  });

  api.get(`${ALLIANCES}/:id/finance/actuals`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listRealisedSavings',
      summary: 'Every realised saving of the alliance’s business areas, newest first',
      params: idParams,
      response: { 200: z.object({ actuals: z.array(actualSchema) }), ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = await existingAlliance(request.params.id);
      return { actuals: (await records.actuals(id)).map(actualJson) };
    },
  });

  api.get(`${ALLIANCES}/:id/finance/benefits`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listBenefits',
      summary: 'Benefits that are not cash (resilience, capability), each with its measure and owner',
      params: idParams,
      response: { 200: z.object({ benefits: z.array(benefitSchema) }), ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = await existingAlliance(request.params.id);
      return { benefits: await records.benefits(id) };
    },
  });

  api.post(`${ALLIANCES}/:id/finance/benefits`, {
    config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.benefit_added' },
    schema: {
      tags,
      operationId: 'createBenefit',
      summary: 'Add a benefit that is not cash',
      params: idParams,
      body: benefitBody,
      response: { 201: benefitSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const id = await existingAlliance(request.params.id);
      const { body } = request;
      const input = {
        title: body.title,
        measure: body.measure,
        baselineValue: body.baselineValue ?? null,
        targetValue: body.targetValue ?? null,
        currentValue: body.currentValue ?? null,
        owner: body.owner,
        dueOn: body.dueOn ?? null,
        businessAreaId: checkAreaId(body.businessAreaId),
      };
      const benefit = await records.addBenefit(context(request), id, input);
      return reply.status(201).send(benefit);
    },
  });

  api.get(`${ALLIANCES}/:id/finance/reinvestments`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listReinvestments',
      summary: 'Money put back into emerging threats, by year',
      params: idParams,
      response: { 200: z.object({ reinvestments: z.array(reinvestmentSchema) }), ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = await existingAlliance(request.params.id);
      return { reinvestments: (await records.reinvestments(id)).map(reinvestmentJson) };
    },
  });

  api.post(`${ALLIANCES}/:id/finance/reinvestments`, {
    config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.reinvestment_added' },
    schema: {
      tags,
      operationId: 'createReinvestment',
      summary: 'Record money reinvested from the savings',
      params: idParams,
      body: reinvestmentBody,
      response: { 201: reinvestmentSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const id = await existingAlliance(request.params.id);
      const { amountPence, businessAreaId, ...rest } = request.body;
      refuseFuture(rest.decidedOn, today(), 'decidedOn', 'the date decided');
      const input = { ...rest, amount: pence(amountPence), businessAreaId: checkAreaId(businessAreaId) };
      const saved = await inApiTerms(
        () => records.addReinvestment(context(request), id, input),
        recordFieldInApiTerms,
      );
      return reply.status(201).send(reinvestmentJson(saved));
    },
  });

  api.put(`${ALLIANCES}/:id/finance/thresholds`, {
    config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.thresholds_set' },
    schema: {
      tags,
      operationId: 'setSavingThresholds',
      summary: 'When savings turn amber or red: percentages of the plan the forecast falls below',
      params: idParams,
      body: thresholdsBody,
      response: { 200: thresholdsSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = await existingAlliance(request.params.id);
      await records.setThresholds(context(request), id, request.body);
      return { ...request.body, isDefault: false };
    },
  });
}
