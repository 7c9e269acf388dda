import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import * as areas from './business-areas.repo.ts';
import type { BusinessArea } from './business-areas.domain.ts';
import * as repo from './business-case-sections.repo.ts';
import {
  SECTION_DEFINITIONS,
  SECTION_STATUS_LABELS,
  allSections,
  emptySection,
  type CaseSection,
  type Section,
  type SectionStatus,
} from './business-case-sections.domain.ts';

export interface SectionInput {
  readonly body: string;
  readonly owner?: string | undefined;
  readonly status: SectionStatus;
  readonly version: number;
}

async function areaOrFail(db: Db, id: string): Promise<BusinessArea> {
  const area = await areas.findArea(db, id);
  if (!area) throw new NotFoundError('Business area not found');
  return area;
}

async function sectionOf(db: Db, areaId: string, section: Section): Promise<CaseSection> {
  const stored = await repo.sectionsOf(db, areaId);
  return stored.find((s) => s.section === section) ?? emptySection(section);
}

/** The five sections of each area's business case: text, owner and status, each with its own version. */
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

  async function save(
    context: ChangeContext,
    areaId: string,
    name: Section,
    input: SectionInput,
  ): Promise<CaseSection> {
    return db.transaction(async (tx) => {
      const area = await areaOrFail(tx, areaId);
      const before = await sectionOf(tx, areaId, name);
      const title = SECTION_DEFINITIONS[name].title.toLowerCase();
      const changed = new ConflictError(
        `The ${title} of ${area.name} was changed by someone else while you were editing. Your changes have not been saved.`,
      );
      if (before.version !== input.version) throw changed;
      const values = { body: input.body, owner: input.owner ?? null, status: input.status };
      if (!(await repo.saveSection(tx, areaId, name, input.version, values, context.now))) throw changed;
      const after = await sectionOf(tx, areaId, name);
      await recordAudit(tx, context, {
        entityType: 'business_area',
        entityId: areaId,
        summary: `Saved the ${title} of ${area.name} (${SECTION_STATUS_LABELS[input.status].toLowerCase()})`,
        before: before.version === 0 ? undefined : before,
        after,
      });
      return after;
    });
  }

  return { sections, section, save };
}

export type CaseSectionsService = ReturnType<typeof createCaseSectionsService>;
