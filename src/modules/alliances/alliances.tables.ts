import {
  bigint,
  check,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from '../organisations/organisations.tables.ts';

export const alliances = pgTable(
  'alliances',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull().unique(),
    shortName: text('short_name').notNull(),
    description: text('description'),
    status: text('status').notNull(),
    formedOn: date('formed_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    savingsTargetPence: bigint('savings_target_pence', { mode: 'number' }),
    savingsTargetYear: integer('savings_target_year'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('alliances_status_check', sql`${t.status} in ('proposed', 'active', 'ending', 'ended')`),
    check('alliances_target_check', sql`${t.savingsTargetPence} is null or ${t.savingsTargetPence} >= 0`),
  ],
);

export const allianceMembers = pgTable(
  'alliance_members',
  {
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    joinedOn: date('joined_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.allianceId, t.organisationId] })],
);
