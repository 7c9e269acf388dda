import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isUniqueViolation } from '../../../../platform/db/unique-violation.ts';
import { ConflictError } from '../../../../platform/errors.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { CHANGE_PORTFOLIO, THE_AREA } from '../../portfolio/business-areas.access.ts';
import { areaOrFail } from '../../portfolio/use-cases/area-changes.ts';
import * as repo from '../documents.repo.ts';

/** Two uploads of a new title at the same moment: the loser is told to try again, nothing half-stored. */
function concurrentUploadOr(error: unknown): unknown {
  return isUniqueViolation(error)
    ? new ConflictError('Someone else uploaded a document with this title at the same time. Try again.')
    : error;
}

/**
 * A file uploaded against a business case, checked (kind, size, name) before it gets here; an
 * upload under a title already used is that document's next version.
 */
export const uploadDocument = defineUseCase({
  name: 'Upload a document to a business case',
  operationId: 'uploadCaseDocument',
  summary: 'Upload a document (PDF, Word or Excel) to a business case',
  tags: ['Business areas'],
  input: z.object({
    areaId: z.uuid(),
    title: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    content: z.instanceof(Buffer),
  }),
  access: CHANGE_PORTFOLIO,
  scope: THE_AREA,
  audit: 'business_area.document-uploaded',
  run: async ({ areaId, ...file }, { tx, change }) => {
    try {
      const area = await areaOrFail(tx, areaId);
      const existing = await repo.findDocumentByTitle(tx, areaId, file.title);
      const documentId = existing?.id ?? crypto.randomUUID();
      if (!existing) {
        await repo.insertDocument(tx, {
          id: documentId,
          businessAreaId: areaId,
          title: file.title,
          now: change.now,
        });
      }
      const version: repo.NewVersion = {
        id: crypto.randomUUID(),
        documentId,
        versionNumber: (await repo.latestVersionNumber(tx, documentId)) + 1,
        filename: file.filename,
        mediaType: file.mediaType,
        sizeBytes: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
        uploadedByUserId: change.actor.userId,
        uploadedByLabel: change.actor.label,
        uploadedAt: change.now,
      };
      await repo.insertVersion(tx, version);
      const { content: _content, ...summary } = version;
      const title = existing?.title ?? file.title;
      await recordAudit(tx, change, {
        entityType: 'business_area',
        entityId: areaId,
        summary: `Uploaded “${title}” version ${version.versionNumber} (${file.filename}) to ${area.name}`,
        after: { title, ...summary },
      });
      return summary;
    } catch (error) {
      throw concurrentUploadOr(error);
    }
  },
});
