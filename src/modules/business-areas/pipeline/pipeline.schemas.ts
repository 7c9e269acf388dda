import { z } from 'zod';
import {
  apiVersion,
  capitalise,
  dateFromParts,
  dateInput,
  formVersion,
  isoDate,
  optionalText,
  requiredText,
} from '../../../platform/validation.ts';
import { OFFICES } from '../../organisations/index.ts';
import { STAGES } from './business-case.domain.ts';
import { DECISION_OUTCOMES, MAX_CONDITIONS, SOLE_GATES } from './pipeline.domain.ts';

export const REASON_MAX = 2000;
export const NAME_MAX = 200;
export const NOTE_MAX = 2000;
export const CONDITION_MAX = 1000;

const version = formVersion();

const stageField = z.enum(STAGES, { error: 'Select where the case goes next' });
const outcomeField = z.enum(DECISION_OUTCOMES, { error: 'Select the decision' });
const decisionField = z.enum(['approved', 'refused'], { error: 'Select whether they approved or refused' });

/** Checkboxes post their value when ticked and nothing otherwise. */
const ticked = z
  .unknown()
  .optional()
  .transform((value) => value === 'yes' || (Array.isArray(value) && value.includes('yes')));

export const moveForm = z.object({
  to: stageField,
  reason: optionalText('the reason', REASON_MAX),
  version,
});

export const soleDecisionForm = z.object({
  sole: z.string({ error: 'Reload the page and try again' }).max(200, 'Reload the page and try again'),
  decision: decisionField,
  decidedBy: requiredText('the name of the person who decided', NAME_MAX),
  asDelegate: ticked,
  delegateRole: optionalText('the role of the delegate', NAME_MAX),
  decidedOn: dateInput('the date of the decision', true),
  note: optionalText('the note', NOTE_MAX),
});

/** One row of the conditions on the decision form; a row left blank is no condition. */
function conditionRow(index: number) {
  const which = `condition ${index + 1}`;
  return z
    .object({
      description: z
        .string()
        .max(CONDITION_MAX, `${capitalise(which)} must be ${CONDITION_MAX} characters or fewer`),
      owner: z.string().max(NAME_MAX, `The owner of ${which} must be ${NAME_MAX} characters or fewer`),
      dueOn: z.object({ day: z.string(), month: z.string(), year: z.string() }),
    })
    .transform((row, ctx) => {
      const blank = [row.description, row.owner, row.dueOn.day, row.dueOn.month, row.dueOn.year].every(
        (part) => !part.trim(),
      );
      if (blank) return undefined;
      const parsed = z
        .object({
          description: requiredText(which, CONDITION_MAX),
          owner: requiredText(`the owner of ${which}`, NAME_MAX),
          dueOn: dateInput(`the due date of ${which}`, true),
        })
        .safeParse(row);
      if (parsed.success) return { ...parsed.data, dueOn: parsed.data.dueOn as string };
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    });
}

export const decisionForm = z.object({
  meetingId: z
    .string({ error: 'Select the meeting' })
    .min(1, 'Select the meeting')
    .max(100, 'Select the meeting'),
  outcome: outcomeField,
  reasons: optionalText('the reasons', REASON_MAX),
  conditions: z
    .tuple([conditionRow(0), conditionRow(1), conditionRow(2), conditionRow(3), conditionRow(4)])
    .transform((rows) => rows.filter((row) => row !== undefined)),
  version,
});

export const closeConditionForm = z.object({
  closedOn: dateInput('the date the condition was met', true),
  closureNote: requiredText('how the condition was met', NOTE_MAX),
  version,
});

export interface ConditionRowValues {
  readonly description: string;
  readonly owner: string;
  readonly dueOn: { day: string; month: string; year: string };
}

const text = (value: unknown, max = 10_000) => (typeof value === 'string' ? value.slice(0, max) : '');

/** The decision form as posted, kept as typed so a refused form comes back as the person left it. */
export function decisionValues(body: unknown) {
  const fields = (body ?? {}) as Record<string, unknown>;
  const conditions: ConditionRowValues[] = Array.from({ length: MAX_CONDITIONS }, (_, index) => ({
    description: text(fields[`conditions-${index}-description`]),
    owner: text(fields[`conditions-${index}-owner`]),
    dueOn: dateFromParts(fields, `conditions-${index}-dueOn`),
  }));
  return {
    meetingId: text(fields.meetingId, 100),
    outcome: text(fields.outcome, 100),
    reasons: text(fields.reasons),
    version: text(fields.version, 20),
    conditions,
  };
}

export type DecisionValues = ReturnType<typeof decisionValues>;

export function soleDecisionValues(body: unknown) {
  const fields = (body ?? {}) as Record<string, unknown>;
  return {
    sole: text(fields.sole, 200),
    decision: text(fields.decision, 20),
    decidedBy: text(fields.decidedBy),
    asDelegate: fields.asDelegate === 'yes',
    delegateRole: text(fields.delegateRole),
    decidedOn: dateFromParts(fields, 'decidedOn'),
    note: text(fields.note),
  };
}

export type SoleDecisionValues = ReturnType<typeof soleDecisionValues>;

export function gatherSoleDecisionForm(body: unknown): Record<string, unknown> {
  const fields = (body ?? {}) as Record<string, unknown>;
  return { ...fields, decidedOn: dateFromParts(fields, 'decidedOn') };
}

export function gatherCloseForm(body: unknown): Record<string, unknown> {
  const fields = (body ?? {}) as Record<string, unknown>;
  return { ...fields, closedOn: dateFromParts(fields, 'closedOn') };
}

// The API: the same field builders as the pages, so the messages match.

export const idParams = z.object({ id: z.string().max(100) });

export const moveBody = z.object({
  to: stageField,
  reason: optionalText('the reason', REASON_MAX).nullable(),
  version: apiVersion(),
});

export const approvalBody = z.object({
  gate: z.enum(SOLE_GATES, { error: 'Give the gate: strategic_outline_case or executive_decision' }),
  organisationId: z.string().max(100),
  office: z.enum(OFFICES, { error: 'Give the office of the corporation sole' }),
  decision: decisionField,
  decidedBy: requiredText('the name of the person who decided', NAME_MAX),
  asDelegate: z.boolean().default(false),
  delegateRole: optionalText('the role of the delegate', NAME_MAX).nullable(),
  decidedOn: isoDate('the date of the decision'),
  note: optionalText('the note', NOTE_MAX).nullable(),
});

export const decisionBody = z.object({
  meetingId: z.string().max(100),
  outcome: outcomeField,
  reasons: optionalText('the reasons', REASON_MAX).nullable(),
  conditions: z
    .array(
      z.object({
        description: requiredText('the condition', CONDITION_MAX),
        owner: requiredText('the owner of the condition', NAME_MAX),
        dueOn: isoDate('the due date of the condition'),
      }),
    )
    .max(MAX_CONDITIONS, `Enter ${MAX_CONDITIONS} conditions or fewer`)
    .default([]),
  version: apiVersion().meta({
    description: 'The version of the business area you read; a stale one is refused with 409',
  }),
});

export const closeBody = z.object({
  closedOn: isoDate('the date the condition was met'),
  closureNote: requiredText('how the condition was met', NOTE_MAX),
  version: apiVersion(),
});
