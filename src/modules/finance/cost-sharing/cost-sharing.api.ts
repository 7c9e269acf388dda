import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { pence } from '../../../platform/money.ts';
import { optionalText, requiredText } from '../../../platform/validation.ts';
import { createBusinessAreasService } from '../../business-areas/index.ts';
import { TIE_RULE } from './apportion.domain.ts';
import { describeBasis } from './cost-sharing.domain.ts';
import { createCostSharingService, type BasisWithShares } from './cost-sharing.service.ts';
import { basisRefSchema, partySchema, shareSchema } from '../finance-api.schemas.ts';
import { ALLIANCES, inApiTerms, isUuid, tags } from '../finance-api.support.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE } from '../finance.access.ts';
import {
  basisFieldInApiTerms,
  basisInputSchema,
  basisJson,
  basisJsonSchema,
  dateField,
  idParams,
  penceField,
} from '../finance.schemas.ts';

const LABEL_MAX = 200;
const REASON_MAX = 2000;

export const basisVersionSchema = z
  .object({
    id: z.string(),
    allianceId: z.string(),
    businessAreaId: z
      .string()
      .nullable()
      .meta({ description: 'The business area with its own basis; null for the alliance’s default' }),
    versionNumber: z.number().int(),
    label: z.string(),
    description: z
      .string()
      .meta({ description: 'In words, like "In proportion to net revenue budget (2015/16)"' }),
    basis: basisJsonSchema,
    effectiveFrom: z
      .string()
      .meta({ description: "'YYYY-MM-DD': the basis governs every year whose 1 April it covers" }),
    effectiveTo: z.string().nullable(),
    reason: z.string().nullable(),
    resumesVersionNumber: z.number().int().nullable().meta({
      description:
        'Set on a version that resumes an open-ended one, with the same figures, the day after a shorter version interrupting it ends',
    }),
    createdAt: z.string(),
    shares: z.array(shareSchema),
  })
  .meta({ id: 'CostSharingBasisVersion' });

export function basisVersionJson(version: BasisWithShares): z.infer<typeof basisVersionSchema> {
  return {
    id: version.id,
    allianceId: version.allianceId,
    businessAreaId: version.businessAreaId,
    versionNumber: version.versionNumber,
    label: version.label,
    description: describeBasis(version.definition),
    basis: basisJson(version.definition),
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    reason: version.reason,
    resumesVersionNumber: version.resumesVersionNumber,
    createdAt: version.createdAt.toISOString(),
    shares: version.shares.map((s) => ({ ...s })),
  };
}

const historySchema = z.object({
  parties: z.array(partySchema),
  tieRule: z.string(),
  versions: z
    .array(basisVersionSchema)
    .meta({ description: 'Every version, newest first within each scope' }),
});

const newVersionBody = z.object({
  label: requiredText('the name of the basis', LABEL_MAX),
  businessAreaId: z
    .string()
    .max(100, 'Select a business area of this alliance')
    .nullable()
    .optional()
    .meta({ description: 'Give a business area its own basis; leave out for the alliance’s default' }),
  basis: basisInputSchema,
  effectiveFrom: dateField('the start date'),
  effectiveTo: dateField('the end date').nullable().optional(),
  reason: optionalText('the reason', REASON_MAX).nullable(),
});

const basisParams = z.object({ basisId: z.string().max(100) });
const apportionBody = z.object({ amountPence: penceField('the amount') });
const apportionSchema = z.object({
  basis: basisRefSchema,
  amountPence: z.number().int(),
  tieRule: z.string(),
  portions: z
    .array(shareSchema.extend({ amountPence: z.number().int() }))
    .meta({ description: 'One per force; they add up to amountPence exactly' }),
});

const NEW_VERSION_DESCRIPTION =
  'A change never rewrites history: the new version starts on effectiveFrom and closes the ' +
  'open-ended version before it on the day before. Budgets and populations are copied in when the ' +
  'version is made. Fixed percentages and weights have at most 2 decimal places and add up to 100.';

/** The versions of an alliance's cost-sharing bases, and splitting an amount by one of them. */
export function registerCostSharingApi(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const costSharing = createCostSharingService(deps);
  const businessAreas = createBusinessAreasService(deps);

  /** A business area named in the body is a field to correct, not a missing page. */
  async function checkArea(allianceId: string, businessAreaId: string | null | undefined) {
    if (businessAreaId === null || businessAreaId === undefined) return undefined;
    const id = businessAreaId.toLowerCase();
    const area = isUuid(id) ? await businessAreas.find(id).catch(() => undefined) : undefined;
    if (!area || area.allianceId !== allianceId) {
      throw new ValidationError([
        { field: 'businessAreaId', message: 'Select a business area of this alliance' },
      ]);
    }
    return area.id;
  }

  api.get(`${ALLIANCES}/:id/finance/bases`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listCostSharingBases',
      summary: 'Every version of the alliance’s cost-sharing bases, with each force’s share',
      params: idParams,
      response: { 200: historySchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const history = await costSharing.history(requireUuid(request.params.id, 'alliance'));
      return {
        parties: history.parties.map((p) => ({ organisationId: p.organisationId, name: p.name })),
        tieRule: TIE_RULE,
        versions: history.versions.map(basisVersionJson),
      };
    },
  });

  api.post(`${ALLIANCES}/:id/finance/bases`, {
    config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.basis_adopted' },
    schema: {
      tags,
      operationId: 'adoptCostSharingBasis',
      summary: 'Adopt a new version of the alliance’s (or one area’s) cost-sharing basis',
      description: NEW_VERSION_DESCRIPTION,
      params: idParams,
      body: newVersionBody,
      response: { 201: basisVersionSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const allianceId = requireUuid(request.params.id, 'alliance');
      const { body } = request;
      const businessAreaId = await checkArea(allianceId, body.businessAreaId);
      const version = await inApiTerms(
        () =>
          costSharing.addVersion(changeContext(request, deps.clock), allianceId, {
            businessAreaId,
            label: body.label,
            input: body.basis,
            effectiveFrom: body.effectiveFrom,
            effectiveTo: body.effectiveTo ?? undefined,
            reason: body.reason ?? undefined,
          }),
        (field) => basisFieldInApiTerms(field, body.basis),
      );
      return reply.status(201).send(basisVersionJson(version));
    },
  });

  // A calculation, not a change: it saves nothing and records no audit event. Every POST names
  // an audit action, so this one names what it would be.
  api.post(`${API_PREFIX}/finance/bases/:basisId/apportion`, {
    config: { access: 'signed-in', audit: 'finance.amount_apportioned' },
    schema: {
      tags,
      operationId: 'apportionAmount',
      summary: 'Split an amount between the forces by one basis version, exactly to the penny',
      description: `Largest-remainder rounding. ${TIE_RULE} Nothing is saved.`,
      params: basisParams,
      body: apportionBody,
      response: { 200: apportionSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const basisId = requireUuid(request.params.basisId, 'cost-sharing basis');
      const result = await costSharing.apportionBy(basisId, pence(request.body.amountPence));
      return {
        basis: {
          id: result.basis.id,
          label: result.basis.label,
          versionNumber: result.basis.versionNumber,
        },
        amountPence: result.amount,
        tieRule: result.tieRule,
        portions: result.portions.map((p) => ({
          organisationId: p.partyId,
          name: p.name,
          sharePercent: p.sharePercent,
          amountPence: p.amount,
        })),
      };
    },
  });
}
