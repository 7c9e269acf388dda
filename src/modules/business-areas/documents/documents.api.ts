import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { idParams } from '../portfolio/business-areas.schemas.ts';
import { createDocumentsService } from './documents.service.ts';

const versionSchema = z.object({
  id: z.string(),
  versionNumber: z.number().int(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  downloadUrl: z.string().meta({ description: 'Signed-in download of this version' }),
});

const documentsSchema = z.object({
  businessAreaId: z.string(),
  documents: z.array(
    z
      .object({
        id: z.string(),
        title: z.string(),
        createdAt: z.string(),
        versions: z.array(versionSchema).meta({ description: 'Newest first' }),
      })
      .meta({ id: 'CaseDocument' }),
  ),
});

export function registerDocumentsApi(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const documents = createDocumentsService(deps);

  api.get(`${API_PREFIX}/business-areas/:id/documents`, {
    config: { access: 'signed-in' },
    schema: {
      tags: ['Business areas'],
      operationId: 'listCaseDocuments',
      summary: 'Documents uploaded against the business case, each with all its versions',
      params: idParams,
      response: { 200: documentsSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const found = await documents.list(requireUuid(request.params.id, 'business area'));
      return {
        businessAreaId: found.area.id,
        documents: found.documents.map((document) => ({
          id: document.id,
          title: document.title,
          createdAt: document.createdAt.toISOString(),
          versions: document.versions.map((version) => ({
            id: version.id,
            versionNumber: version.versionNumber,
            filename: version.filename,
            mediaType: version.mediaType,
            sizeBytes: version.sizeBytes,
            sha256: version.sha256,
            uploadedBy: version.uploadedByLabel,
            uploadedAt: version.uploadedAt.toISOString(),
            downloadUrl: `/documents/${version.id}/download`,
          })),
        })),
      };
    },
  });
}
