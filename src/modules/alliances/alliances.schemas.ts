import { z } from 'zod';
import {
  apiVersion,
  dateFromParts,
  dateInput,
  financialYear,
  formVersion,
  isoDate,
  listOf,
  money,
  optionalText,
  requiredText,
} from '../../platform/validation.ts';
import { ORGANISATION_KINDS } from '../organisations/index.ts';
import { ALLIANCE_STATUSES } from './alliances.domain.ts';

export const NAME_MAX = 200;
export const SHORT_NAME_MAX = 60;
export const DESCRIPTION_MAX = 2000;
const MONEY_TEXT_MAX = 30;
export const MAX_MEMBERS = 500;

/** Empty boxes mean "not given", not "invalid". */
function blankAsUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const statusField = z.enum(ALLIANCE_STATUSES, { error: 'Select the status' });

const membersField = z
  .array(z.string().max(100, 'Select organisations from the list'), {
    error: 'Select two or more organisations',
  })
  .min(2, 'Select two or more organisations')
  .max(MAX_MEMBERS, `Select ${MAX_MEMBERS} organisations or fewer`);

/** The rules of the fields that read the same on the form, in the API and in the use cases' input. */
export const allianceFields = {
  name: requiredText('the name', NAME_MAX),
  shortName: requiredText('the short name', SHORT_NAME_MAX),
  description: optionalText('the description', DESCRIPTION_MAX),
  status: statusField,
  members: membersField,
};

/** A text box bounded in length, then read by one of the shared field builders. */
function boundedText<T>(max: number, tooLong: string, field: z.ZodType<T>) {
  return z.preprocess(
    blankAsUndefined,
    z
      .string()
      .max(max, tooLong)
      .transform((text, ctx): T => {
        const parsed = field.safeParse(text);
        if (parsed.success) return parsed.data;
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
        return z.NEVER;
      })
      .optional(),
  );
}

const savingsTargetText = boundedText(
  MONEY_TEXT_MAX,
  'The savings target must be an amount of money, like £12,000,000',
  money('the savings target'),
);

const savingsTargetYearText = boundedText(
  20,
  'The year the savings are due must be a financial year, like 2017/18',
  financialYear('the year the savings are due'),
);

/** What the add and change pages post, once the date boxes and checkboxes are gathered up. */
export const allianceForm = z.object({
  name: allianceFields.name,
  shortName: allianceFields.shortName,
  description: allianceFields.description,
  status: allianceFields.status,
  formedOn: dateInput('the date the alliance was formed', false),
  savingsTarget: savingsTargetText,
  savingsTargetYear: savingsTargetYearText,
  members: membersField,
});

export const allianceEditForm = allianceForm.extend({
  version: formVersion(),
});

/** The body of the form as the parser wants it: date parts joined, checkboxes always a list. */
export function gatherAllianceForm(body: unknown): Record<string, unknown> {
  const fields = (body ?? {}) as Record<string, unknown>;
  return { ...fields, formedOn: dateFromParts(fields, 'formedOn'), members: listOf(fields.members) };
}

// The API: the same field builders as the pages, so the messages match.

export const allianceMemberSchema = z.object({
  organisationId: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  joinedOn: z.string().nullable(),
});

export const allianceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string(),
    description: z.string().nullable(),
    status: statusField,
    formedOn: z.string().nullable().meta({ description: "'YYYY-MM-DD'" }),
    endedOn: z.string().nullable(),
    savingsTargetPence: z.number().int().nullable(),
    savingsTargetYear: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The financial year the savings are due by, as its start year: 2017 is 2017/18' }),
    version: z.number().int(),
    updatedAt: z.string(),
    members: z.array(allianceMemberSchema),
  })
  .meta({ id: 'Alliance' });

export const allianceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  status: statusField,
  formedOn: z.string().nullable(),
  memberCount: z.number().int(),
});

export const allianceListSchema = z.object({ alliances: z.array(allianceSummarySchema) });

export const allianceBody = z.object({
  name: allianceFields.name,
  shortName: allianceFields.shortName,
  description: allianceFields.description.nullable(),
  status: statusField,
  formedOn: isoDate('the date the alliance was formed').nullable().optional(),
  savingsTargetPence: z
    .number({ error: 'The savings target must be a whole number of pence' })
    .int('The savings target must be a whole number of pence')
    .min(0, 'The savings target must not be negative')
    .max(100_000_000_000_00, 'The savings target must be less than £100 billion')
    .nullable()
    .optional(),
  savingsTargetYear: financialYear('the year the savings are due').nullable().optional(),
  members: membersField.meta({ description: 'Organisation ids: two or more' }),
});

export const allianceUpdateBody = allianceBody.extend({
  version: apiVersion(),
});

export const idParams = z.object({ id: z.string().max(100) });
