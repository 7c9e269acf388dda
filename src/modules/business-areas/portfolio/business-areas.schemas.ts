import { keysetQueryFields, nextField } from '../../../platform/http/cursor.ts';
import { z } from 'zod';
import type { FieldError } from '../../../platform/errors.ts';
import type { FormResult } from '../../../platform/http/forms.ts';
import type { Pence } from '../../../platform/money.ts';
import type { IsoDate } from '../../../platform/dates.ts';
import {
  apiVersion,
  dateFromParts,
  dateInput,
  isoDate,
  listOf,
  money,
  optionalText,
  requiredText,
  wholeNumber,
} from '../../../platform/validation.ts';
import { STAGES, type Stage } from '../pipeline/business-case.domain.ts';
import {
  COMMENTARY_MAX,
  CONFIDENCE_LEVELS,
  DESCRIPTION_MAX,
  FUNCTION_GROUPS,
  HEADCOUNT_MAX,
  NAME_MAX,
  PERSON_MAX,
  REASON_MAX,
  SCOPES,
  exclusionProblems,
  type AreaDetails,
  type Baseline,
  type Confidence,
  type MemberForce,
  type PortfolioFilters,
  type Scope,
} from './business-areas.domain.ts';

const MESSAGES = {
  functionGroup: 'Select whether it is a support or an operational function',
  scope: 'Select whether the business area is in scope or excluded',
  confidence: 'Select the delivery confidence',
  version: 'Reload the page and try again',
};

const nameField = requiredText('the name of the business area', NAME_MAX);
const functionGroupField = z.enum(FUNCTION_GROUPS, { error: MESSAGES.functionGroup });
const reasonField = optionalText('the reason it is excluded', REASON_MAX);
const sroField = optionalText('the senior responsible officer', PERSON_MAX);
const leadField = optionalText('the business area lead', PERSON_MAX);
const descriptionField = optionalText('the description', DESCRIPTION_MAX);
const commentaryField = requiredText('a commentary on the delivery confidence', COMMENTARY_MAX);

export const versionField = z
  .string({ error: MESSAGES.version })
  .regex(/^\d{1,9}$/, MESSAGES.version)
  .transform(Number);

/** "Not decided yet" posts "none". */
const hostChoice = z
  .string()
  .max(100, 'Select the host force from the list')
  .optional()
  .transform((value) => (value && value !== 'none' ? value : undefined));

/** The area's details in domain terms, as the use cases take them (the adapters have read them). */
export const areaDetailFields = {
  name: nameField,
  functionGroup: functionGroupField,
  inScope: z.boolean(),
  exclusionReason: reasonField,
  hostOrganisationId: z.string().max(100).optional(),
  seniorResponsibleOfficer: sroField,
  leadName: leadField,
  description: descriptionField,
};

/** Runs even when other fields are wrong, so every problem on the form is reported at once. */
const everyTime = { when: () => true };

export const areaForm = z
  .object({
    name: nameField,
    functionGroup: functionGroupField,
    scope: z.enum(SCOPES, { error: MESSAGES.scope }),
    exclusionReason: reasonField,
    hostOrganisationId: hostChoice,
    seniorResponsibleOfficer: sroField,
    leadName: leadField,
    description: descriptionField,
  })
  .superRefine((form, ctx) => {
    const excluded = { inScope: form.scope !== 'excluded', exclusionReason: form.exclusionReason };
    for (const problem of exclusionProblems(excluded)) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  }, everyTime)
  .transform(({ scope, ...form }): AreaDetails => ({ ...form, inScope: scope === 'in_scope' }));

export const areaEditForm = z.intersection(areaForm, z.object({ version: versionField }));

export const confidenceForm = z.object({
  confidence: z.enum(CONFIDENCE_LEVELS, { error: MESSAGES.confidence }),
  commentary: commentaryField,
  assessedOn: dateInput('the date of the assessment', true).transform((date) => date as IsoDate),
  version: versionField,
});

export function gatherConfidenceForm(body: unknown): Record<string, unknown> {
  const fields = (body ?? {}) as Record<string, unknown>;
  return { ...fields, assessedOn: dateFromParts(fields, 'assessedOn') };
}

const budgetOf = (force: string) => money(`the budget of ${force}`);
const officersOf = (force: string) =>
  wholeNumber(`the number of officers in ${force}`, { max: HEADCOUNT_MAX });
const staffOf = (force: string) => wholeNumber(`the number of staff in ${force}`, { max: HEADCOUNT_MAX });

function fieldValue(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.slice(0, 100) : '';
}

