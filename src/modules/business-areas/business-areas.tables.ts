import {
  bigint,
  boolean,
  check,
  customType,
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
import { organisations } from '../organisations/organisations.tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull();

export const businessAreas = pgTable(
  'business_areas',
  {
    id: uuid('id').primaryKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    name: text('name').notNull(),
    functionGroup: text('function_group').notNull(),
    inScope: boolean('in_scope').notNull().default(true),
    exclusionReason: text('exclusion_reason'),
    /** The force whose chief constable has direction and control of the combined team (s22A, s88). */
    hostOrganisationId: uuid('host_organisation_id').references(() => organisations.id),
    seniorResponsibleOfficer: text('senior_responsible_officer'),
    leadName: text('lead_name'),
    description: text('description'),
    stage: text('stage').notNull(),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true, mode: 'date' }).notNull(),
    confidence: text('confidence'),
    confidenceCommentary: text('confidence_commentary'),
    confidenceAssessedOn: date('confidence_assessed_on', { mode: 'string' }),
    submission: integer('submission').notNull().default(1), // a return, move back or deferral starts the next
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('business_areas_alliance_name_unique').on(t.allianceId, t.name),
    index('business_areas_alliance_stage_idx').on(t.allianceId, t.stage),
    // The portfolio's name order and the API's keyset cursor, (lower(name), id), within one alliance.
    index('business_areas_alliance_name_order_idx').on(t.allianceId, sql`lower(${t.name})`, t.id),
    check('business_areas_function_group_check', sql`${t.functionGroup} in ('support', 'operational')`),
    check(
      'business_areas_confidence_check',
      sql`${t.confidence} is null or ${t.confidence} in ('green', 'amber_green', 'amber', 'amber_red', 'red')`,
    ),
  ],
);

/** What each force spends and employs on the function before the alliance. */
export const businessAreaBaselines = pgTable(
  'business_area_baselines',
  {
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    budgetPence: bigint('budget_pence', { mode: 'number' }).notNull(),
    officers: integer('officers').notNull().default(0),
    staff: integer('staff').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.businessAreaId, t.organisationId] }),
    check(
      'business_area_baselines_check',
      sql`${t.budgetPence} >= 0 and ${t.officers} >= 0 and ${t.staff} >= 0`,
    ),
  ],
);

/** HM Treasury five case model: strategic, economic, commercial, financial, management. */
export const businessCaseSections = pgTable(
  'business_case_sections',
  {
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id, { onDelete: 'cascade' }),
    section: text('section').notNull(),
    body: text('body').notNull().default(''),
    owner: text('owner'),
    status: text('status').notNull().default('not_started'),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessAreaId, t.section] }),
    check(
      'business_case_sections_section_check',
      sql`${t.section} in ('strategic', 'economic', 'commercial', 'financial', 'management')`,
    ),
    check(
      'business_case_sections_status_check',
      sql`${t.status} in ('not_started', 'in_progress', 'completed')`,
    ),
  ],
);

export const businessCaseDocuments = pgTable(
  'business_case_documents',
  {
    id: uuid('id').primaryKey(),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('business_case_documents_title_unique').on(t.businessAreaId, t.title)],
);

/** Every upload is a new version; old versions are kept and can be downloaded. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => businessCaseDocuments.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    uploadedByLabel: text('uploaded_by_label').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [unique('document_versions_number_unique').on(t.documentId, t.versionNumber)],
);

export const stageMoves = pgTable(
  'stage_moves',
  {
    id: uuid('id').primaryKey(),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    mover: text('mover').notNull(),
    reason: text('reason'),
    decisionId: uuid('decision_id'),
    movedByUserId: uuid('moved_by_user_id'),
    movedByLabel: text('moved_by_label').notNull(),
    movedAt: timestamp('moved_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('stage_moves_area_idx').on(t.businessAreaId, t.movedAt)],
);

/** The decision of one corporation sole (or a named delegate) at a gate that needs them all. */
export const soleApprovals = pgTable(
  'sole_approvals',
  {
    id: uuid('id').primaryKey(),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id, { onDelete: 'cascade' }),
    gate: text('gate').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    office: text('office').notNull(),
    decision: text('decision').notNull(),
    decidedBy: text('decided_by').notNull(),
    asDelegate: boolean('as_delegate').notNull().default(false),
    delegateRole: text('delegate_role'),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    note: text('note'),
    /** The case's submission when the decision was given (ADR 0006): it counts for that one only. */
    submission: integer('submission').notNull().default(1),
    recordedByUserId: uuid('recorded_by_user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('sole_approvals_area_idx').on(t.businessAreaId, t.gate),
    check('sole_approvals_gate_check', sql`${t.gate} in ('strategic_outline_case', 'executive_decision')`),
    check('sole_approvals_decision_check', sql`${t.decision} in ('approved', 'refused')`),
  ],
);

export const boards = pgTable(
  'boards',
  {
    id: uuid('id').primaryKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('boards_alliance_kind_unique').on(t.allianceId, t.kind),
    check('boards_kind_check', sql`${t.kind} in ('programme_team', 'programme_board', 'executive_board')`),
  ],
);

export const boardMembers = pgTable('board_members', {
  id: uuid('id').primaryKey(),
  boardId: uuid('board_id')
    .notNull()
    .references(() => boards.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  roleTitle: text('role_title').notNull(),
  organisationId: uuid('organisation_id').references(() => organisations.id),
});

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey(),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    location: text('location'),
    papers: text('papers'),
    minutes: text('minutes'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('meetings_board_idx').on(t.boardId, t.heldOn)],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.businessAreaId] })],
);

export const boardDecisions = pgTable(
  'board_decisions',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id),
    outcome: text('outcome').notNull(),
    reasons: text('reasons'),
    recordedByUserId: uuid('recorded_by_user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('board_decisions_area_idx').on(t.businessAreaId),
    check(
      'board_decisions_outcome_check',
      sql`${t.outcome} in ('approved', 'approved_with_conditions', 'deferred', 'returned', 'rejected')`,
    ),
  ],
);

export const decisionConditions = pgTable(
  'decision_conditions',
  {
    id: uuid('id').primaryKey(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => boardDecisions.id),
    businessAreaId: uuid('business_area_id')
      .notNull()
      .references(() => businessAreas.id),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    closureNote: text('closure_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('decision_conditions_area_idx').on(t.businessAreaId)],
);
