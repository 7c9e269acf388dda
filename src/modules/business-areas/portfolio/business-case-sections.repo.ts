import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { CaseSection, Section, SectionStatus } from './business-case-sections.domain.ts';
import { businessCaseSections } from '../business-areas.tables.ts';

export interface SectionValues {
  readonly body: string;
  readonly owner: string | null;
  readonly status: SectionStatus;
}

function toSection(row: typeof businessCaseSections.$inferSelect): CaseSection {
  return {
    section: row.section as Section,
    body: row.body,
    owner: row.owner,
    status: row.status as SectionStatus,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export async function sectionsOf(db: Db, businessAreaId: string): Promise<CaseSection[]> {
  const rows = await db
    .select()
    .from(businessCaseSections)
    .where(eq(businessCaseSections.businessAreaId, businessAreaId));
  return rows.map(toSection);
}

/**
 * Saves a section if nobody else saved it since `version` was read (0: never saved); returns false
 * when they had. The first save of a section inserts it, and only one of two first saves can.
 */
export async function saveSection(
  db: Db,
  businessAreaId: string,
  section: Section,
  version: number,
  values: SectionValues,
  now: Date,
): Promise<boolean> {
  if (version === 0) {
    const inserted = await db
      .insert(businessCaseSections)
      .values({ businessAreaId, section, ...values, version: 1, updatedAt: now })
      .onConflictDoNothing()
      .returning({ section: businessCaseSections.section });
    return inserted.length === 1;
  }
  const updated = await db
    .update(businessCaseSections)
    .set({ ...values, version: version + 1, updatedAt: now })
    .where(
      and(
        eq(businessCaseSections.businessAreaId, businessAreaId),
        eq(businessCaseSections.section, section),
        eq(businessCaseSections.version, version),
      ),
    )
    .returning({ section: businessCaseSections.section });
  return updated.length === 1;
}
