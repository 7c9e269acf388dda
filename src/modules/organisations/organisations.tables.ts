import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull().unique(),
    shortName: text('short_name').notNull(),
    region: text('region'),
    population: integer('population'),
    populationYear: integer('population_year'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check(
      'organisations_kind_check',
      sql`${t.kind} in ('police_force', 'policing_body', 'fire_and_rescue_authority', 'other')`,
    ),
    check('organisations_population_check', sql`${t.population} is null or ${t.population} >= 0`),
  ],
);

export const officeHolders = pgTable(
  'office_holders',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    office: text('office').notNull(),
    holderName: text('holder_name').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('office_holders_organisation_idx').on(t.organisationId),
    check('office_holders_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

export const organisationBudgets = pgTable(
  'organisation_budgets',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    financialYear: integer('financial_year').notNull(),
    netRevenueBudgetPence: bigint('net_revenue_budget_pence', { mode: 'number' }).notNull(),
    source: text('source'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.financialYear] }),
    check('organisation_budgets_amount_check', sql`${t.netRevenueBudgetPence} >= 0`),
  ],
);
