import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';

/** The Devon & Cornwall and Dorset alliance as the source documents describe it in March 2016. */
export async function loadDemoAlliance(db: Db, context: ChangeContext): Promise<void> {
  void db;
  void context;
}
