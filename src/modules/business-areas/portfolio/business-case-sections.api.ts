import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { apiRoute, NO_PART } from '../../../platform/usecase/api-route.ts';
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
import { PORTFOLIO_TAGS } from './use-cases/area-changes.ts';
import { saveCaseSection } from './use-cases/save-case-section.ts';
import { registerDocumentsApi } from '../documents/documents.api.ts';

const tags = PORTFOLIO_TAGS;
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

  apiRoute(app, deps, saveCaseSection, {
    method: 'PUT',
    url: `${AREAS}/:id/case/:section`,
    params: sectionParams,
    body: sectionBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...body,
      owner: body.owner ?? undefined,
      section: sectionName(params.section),
      areaId: areaId(params.id),
    }),
    response: { status: 200, schema: sectionSchema, send: sectionJson },
  });

  registerDocumentsApi(app, deps);
}
