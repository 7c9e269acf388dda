import { createHash } from 'node:crypto';
import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import * as areas from '../portfolio/business-areas.repo.ts';
import type { BusinessArea } from '../portfolio/business-areas.domain.ts';
import * as repo from './documents.repo.ts';

export interface Upload {
  readonly title: string;
  readonly filename: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

async function areaOrFail(db: Db, id: string): Promise<BusinessArea> {
  const area = await areas.findArea(db, id);
  if (!area) throw new NotFoundError('Business area not found');
  return area;
}

/** Two uploads of a new title at the same moment: the loser is told to try again, nothing half-stored. */
function concurrentUploadOr(error: unknown): unknown {
  const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return code === '23505'
    ? new ConflictError('Someone else uploaded a document with this title at the same time. Try again.')
    : error;
}

/** Documents of a business case. A file is checked before it gets here; each upload is a new version. */
export function createDocumentsService(deps: { readonly db: Db; readonly clock: Clock }) {
  const { db } = deps;

  async function list(areaId: string): Promise<{ area: BusinessArea; documents: repo.CaseDocument[] }> {
    const area = await areaOrFail(db, areaId);
    return { area, documents: await repo.documentsOf(db, areaId) };
  }

  async function upload(
    context: ChangeContext,
    areaId: string,
    file: Upload,
  ): Promise<repo.DocumentVersionSummary> {
    try {
      return await db.transaction(async (tx) => {
        const area = await areaOrFail(tx, areaId);
        const existing = await repo.findDocumentByTitle(tx, areaId, file.title);
        const documentId = existing?.id ?? crypto.randomUUID();
        if (!existing) {
          await repo.insertDocument(tx, {
            id: documentId,
            businessAreaId: areaId,
            title: file.title,
            now: context.now,
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
          uploadedByUserId: context.actor.userId,
          uploadedByLabel: context.actor.label,
          uploadedAt: context.now,
        };
        await repo.insertVersion(tx, version);
        const { content: _content, ...summary } = version;
        const title = existing?.title ?? file.title;
        await recordAudit(tx, context, {
          entityType: 'business_area',
          entityId: areaId,
          summary: `Uploaded “${title}” version ${version.versionNumber} (${file.filename}) to ${area.name}`,
          after: { title, ...summary },
        });
        return summary;
      });
    } catch (error) {
      throw concurrentUploadOr(error);
    }
  }

  async function file(versionId: string): Promise<repo.StoredFile> {
    const found = await repo.findFile(db, versionId);
    if (!found) throw new NotFoundError('There is no such document');
    return found;
  }

  return { list, upload, file };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
