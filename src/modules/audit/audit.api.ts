import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { isAuditedRecordType, londonDayRange, type StoredAuditEvent } from './audit.domain.ts';
import {
  auditEventSchema,
  auditEventsPage,
  auditEventsQuery,
  chainCheckSchema,
  recordParams,
} from './audit.schemas.ts';
import { recordHistory, searchAuditTrail, verifyAuditChain } from './audit.service.ts';

const READERS = { access: { anyOf: ['auditor'] }, scope: 'unscoped-only' } as const;
const TAGS = ['Audit'];

export function registerAuditApi(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    `${API_PREFIX}/audit/events`,
    {
      config: READERS,
      schema: {
        tags: TAGS,
        summary: 'Search the audit trail, newest first',
        description:
          'Filters combine. `from` and `to` are UK calendar dates, both included. Page with `before`: pass the `nextBefore` of the previous answer.',
        querystring: auditEventsQuery,
        response: { 200: auditEventsPage, ...standardErrorResponses },
      },
    },
    async (request) => {
      const { text, entityType, action, before, limit } = request.query;
      const { from, to } = londonDayRange(request.query.from, request.query.to);
      const page = await searchAuditTrail(deps.db, { text, entityType, action, from, to }, { before, limit });
      return { events: page.events.map(eventJson), nextBefore: page.olderBefore ?? null };
    },
  );

  api.get(
    `${API_PREFIX}/audit/events/:entityType/:entityId`,
    {
      config: READERS,
      schema: {
        tags: TAGS,
        summary: 'Every event of one record, newest first',
        params: recordParams,
        response: { 200: z.object({ events: z.array(auditEventSchema) }), ...standardErrorResponses },
      },
    },
    async (request) => {
      const { entityType } = request.params;
      if (!isAuditedRecordType(entityType)) throw new NotFoundError('There is no such kind of record');
      const entityId = requireUuid(request.params.entityId, 'record');
      return { events: (await recordHistory(deps.db, entityType, entityId)).map(eventJson) };
    },
  );

  api.get(
    `${API_PREFIX}/audit/verify`,
    {
      config: READERS,
      schema: {
        tags: TAGS,
        summary: 'Check the hash chain of the whole audit trail',
        description:
          'Answers `intact: true` with the number of events checked, or the seq of the first event that is missing, altered or relinked.',
        response: { 200: chainCheckSchema, ...standardErrorResponses },
      },
    },
    async () => verifyAuditChain(deps.db),
  );
}

function eventJson(event: StoredAuditEvent): z.infer<typeof auditEventSchema> {
  return { ...event, occurredAt: event.occurredAt.toISOString() };
}
