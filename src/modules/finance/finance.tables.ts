import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { alliances } from '../alliances/alliances.tables.ts';
import { organisations } from '../organisations/organisations.tables.ts';
import { businessAreas } from '../business-areas/business-areas.tables.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull();
const money = (name: string) => bigint(name, { mode: 'number' });

/**
 * A version of a cost-sharing basis: the alliance's default (no business area) or one area's own.
 * Versions are never changed after they are made, except to close an open-ended one when the
 * next version starts; the figures each produced stay traceable to it. A version with an end date
 * that interrupts an open-ended one is followed by a copy of it that resumes the day after.
 */
export const costSharingBases = pgTable(
  'cost_sharing_bases',
  {
    id: uuid('id').primaryKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    businessAreaId: uuid('business_area_id').references(() => businessAreas.id),
    versionNumber: integer('version_number').notNull(),
    label: text('label').notNull(),
    kind: text('kind').notNull(),
    definition: jsonb('definition').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    reason: text('reason'),
    /** Set on a version that carries on an open-ended one after a shorter version interrupted it. */
    resumesVersionNumber: integer('resumes_version_number'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('cost_sharing_bases_version_unique')
      .on(t.allianceId, t.businessAreaId, t.versionNumber)
      .nullsNotDistinct(),
    check(
      'cost_sharing_bases_kind_check',
      sql`${t.kind} in ('fixed', 'budget', 'population', 'demand', 'weighted')`,
    ),
    check(
      'cost_sharing_bases_dates_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
  ],
);

/** One business area's combined costs in one financial year. */
export const financeAreaYears = pgTable(
  'finance_area_years',
  {
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id, { onDelete: 'cascade' }),
    financialYear: integer('financial_year').notNull(),
    /** The target operating model: what the combined team costs; null while not yet combined. */
    targetCostPence: money('target_cost_pence'),
    implementationCostPence: money('implementation_cost_pence').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.businessAreaId, t.financialYear] }),
    check(
      'finance_area_years_amounts_check',
      sql`(${t.targetCostPence} is null or ${t.targetCostPence} >= 0) and ${t.implementationCostPence} >= 0`,
    ),
  ],
);

/** What one force would spend on a business area's function in a year without the alliance. */
export const financeBaselines = pgTable(
  'finance_baselines',
  {
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    financialYear: integer('financial_year').notNull(),
    baselinePence: money('baseline_pence').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.businessAreaId, t.financialYear, t.organisationId] }),
    check('finance_baselines_amount_check', sql`${t.baselinePence} >= 0`),
  ],
);

/** A saving realised, with its evidence: what the benefits register counts. */
export const savingsActuals = pgTable(
  'savings_actuals',
  {
    id: uuid('id').primaryKey(),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id),
    financialYear: integer('financial_year').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    amountPence: money('amount_pence').notNull(),
    cashable: boolean('cashable').notNull(),
    evidence: text('evidence').notNull(),
    owner: text('owner').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('savings_actuals_area_idx').on(t.businessAreaId, t.financialYear)],
);

export const savingsForecasts = pgTable(
  'savings_forecasts',
  {
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id),
    financialYear: integer('financial_year').notNull(),
    amountPence: money('amount_pence').notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.businessAreaId, t.financialYear] })],
);

/** Benefits that are not cash (resilience, capability), each with a measure and an owner. */
export const financeBenefits = pgTable(
  'finance_benefits',
  {
    id: uuid('id').primaryKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    businessAreaId: uuid('business_area_id').references(() => businessAreas.id),
    title: text('title').notNull(),
    measure: text('measure').notNull(),
    baselineValue: text('baseline_value'),
    targetValue: text('target_value'),
    currentValue: text('current_value'),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('finance_benefits_alliance_idx').on(t.allianceId)],
);

/** Money the alliance put back, for example into emerging threats. */
export const financeReinvestments = pgTable(
  'finance_reinvestments',
  {
    id: uuid('id').primaryKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    businessAreaId: uuid('business_area_id').references(() => businessAreas.id),
    financialYear: integer('financial_year').notNull(),
    amountPence: money('amount_pence').notNull(),
    purpose: text('purpose').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('finance_reinvestments_alliance_idx').on(t.allianceId),
    check('finance_reinvestments_amount_check', sql`${t.amountPence} > 0`),
  ],
);

/** When a shortfall turns amber or red, as percentages of the plan: a policy of each alliance. */
export const financeSettings = pgTable(
  'finance_settings',
  {
    allianceId: uuid('alliance_id')
      .primaryKey()
      .references(() => alliances.id),
    amberBelowPercent: integer('amber_below_percent').notNull(),
    redBelowPercent: integer('red_below_percent').notNull(),
  },
  (t) => [
    check(
      'finance_settings_thresholds_check',
      sql`${t.redBelowPercent} between 0 and ${t.amberBelowPercent} and ${t.amberBelowPercent} <= 200`,
    ),
  ],
);

/** A saved what-if: candidate bases compared for one year, one of which may be adopted. */
export const financeScenarios = pgTable(
  'finance_scenarios',
  {
    id: uuid('id').primaryKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    name: text('name').notNull(),
    financialYear: integer('financial_year').notNull(),
    candidates: jsonb('candidates').notNull(),
    adoptedBasisId: uuid('adopted_basis_id').references(() => costSharingBases.id),
    createdAt: createdAt(),
  },
  (t) => [index('finance_scenarios_alliance_idx').on(t.allianceId)],
);
