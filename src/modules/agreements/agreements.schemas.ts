import { z } from 'zod';
import { OFFICES } from '../organisations/index.ts';
import { AGREEMENT_KINDS, SIGNED_AS } from './agreements.domain.ts';
import { AGREEMENT_STATES } from './agreements.workflow.ts';
import type { Agreement, AgreementVersion } from './agreements.service.ts';
import { versionAsAt } from './agreements.service.ts';

const date = z.string().meta({ description: "'YYYY-MM-DD'" });

const versionSchema = z.object({
  id: z.uuid(),
  versionNumber: z.number().int(),
  effectiveFrom: date,
  effectiveTo: date.nullable(),
  variationReason: z.string().nullable(),
  title: z.string(),
  objective: z.string(),
  functions: z.string(),
  providesForOfficers: z.boolean(),
  costSharingBasisId: z.uuid().nullable(),
  hostOrganisationId: z.uuid().nullable(),
  directionAndControlOrganisationId: z.uuid().nullable(),
  reviewDate: date.nullable(),
  noticeMonths: z.number().int(),
  exitContributionMonths: z.number().int(),
  insuranceAndLiabilities: z.string(),
  disputeResolution: z.string(),
  operationallySensitive: z.boolean(),
  businessAreas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  signatures: z.array(
    z.object({
      organisationId: z.uuid(),
      office: z.enum(OFFICES),
      signedOn: date,
      signedAs: z.enum(SIGNED_AS),
      signatoryName: z.string(),
      delegateRole: z.string().nullable(),
    }),
  ),
});

export const agreementSchema = z
  .object({
    id: z.uuid(),
    allianceId: z.uuid(),
    kind: z.enum(AGREEMENT_KINDS),
    state: z.enum(AGREEMENT_STATES),
    commencement: date,
    terminatedOn: date.nullable(),
    version: z.number().int(),
    parties: z.array(
      z.object({ organisationId: z.uuid(), office: z.enum(OFFICES), organisationName: z.string() }),
    ),
    asAt: versionSchema
      .nullable()
      .meta({ description: 'The version in effect on the date asked (or the latest)' }),
    versions: z.array(versionSchema),
    history: z.array(
      z.object({
        from: z.enum(AGREEMENT_STATES),
        to: z.enum(AGREEMENT_STATES),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'Agreement' });

export const registerRowSchema = z.object({
  id: z.uuid(),
  kind: z.enum(AGREEMENT_KINDS),
  state: z.enum(AGREEMENT_STATES),
  commencement: date,
  terminatedOn: date.nullable(),
  title: z.string(),
  objective: z.string(),
  versionNumber: z.number().int(),
  reviewDate: date.nullable(),
  operationallySensitive: z.boolean(),
});

export const registerSchema = z.object({
  agreements: z.array(registerRowSchema),
  page: z.object({ number: z.number().int(), size: z.number().int(), matching: z.number().int() }),
});

function versionJson(version: AgreementVersion): z.input<typeof versionSchema> {
  return { ...version, businessAreas: [...version.businessAreas], signatures: [...version.signatures] };
}

export function agreementJson(agreement: Agreement, asAt?: string): z.input<typeof agreementSchema> {
  const version = versionAsAt(agreement, asAt);
  return {
    id: agreement.id,
    allianceId: agreement.allianceId,
    kind: agreement.kind,
    state: agreement.state,
    commencement: agreement.commencement,
    terminatedOn: agreement.terminatedOn,
    version: agreement.version,
    parties: [...agreement.parties],
    asAt: version ? versionJson(version) : null,
    versions: agreement.versions.map(versionJson),
    history: agreement.moves.map((move) => ({
      from: move.fromState as Agreement['state'],
      to: move.toState as Agreement['state'],
      reason: move.reason,
      at: move.movedAt.toISOString(),
    })),
  };
}
