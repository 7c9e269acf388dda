import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { isAuditedRecordType, londonDayRange, type StoredAuditEvent } from './audit.domain.ts';
import {
  auditEventSchema,
  auditEventsPage,
  auditEventsQuery,
  chainCheckSchema,
  chainHeadSchema,
  recordParams,
  verifyQuery,
} from './audit.schemas.ts';
import { auditHead, recordHistory, searchAuditTrail, verifyAuditChain } from './audit.service.ts';
import {
  describeProblem,
  formatHead,
  parseHead,
  type ChainCheck,
  type ChainHead,
} from './audit-chain.domain.ts';

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
        operationId: 'searchAuditEvents',
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
        operationId: 'listRecordAuditEvents',
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
        operationId: 'verifyAuditChain',
        summary: 'Check the hash chain of the whole audit trail',
        description:
          'Reads every event and lists every problem: events missing, altered or relinked, and, given a recorded head, events removed after it. Answers the head read, to record for the next check.',
        querystring: verifyQuery,
        response: { 200: chainCheckSchema, ...standardErrorResponses },
      },
    },
    async (request) => {
      const expected = request.query.expectHead;
      return checkJson(
        await verifyAuditChain(deps.db, { expectHead: expected ? parseHead(expected) : undefined }),
      );
    },
  );

  api.get(
    `${API_PREFIX}/audit/head`,
    {
      config: READERS,
      schema: {
        tags: TAGS,
        operationId: 'getAuditChainHead',
        summary: 'The newest event of the audit trail, to record',
        description:
          'Publish or record `head` (for example in a board pack): a later check with `expectHead` then shows whether any event up to it was removed.',
        response: { 200: chainHeadSchema, ...standardErrorResponses },
      },
    },
    async () => headJson(await auditHead(deps.db)),
  );
}

function headJson(head: ChainHead): z.infer<typeof chainHeadSchema> {
  return { ...head, head: formatHead(head) };
}

function checkJson(check: ChainCheck): z.infer<typeof chainCheckSchema> {
  return {
    ...check,
    head: headJson(check.head),
    problems: check.problems.map((problem) => ({ ...problem, message: describeProblem(problem) })),
  };
}

function eventJson(event: StoredAuditEvent): z.infer<typeof auditEventSchema> {
  return { ...event, occurredAt: event.occurredAt.toISOString() };
}
