import { count, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { officeHolders, organisationBudgets, organisations } from './organisations.tables.ts';

/** Row counts of everything a change here could write: equal before and after means nothing was saved. */
export async function savedState(db: Db) {
  const rows = async (table: typeof organisations | typeof officeHolders | typeof organisationBudgets) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const [latest] = await db
    .select({ seq: sql<number>`coalesce(max(${auditEvents.seq}), 0)` })
    .from(auditEvents);
  return {
    organisations: await rows(organisations),
    officeHolders: await rows(officeHolders),
    budgets: await rows(organisationBudgets),
    lastAuditSeq: Number(latest?.seq ?? 0),
  };
}

export async function auditEventsFor(db: Db, entityId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.entityType} = 'organisation' and ${auditEvents.entityId} = ${entityId}`)
    .orderBy(auditEvents.seq);
}

export const DORSET_FORM = {
  kind: 'police_force',
  name: 'Dorset Police',
  shortName: 'Dorset',
  region: 'South West',
  population: '750,000',
  populationYear: '2015',
  notes: '',
};
