import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import * as areas from '../portfolio/business-areas.repo.ts';
import type { BusinessArea } from '../portfolio/business-areas.domain.ts';
import * as repo from './documents.repo.ts';

async function areaOrFail(db: Db, id: string): Promise<BusinessArea> {
  const area = await areas.findArea(db, id);
  if (!area) throw new NotFoundError('Business area not found');
  return area;
}

/** Documents of a business case as they are read; an upload is the use case `upload-document`. */
export function createDocumentsService(deps: { readonly db: Db; readonly clock: Clock }) {
  const { db } = deps;

  async function list(areaId: string): Promise<{ area: BusinessArea; documents: repo.CaseDocument[] }> {
    const area = await areaOrFail(db, areaId);
    return { area, documents: await repo.documentsOf(db, areaId) };
  }

  async function file(versionId: string): Promise<repo.StoredFile> {
    const found = await repo.findFile(db, versionId);
    if (!found) throw new NotFoundError('There is no such document');
    return found;
  }

  return { list, file };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
