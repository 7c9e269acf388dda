import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import * as areas from './business-areas.repo.ts';
import type { BusinessArea } from './business-areas.domain.ts';
import * as repo from './business-case-sections.repo.ts';
import {
  allSections,
  emptySection,
  type CaseSection,
  type Section,
} from './business-case-sections.domain.ts';

async function areaOrFail(db: Db, id: string): Promise<BusinessArea> {
  const area = await areas.findArea(db, id);
  if (!area) throw new NotFoundError('Business area not found');
  return area;
}

export async function sectionOf(db: Db, areaId: string, section: Section): Promise<CaseSection> {
  const stored = await repo.sectionsOf(db, areaId);
  return stored.find((s) => s.section === section) ?? emptySection(section);
}

/** The five sections of each area's business case (text, owner and status) as they are read. */
export function createCaseSectionsService(deps: { readonly db: Db; readonly clock: Clock }) {
  const { db } = deps;

  async function sections(areaId: string): Promise<{ area: BusinessArea; sections: CaseSection[] }> {
    const area = await areaOrFail(db, areaId);
    return { area, sections: allSections(await repo.sectionsOf(db, areaId)) };
  }

  async function section(
    areaId: string,
    name: Section,
  ): Promise<{ area: BusinessArea; section: CaseSection }> {
    const area = await areaOrFail(db, areaId);
    return { area, section: await sectionOf(db, areaId, name) };
  }

  return { sections, section };
}

export type CaseSectionsService = ReturnType<typeof createCaseSectionsService>;
