import { z } from 'zod';
import type { ChangeContext } from '../../../platform/context.ts';
import { londonDate } from '../../../platform/dates.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ConflictError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import type { Access } from '../../../platform/http/access.ts';
import { INT4_MAX, isoDate, requiredText } from '../../../platform/validation.ts';
import { moveRecord } from '../../../platform/workflow/history.ts';
import { checkMove } from '../../../platform/workflow/workflow.ts';
import { OFFICES, createOrganisationsService, currentHolder } from '../../organisations/index.ts';
import {
  AGREEMENT_KINDS,
  SIGNED_AS,
  partyKey,
  signatureProblem,
  type Party,
  type Signature,
} from '../agreements.domain.ts';
import { termsProblems, type AgreementTerms } from '../agreement-terms.domain.ts';
import * as repo from '../agreements.repo.ts';
import { loadOrFail, type Agreement } from '../agreements.service.ts';
import { AGREEMENT_WORKFLOW, type AgreementMover, type AgreementState } from '../agreements.workflow.ts';

/**
 * An agreement binds every party, so only a grant across every organisation changes the register;
 * a grant for one force reads it.
 */
export const CHANGE_AGREEMENTS: Access = { anyOf: ['programme_team'] };
export const AGREEMENTS_TAGS = ['Agreements'];
export const ENTITY_TYPE = 'agreement';

const months = (label: string) =>
  z
    .number({ error: `Enter ${label}` })
    .int(`${label} must be a whole number`)
    .min(0)
    .max(120);

export const partyInput = z.object({
  organisationId: z.uuid('Select an organisation'),
  office: z.enum(OFFICES),
});

export const termsInput = z.object({
  title: requiredText('the title', 300),
  objective: requiredText('the objective', 4000),
  functions: requiredText('the functions covered', 4000),
  providesForOfficers: z.boolean(),
  businessAreaIds: z.array(z.uuid('Select business areas from the list')).max(200).default([]),
  costSharingBasisId: z.uuid('Select a cost-sharing basis from the list').nullable().default(null),
  hostOrganisationId: z.uuid('Select the host force').nullable().default(null),
  directionAndControlOrganisationId: z.uuid('Select who has direction and control').nullable().default(null),
  reviewDate: isoDate('the review date').nullable().default(null),
  noticeMonths: months('the notice period in months'),
  exitContributionMonths: months("the months of the leaving party's contribution"),
  insuranceAndLiabilities: requiredText('the insurance and liabilities', 4000),
  disputeResolution: requiredText('the dispute resolution', 4000),
  operationallySensitive: z.boolean(),
});

export const signatureInput = partyInput.extend({
  signedOn: isoDate('the date signed'),
  signedAs: z.enum(SIGNED_AS, 'Select whether the office holder or a delegate signed'),
  signatoryName: requiredText('the name of who signed', 200),
  delegateRole: z
    .string()
    .trim()
    .max(200, "The delegate's post must be 200 characters or fewer")
    .nullable()
    .optional()
    .transform((value) => (value ? value : null)),
});

export const createInput = z.object({
  allianceId: z.uuid('Select an alliance'),
  kind: z.enum(AGREEMENT_KINDS, 'Select the kind of agreement'),
  commencement: isoDate('the commencement date'),
  parties: z.array(partyInput).max(20),
  terms: termsInput,
});

export const agreementRef = { agreementId: z.uuid(), version: z.number().int().min(1).max(INT4_MAX) };

export function conflict(): ConflictError {
  return new ConflictError('The agreement was changed by someone else. Your changes have not been saved.');
}

/** The references in the terms belong to the agreement's alliance: its areas, bases and members. */
export async function checkTerms(
  tx: Db,
  allianceId: string,
  terms: AgreementTerms,
  commencement: string,
  byVariation: boolean,
): Promise<void> {
  const [memberIds, areas, bases] = await Promise.all([
    repo.allianceMemberIds(tx, allianceId),
    repo.areasOfAlliance(tx, allianceId, terms.businessAreaIds),
    repo.basesOfAlliance(tx, allianceId),
  ]);
  const problems: FieldError[] = termsProblems(terms, commencement, { byVariation });
  if (areas.length !== new Set(terms.businessAreaIds).size)
    problems.push({ field: 'businessAreaIds', message: "Select business areas of the agreement's alliance" });
  if (terms.costSharingBasisId && !bases.some((basis) => basis.id === terms.costSharingBasisId))
    problems.push({
      field: 'costSharingBasisId',
      message: "Select a cost-sharing basis of the agreement's alliance",
    });
  for (const field of ['hostOrganisationId', 'directionAndControlOrganisationId'] as const) {
    const id = terms[field];
    if (id && !memberIds.includes(id)) problems.push({ field, message: 'Select a member of the alliance' });
  }
  if (problems.length > 0)
    throw new ValidationError(problems.map((p) => ({ ...p, field: `terms.${p.field}` })));
}

