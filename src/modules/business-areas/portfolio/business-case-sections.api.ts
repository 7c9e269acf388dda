import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { CHANGE_PORTFOLIO, THE_AREA } from './business-areas.access.ts';
import { idParams } from './business-areas.schemas.ts';
import {
  SECTION_DEFINITIONS,
  SECTION_STATUS_LABELS,
  caseProgress,
  type CaseSection,
} from './business-case-sections.domain.ts';
import { sectionName } from './business-case-sections.pages.ts';
import { caseSchema, sectionBody, sectionParams, sectionSchema } from './business-case-sections.schemas.ts';
import { createCaseSectionsService } from './business-case-sections.service.ts';
import { registerDocumentsApi } from '../documents/documents.api.ts';

const tags = ['Business areas'];
const AREAS = `${API_PREFIX}/business-areas`;

function sectionJson(section: CaseSection): z.infer<typeof sectionSchema> {
  return {
    section: section.section,
    title: SECTION_DEFINITIONS[section.section].title,
    body: section.body,
    owner: section.owner,
    status: section.status,
    statusLabel: SECTION_STATUS_LABELS[section.status],
    version: section.version,
    updatedAt: section.updatedAt?.toISOString() ?? null,
  };
}

/** The five case model sections of each business case, and the documents uploaded against it. */
export function registerCaseApi(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const sections = createCaseSectionsService(deps);
  const areaId = (id: string) => requireUuid(id, 'business area');

  api.get(`${AREAS}/:id/case`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getBusinessCase',
      summary: 'The five sections of the business case with their status',
      params: idParams,
      response: { 200: caseSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const found = await sections.sections(areaId(request.params.id));
      return {
        businessAreaId: found.area.id,
        ...caseProgress(found.sections),
        sections: found.sections.map(sectionJson),
      };
    },
  });

  api.get(`${AREAS}/:id/case/:section`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getBusinessCaseSection',
      summary: 'One section: strategic, economic, commercial, financial or management',
      params: sectionParams,
      response: { 200: sectionSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const name = sectionName(request.params.section);
      return sectionJson((await sections.section(areaId(request.params.id), name)).section);
    },
  });

  api.put(`${AREAS}/:id/case/:section`, {
    config: { access: CHANGE_PORTFOLIO, scope: THE_AREA, audit: 'business_area.case-section-saved' },
    schema: {
      tags,
      operationId: 'saveBusinessCaseSection',
      summary:
        'Save a section (send the version you read, 0 if never saved; a stale one is refused with 409)',
      params: sectionParams,
      body: sectionBody,
      response: { 200: sectionSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const name = sectionName(request.params.section);
      const input = { ...request.body, owner: request.body.owner ?? undefined };
      return sectionJson(
        await sections.save(changeContext(request, deps.clock), areaId(request.params.id), name, input),
      );
    },
  });

  registerDocumentsApi(app, deps);
}
