import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { alliances } from '../alliances/alliances.tables.ts';
import { businessAreas } from '../business-areas/business-areas.tables.ts';
import { costSharingBases } from '../finance/finance.tables.ts';
import { officeHolders, organisations } from '../organisations/organisations.tables.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull();

/** An agreement's identity and state; what it says is in its versions. */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    kind: text('kind').notNull(),
    commencement: date('commencement', { mode: 'string' }).notNull(),
    state: text('state').notNull(),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('agreements_register_order_idx').on(t.allianceId, t.commencement, t.id),
    check('agreements_kind_check', sql`${t.kind} in ('overarching', 'section_22a', 'other')`),
    check(
      'agreements_state_check',
      sql`${t.state} in ('draft', 'signing', 'in_force', 'under_review', 'varied', 'terminated')`,
    ),
  ],
);

/** The corporation soles bound by an agreement: an office of an organisation, whoever holds it. */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    office: text('office').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.organisationId, t.office] })],
);

/** Version 1 is the agreement as made; each later one a variation, replacing it from its date. */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    variationReason: text('variation_reason'),
    title: text('title').notNull(),
    objective: text('objective').notNull(),
    functions: text('functions').notNull(),
    providesForOfficers: boolean('provides_for_officers').notNull(),
    costSharingBasisId: uuid('cost_sharing_basis_id').references(() => costSharingBases.id),
    hostOrganisationId: uuid('host_organisation_id').references(() => organisations.id),
    directionAndControlOrganisationId: uuid('direction_and_control_organisation_id').references(
      () => organisations.id,
    ),
    reviewDate: date('review_date', { mode: 'string' }),
    noticeMonths: integer('notice_months').notNull(),
    exitContributionMonths: integer('exit_contribution_months').notNull(),
    insuranceAndLiabilities: text('insurance_and_liabilities').notNull(),
    disputeResolution: text('dispute_resolution').notNull(),
    operationallySensitive: boolean('operationally_sensitive').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('agreement_versions_number_unique').on(t.agreementId, t.versionNumber),
    unique('agreement_versions_from_unique').on(t.agreementId, t.effectiveFrom),
    check(
      'agreement_versions_dates_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
    check(
      'agreement_versions_notice_check',
      sql`${t.noticeMonths} >= 0 and ${t.exitContributionMonths} >= 0`,
    ),
  ],
);

export const agreementVersionAreas = pgTable(
  'agreement_version_areas',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => agreementVersions.id, { onDelete: 'cascade' }),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.businessAreaId] })],
);

/** One party's signature of one version, and the term of office it was checked against. */
export const agreementSignatures = pgTable(
  'agreement_signatures',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => agreementVersions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    office: text('office').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    signedAs: text('signed_as').notNull(),
    signatoryName: text('signatory_name').notNull(),
    delegateRole: text('delegate_role'),
    officeHolderId: uuid('office_holder_id')
      .notNull()
      .references(() => officeHolders.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.organisationId, t.office] }),
    check('agreement_signatures_as_check', sql`${t.signedAs} in ('office_holder', 'delegate')`),
  ],
);

/** The workflow's history of moves (ADR 0017: each workflow beside its record). */
export const agreementMoves = pgTable(
  'agreement_moves',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    mover: text('mover').notNull(),
    reason: text('reason'),
    movedByUserId: uuid('moved_by_user_id'),
    movedByLabel: text('moved_by_label').notNull(),
    movedAt: timestamp('moved_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('agreement_moves_agreement_idx').on(t.agreementId, t.movedAt)],
);