/** One row per member force: `baselines-<n>-budget`, `-officers`, `-staff`, matching the inputs' ids. */
export function parseBaselineForm(
  body: unknown,
  forces: readonly MemberForce[],
): FormResult<{ version: number; baselines: Baseline[] }> {
  const fields = (body ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const read = <T>(name: string, schema: z.ZodType<T>, label?: string): T | undefined => {
    const value = fieldValue(fields, name);
    if (label && !value.trim()) {
      errors.push({ field: name, message: `Enter ${label}` });
      return undefined;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    errors.push({ field: name, message: parsed.error.issues[0]?.message ?? 'Check this' });
    return undefined;
  };
  const baselines = forces.map((force, index): Baseline => {
    const prefix = `baselines-${index}-`;
    return {
      organisationId: force.organisationId,
      budgetPence: read(`${prefix}budget`, budgetOf(force.name)) ?? (0 as Pence),
      officers:
        read(`${prefix}officers`, officersOf(force.name), `the number of officers in ${force.name}`) ?? 0,
      staff: read(`${prefix}staff`, staffOf(force.name), `the number of staff in ${force.name}`) ?? 0,
    };
  });
  const version = read('version', versionField);
  return errors.length > 0 || version === undefined
    ? { ok: false, errors }
    : { ok: true, value: { version, baselines } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parsePortfolioFilters(query: Record<string, unknown>): {
  filters: PortfolioFilters;
  unknown: string[];
} {
  const unknown: string[] = [];
  const pick = <T extends string>(name: string, allowed: (value: string) => boolean): T[] => {
    const values = listOf(query[name]);
    unknown.push(
      ...values.filter((value) => !allowed(value)).map((value) => `${name}=${value.slice(0, 40)}`),
    );
    return [...new Set(values.filter(allowed))] as T[];
  };
  const filters: PortfolioFilters = {
    stages: pick<Stage>('stage', (v) => (STAGES as readonly string[]).includes(v)),
    hosts: pick<string>('host', (v) => v === 'none' || UUID.test(v)).map((v) => v.toLowerCase()),
    confidences: pick<Confidence | 'none'>(
      'confidence',
      (v) => v === 'none' || (CONFIDENCE_LEVELS as readonly string[]).includes(v),
    ),
    scopes: pick<Scope>('scope', (v) => (SCOPES as readonly string[]).includes(v)),
  };
  return { filters, unknown };
}

// The API: the same field builders as the pages, so the messages match.

const filterValues = z.union([z.string().max(100), z.array(z.string().max(100)).max(100)]).optional();

export const portfolioQuery = z.object({
  stage: filterValues.meta({ description: `Stages: ${STAGES.join(', ')}` }),
  host: filterValues.meta({ description: "Host force organisation ids, or 'none'" }),
  confidence: filterValues.meta({ description: `${CONFIDENCE_LEVELS.join(', ')}, or 'none'` }),
  scope: filterValues.meta({ description: SCOPES.join(', ') }),
  ...keysetQueryFields,
});

export const areaBody = z.object({
  name: nameField,
  functionGroup: functionGroupField,
  inScope: z.boolean({ error: 'Say whether the business area is in scope' }),
  exclusionReason: reasonField.nullable(),
  hostOrganisationId: z.string().max(100).nullable().optional(),
  seniorResponsibleOfficer: sroField.nullable(),
  leadName: leadField.nullable(),
  description: descriptionField.nullable(),
});

export const areaUpdateBody = areaBody.extend({
  version: apiVersion(),
});

export const baselinesBody = z.object({
  version: apiVersion(),
  baselines: z
    .array(
      z.object({
        organisationId: z.string().max(100),
        budgetPence: z
          .number({ error: 'The budget must be a whole number of pence' })
          .int('The budget must be a whole number of pence')
          .min(0, 'The budget must not be negative')
          .max(100_000_000_000_00, 'The budget must be less than £100 billion'),
        officers: wholeNumber('the number of officers', { max: HEADCOUNT_MAX }),
        staff: wholeNumber('the number of staff', { max: HEADCOUNT_MAX }),
      }),
    )
    .max(100),
});

export const confidenceBody = z.object({
  version: apiVersion(),
  confidence: z.enum(CONFIDENCE_LEVELS, { error: MESSAGES.confidence }),
  commentary: commentaryField,
  assessedOn: isoDate('the date of the assessment').meta({ description: "'YYYY-MM-DD'" }),
});

export const idParams = z.object({ id: z.string().max(100) });
export const allianceParams = z.object({ allianceId: z.string().max(100) });

const baselineSchema = z.object({
  organisationId: z.string(),
  name: z.string(),
  recorded: z.boolean(),
  budgetPence: z.number().int(),
  officers: z.number().int(),
  staff: z.number().int(),
});

const totalsSchema = z.object({
  budgetPence: z.number().int(),
  officers: z.number().int(),
  staff: z.number().int(),
});

const areaFields = {
  id: z.string(),
  allianceId: z.string(),
  name: z.string(),
  functionGroup: functionGroupField,
  inScope: z.boolean(),
  exclusionReason: z.string().nullable(),
  hostOrganisationId: z.string().nullable(),
  hostName: z.string().nullable(),
  seniorResponsibleOfficer: z.string().nullable(),
  leadName: z.string().nullable(),
  stage: z.enum(STAGES),
  stageLabel: z.string(),
  stageChangedAt: z.string(),
  confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
  confidenceLabel: z.string().nullable(),
  confidenceCommentary: z.string().nullable(),
  confidenceAssessedOn: z.string().nullable().meta({ description: "'YYYY-MM-DD'" }),
  version: z.number().int(),
  updatedAt: z.string(),
  totals: totalsSchema,
};

export const areaSummarySchema = z.object(areaFields).meta({ id: 'BusinessAreaSummary' });

export const areaSchema = z
  .object({ ...areaFields, description: z.string().nullable(), baselines: z.array(baselineSchema) })
  .meta({ id: 'BusinessArea' });

export const portfolioSchema = z.object({
  allianceId: z.string(),
  total: z.number().int().meta({ description: 'Business areas in the alliance, before filtering' }),
  matching: z.number().int().meta({ description: 'Business areas matching the filters, on every page' }),
  totals: totalsSchema.meta({ description: 'Baseline totals of every area matching the filters' }),
  items: z.array(areaSummarySchema).meta({ description: 'In name order, then by id' }),
  next: nextField,
});
