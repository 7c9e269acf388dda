import { z } from 'zod';
import { dateFromParts, dateInput, isoDate, optionalText, queryInteger } from '../../platform/validation.ts';
import type { FieldError } from '../../platform/errors.ts';
import { AUDITED_RECORD_TYPES, isAuditedRecordType, type AuditedRecordType } from './audit.domain.ts';
import { MAX_LISTED_PROBLEMS, parseHead } from './audit-chain.domain.ts';
import type { IsoDate } from '../../platform/dates.ts';

const RECORD_TYPE_NAMES = Object.keys(AUDITED_RECORD_TYPES) as [AuditedRecordType, ...AuditedRecordType[]];
const UNKNOWN_TYPE = 'Select a type of record from the list';
const TO_BEFORE_FROM = 'The ‘to’ date must be the same as or after the ‘from’ date';

const recordTypeChoice = z
  .string()
  .max(50, UNKNOWN_TYPE)
  .optional()
  .transform((value) => value?.trim() || undefined)
  .refine((value) => value === undefined || isAuditedRecordType(value), UNKNOWN_TYPE)
  .transform((value) => value as AuditedRecordType | undefined);

function toNotBeforeFrom(
  value: { from?: IsoDate | undefined; to?: IsoDate | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.from && value.to && value.to < value.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: TO_BEFORE_FROM });
}

export const auditSearchForm = z
  .object({
    text: optionalText('search text', 200),
    entityType: recordTypeChoice,
    action: optionalText('the action', 100),
    from: dateInput('the ‘from’ date', false),
    to: dateInput('the ‘to’ date', false),
  })
  .superRefine(toNotBeforeFrom);

export type AuditSearchInput = z.infer<typeof auditSearchForm>;

/**
 * The search form's raw fields, to parse and to put back in the form and page links; bounded well
 * past each field's limit, so too long is reported rather than quietly cut.
 */
export function auditSearchValues(query: Record<string, unknown>) {
  const text = (name: string) => (typeof query[name] === 'string' ? query[name].slice(0, 1000) : '');
  return {
    text: text('text'),
    entityType: text('entityType'),
    action: text('action'),
    from: dateFromParts(query, 'from'),
    to: dateFromParts(query, 'to'),
  };
}

export type AuditSearchValues = ReturnType<typeof auditSearchValues>;

/** GOV.UK date inputs take the error on the day box, which is where the summary link lands. */
export function dateErrorsOnDayBox(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) =>
    error.field === 'from' || error.field === 'to' ? { ...error, field: `${error.field}-day` } : error,
  );
}

/** A cursor from a page link; anything else is the first page. */
export function pageCursor(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{1,15}$/.test(value) && Number(value) > 0
    ? Number(value)
    : undefined;
}

export const auditEventSchema = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string().meta({ format: 'date-time' }),
    actorUserId: z.string().nullable(),
    actorLabel: z.string(),
    requestId: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export const auditEventsQuery = z
  .object({
    text: z.string().max(200, 'Search text must be 200 characters or fewer').optional(),
    entityType: z.enum(RECORD_TYPE_NAMES, { error: UNKNOWN_TYPE }).optional(),
    action: z.string().max(100, 'The action must be 100 characters or fewer').optional(),
    from: isoDate('the ‘from’ date').optional(),
    to: isoDate('the ‘to’ date').optional(),
    before: queryInteger('before', { min: 1, max: Number.MAX_SAFE_INTEGER }).optional(),
    limit: queryInteger('the limit', { min: 1, max: 200 }).default(50),
  })
  .superRefine(toNotBeforeFrom);

export const auditEventsPage = z.object({
  events: z.array(auditEventSchema),
  /** Pass as `before` to read the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});

export const recordParams = z.object({
  entityType: z.string().max(50),
  entityId: z.string().max(100),
});

export const chainHeadSchema = z
  .object({
    seq: z.number().int().min(0).meta({ description: 'The newest event’s seq; 0 while the trail is empty' }),
    hash: z.string().meta({ description: 'Its hash (64 hex digits)' }),
    head: z.string().meta({ description: '`SEQ:HASH`, to record and pass later as `expectHead`' }),
  })
  .meta({ id: 'AuditChainHead' });

export const chainCheckSchema = z
  .object({
    intact: z.boolean().meta({ description: 'True when there are no problems' }),
    checked: z.number().int().meta({ description: 'How many events were read' }),
    head: chainHeadSchema,
    problems: z
      .array(
        z.object({
          seq: z.number().int(),
          lastSeq: z
            .number()
            .int()
            .meta({ description: 'The last event the problem covers: a run of missing events' }),
          problem: z.enum(['missing', 'altered', 'relinked', 'head_differs']),
          message: z.string(),
        }),
      )
      .meta({ description: `Every problem, in seq order; at most ${MAX_LISTED_PROBLEMS} are listed` }),
    moreProblems: z.number().int().meta({ description: 'Problems found beyond those listed' }),
  })
  .meta({ id: 'AuditChainCheck' });

export const verifyQuery = z.object({
  expectHead: z
    .string()
    .max(100)
    .refine(
      (text) => parseHead(text) !== undefined,
      'Give the head as SEQ:HASH, as the audit head read gives it',
    )
    .optional()
    .meta({
      description:
        'A head recorded earlier (`SEQ:HASH`): the check also fails if that event is gone, has another hash, or the trail ends before it',
    }),
});
