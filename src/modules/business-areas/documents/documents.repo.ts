import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { businessCaseDocuments, documentVersions } from '../business-areas.tables.ts';

export interface DocumentVersionSummary {
  readonly id: string;
  readonly documentId: string;
  readonly versionNumber: number;
  readonly filename: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedByLabel: string;
  readonly uploadedAt: Date;
}

export interface CaseDocument {
  readonly id: string;
  readonly title: string;
  readonly createdAt: Date;
  /** Newest first. */
  readonly versions: readonly DocumentVersionSummary[];
}

export interface StoredFile extends DocumentVersionSummary {
  readonly businessAreaId: string;
  readonly title: string;
  readonly content: Buffer;
}

export interface NewVersion {
  readonly id: string;
  readonly documentId: string;
  readonly versionNumber: number;
  readonly filename: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly content: Buffer;
  readonly uploadedByUserId: string | null;
  readonly uploadedByLabel: string;
  readonly uploadedAt: Date;
}

const summaryColumns = {
  id: documentVersions.id,
  documentId: documentVersions.documentId,
  versionNumber: documentVersions.versionNumber,
  filename: documentVersions.filename,
  mediaType: documentVersions.mediaType,
  sizeBytes: documentVersions.sizeBytes,
  sha256: documentVersions.sha256,
  uploadedByLabel: documentVersions.uploadedByLabel,
  uploadedAt: documentVersions.uploadedAt,
};

/** Every document of an area by title, each with its versions but without their contents. */
export async function documentsOf(db: Db, businessAreaId: string): Promise<CaseDocument[]> {
  const documents = await db
    .select()
    .from(businessCaseDocuments)
    .where(eq(businessCaseDocuments.businessAreaId, businessAreaId))
    .orderBy(asc(sql`lower(${businessCaseDocuments.title})`));
  if (documents.length === 0) return [];
  const versions = await db
    .select(summaryColumns)
    .from(documentVersions)
    .innerJoin(businessCaseDocuments, eq(businessCaseDocuments.id, documentVersions.documentId))
    .where(eq(businessCaseDocuments.businessAreaId, businessAreaId))
    .orderBy(desc(documentVersions.versionNumber));
  return documents.map((document) => ({
    id: document.id,
    title: document.title,
    createdAt: document.createdAt,
    versions: versions.filter((version) => version.documentId === document.id),
  }));
}

/** Titles match whatever their case, so "Strategic case" and "strategic case" are one document. */
export async function findDocumentByTitle(
  db: Db,
  businessAreaId: string,
  title: string,
): Promise<{ id: string; title: string } | undefined> {
  const [row] = await db
    .select({ id: businessCaseDocuments.id, title: businessCaseDocuments.title })
    .from(businessCaseDocuments)
    .where(
      and(
        eq(businessCaseDocuments.businessAreaId, businessAreaId),
        sql`lower(${businessCaseDocuments.title}) = lower(${title})`,
      ),
    );
  return row;
}

export async function insertDocument(
  db: Db,
  document: { id: string; businessAreaId: string; title: string; now: Date },
): Promise<void> {
  const { now, ...values } = document;
  await db.insert(businessCaseDocuments).values({ ...values, createdAt: now });
}

export async function latestVersionNumber(db: Db, documentId: string): Promise<number> {
  const [row] = await db
    .select({ latest: sql<number>`coalesce(max(${documentVersions.versionNumber}), 0)` })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId));
  return Number(row?.latest ?? 0);
}

export async function insertVersion(db: Db, version: NewVersion): Promise<void> {
  await db.insert(documentVersions).values(version);
}

export async function findFile(db: Db, versionId: string): Promise<StoredFile | undefined> {
  const [row] = await db
    .select({
      ...summaryColumns,
      content: documentVersions.content,
      businessAreaId: businessCaseDocuments.businessAreaId,
      title: businessCaseDocuments.title,
    })
    .from(documentVersions)
    .innerJoin(businessCaseDocuments, eq(businessCaseDocuments.id, documentVersions.documentId))
    .where(eq(documentVersions.id, versionId));
  return row;
}
