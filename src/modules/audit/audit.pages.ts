import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { formErrors, parseForm } from '../../platform/http/forms.ts';
import {
  AUDITED_RECORD_TYPES,
  canSeeTimeline,
  changedFields,
  isAuditedRecordType,
  londonDayRange,
  recordNameFrom,
  type StoredAuditEvent,
} from './audit.domain.ts';
import {
  auditSearchForm,
  auditSearchValues,
  dateErrorsOnDayBox,
  pageCursor,
  type AuditSearchValues,
} from './audit.schemas.ts';
import { auditHead, recordHistory, searchAuditTrail } from './audit.service.ts';
import { formatHead } from './audit-chain.domain.ts';

const SEARCH_PAGE_SIZE = 50;

const recordTypeChoices = Object.entries(AUDITED_RECORD_TYPES).map(([value, text]) => ({ value, text }));

export function registerAuditPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(
    '/audit',
    { config: { access: { anyOf: ['auditor'] }, scope: 'unscoped-only' } },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const values = auditSearchValues(query);
      const form = parseForm(auditSearchForm, values);
      const head = await auditHead(deps.db);
      const view = {
        pageTitle: 'Audit trail',
        values,
        recordTypeChoices,
        head: { seq: head.seq, text: formatHead(head) },
      };
      if (!form.ok) {
        const errors = formErrors(dateErrorsOnDayBox(form.errors));
        return reply.render('audit/views/search.njk', { ...view, errors }, 400);
      }
      const { from, to } = londonDayRange(form.value.from, form.value.to);
      const page = await searchAuditTrail(
        deps.db,
        { text: form.value.text, entityType: form.value.entityType, action: form.value.action, from, to },
        { before: pageCursor(query.before), after: pageCursor(query.after), limit: SEARCH_PAGE_SIZE },
      );
      return reply.render('audit/views/search.njk', {
        ...view,
        rows: page.events.map(searchRow),
        pagination: pagination(values, page.newerAfter, page.olderBefore),
      });
    },
  );

  app.get<{ Params: { entityType: string; entityId: string } }>(
    '/audit/:entityType/:entityId',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { entityType } = request.params;
      if (!isAuditedRecordType(entityType)) throw new NotFoundError('There is no such kind of record');
      const entityId = requireUuid(request.params.entityId, 'record');
      if (!canSeeTimeline(viewer(request), entityType, entityId)) throw new ForbiddenError();
      const events = await recordHistory(deps.db, entityType, entityId);
      const recordName = recordNameFrom(events) ?? entityId;
      return reply.render('audit/views/timeline.njk', {
        pageTitle: `History of ${recordName}`,
        typeLabel: AUDITED_RECORD_TYPES[entityType],
        recordName,
        entries: events.map(timelineEntry),
      });
    },
  );
}

function viewer(request: FastifyRequest) {
  const principal = request.principal;
  if (!principal) throw new ForbiddenError();
  return principal;
}

function timelineEntry(event: StoredAuditEvent) {
  return {
    seq: event.seq,
    summary: event.summary,
    actorLabel: event.actorLabel,
    requestId: event.requestId,
    action: event.action,
    occurredAt: event.occurredAt.toISOString(),
    changes: changedFields(event.before, event.after),
  };
}

function searchRow(event: StoredAuditEvent) {
  return {
    seq: event.seq,
    occurredAt: event.occurredAt,
    actorLabel: event.actorLabel,
    action: event.action,
    summary: event.summary,
    recordType: isAuditedRecordType(event.entityType)
      ? AUDITED_RECORD_TYPES[event.entityType]
      : event.entityType,
    href: isAuditedRecordType(event.entityType)
      ? `/audit/${event.entityType}/${encodeURIComponent(event.entityId)}`
      : undefined,
  };
}

function pagination(values: AuditSearchValues, newerAfter?: number, olderBefore?: number) {
  if (newerAfter === undefined && olderBefore === undefined) return undefined;
  return {
    landmarkLabel: 'Pages of audit events',
    ...(newerAfter === undefined ? {} : { previous: { href: pageHref(values, 'after', newerAfter) } }),
    ...(olderBefore === undefined ? {} : { next: { href: pageHref(values, 'before', olderBefore) } }),
  };
}

/** The same search, one page newer or older. */
function pageHref(values: AuditSearchValues, cursor: 'before' | 'after', seq: number): string {
  const params = new URLSearchParams();
  for (const name of ['text', 'entityType', 'action'] as const)
    if (values[name]) params.set(name, values[name]);
  for (const name of ['from', 'to'] as const) {
    for (const part of ['day', 'month', 'year'] as const) {
      if (values[name][part]) params.set(`${name}-${part}`, values[name][part]);
    }
  }
  params.set(cursor, String(seq));
  return `/audit?${params.toString()}`;
}