export interface CheckedSignature extends Signature {
  readonly officeHolderId: string;
}

/** Each signature by a party of the agreement, checked against who held its office that day. */
export async function checkSignatures(
  tx: Db,
  parties: readonly Party[],
  signatures: readonly Signature[],
  change: ChangeContext,
  field = 'signatures',
): Promise<CheckedSignature[]> {
  const organisations = createOrganisationsService({ db: tx, clock: { now: () => change.now } });
  const today = londonDate(change.now);
  const partyKeys = new Set(parties.map(partyKey));
  const checked: CheckedSignature[] = [];
  const problems: FieldError[] = [];
  for (const [index, signature] of signatures.entries()) {
    const at = signatures.length > 1 ? `${field}.${index}` : field;
    if (!partyKeys.has(partyKey(signature))) {
      problems.push({ field: `${at}.office`, message: 'Select a party to the agreement' });
      continue;
    }
    const { officeHolders } = await organisations.get(signature.organisationId);
    const problem = signatureProblem(signature, officeHolders, today);
    const holder = currentHolder(officeHolders, signature.office, signature.signedOn);
    if (problem || !holder)
      problems.push({
        ...(problem ?? { field: 'signedOn', message: '' }),
        field: `${at}.${problem?.field ?? 'signedOn'}`,
      });
    else checked.push({ ...signature, officeHolderId: holder.id });
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return checked;
}

export function signatureRows(
  versionId: string,
  signatures: readonly CheckedSignature[],
  now: Date,
): repo.SignatureValues[] {
  return signatures.map((signature) => ({ ...signature, versionId, createdAt: now }));
}

/** The move through the shared workflow, refused in its own words, and its row in the history. */
export function moveOrRefuse(
  agreement: Agreement,
  to: AgreementState,
  by: AgreementMover,
  facts: { everyPartySigned: boolean; reason?: string | undefined },
  change: ChangeContext,
): repo.MoveValues {
  const answers = {
    every_party_signed: facts.everyPartySigned
      ? ({ status: 'passes' } as const)
      : ({ status: 'blocks', message: 'Every party must sign' } as const),
  };
  const move = { from: agreement.state, to, by, reason: facts.reason };
  const verdict = checkMove(AGREEMENT_WORKFLOW, move, answers);
  if (!verdict.allowed) throw new ValidationError([{ field: 'state', message: verdict.refusal.message }]);
  const record = moveRecord(AGREEMENT_WORKFLOW, agreement.id, move, change);
  return {
    id: record.id,
    agreementId: agreement.id,
    fromState: record.from,
    toState: record.to,
    mover: record.by,
    reason: record.reason,
    movedByUserId: record.recordedBy.userId,
    movedByLabel: record.recordedBy.label,
    movedAt: record.at,
  };
}

/** Loads the agreement and takes its row for this change, if the caller saw the latest version. */
export async function claim(
  tx: Db,
  change: ChangeContext,
  id: string,
  version: number,
  changes: { state?: AgreementState; terminatedOn?: string } = {},
): Promise<Agreement> {
  const before = await loadOrFail(tx, id);
  if (before.version !== version) throw conflict();
  if (!(await repo.claimAgreement(tx, id, version, changes, change.now))) throw conflict();
  return before;
}

export function versionValues(
  agreementId: string,
  versionNumber: number,
  from: string,
  terms: AgreementTerms,
  extra: { variationReason: string | null; now: Date },
): { version: repo.VersionValues; areas: repo.AreaValues[] } {
  const id = crypto.randomUUID();
  const { businessAreaIds, ...columns } = terms;
  return {
    version: {
      ...columns,
      id,
      agreementId,
      versionNumber,
      effectiveFrom: from,
      effectiveTo: null,
      variationReason: extra.variationReason,
      createdAt: extra.now,
    },
    areas: [...new Set(businessAreaIds)].map((businessAreaId) => ({ versionId: id, businessAreaId })),
  };
}

/** What the audit trail keeps of an agreement: its state and the version in effect, without names. */
export function snapshot(agreement: Agreement) {
  const latest = agreement.versions.at(-1);
  return {
    state: agreement.state,
    version: agreement.version,
    title: latest?.title,
    versionNumber: latest?.versionNumber,
  };
}
