CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email_key" text NOT NULL,
	"ip_address" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"organisation_id" uuid,
	CONSTRAINT "user_roles_unique" UNIQUE NULLS NOT DISTINCT("user_id","role","organisation_id"),
	CONSTRAINT "user_roles_role_check" CHECK ("user_roles"."role" in ('administrator', 'programme_team', 'board_member', 'finance', 'hr', 'viewer', 'auditor'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "alliance_members" (
	"alliance_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"joined_on" date,
	CONSTRAINT "alliance_members_alliance_id_organisation_id_pk" PRIMARY KEY("alliance_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "alliances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"description" text,
	"status" text NOT NULL,
	"formed_on" date,
	"ended_on" date,
	"savings_target_pence" bigint,
	"savings_target_year" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "alliances_name_unique" UNIQUE("name"),
	CONSTRAINT "alliances_status_check" CHECK ("alliances"."status" in ('proposed', 'active', 'ending', 'ended')),
	CONSTRAINT "alliances_target_check" CHECK ("alliances"."savings_target_pence" is null or "alliances"."savings_target_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"request_id" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"summary" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"meeting_id" uuid NOT NULL,
	"business_area_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "agenda_items_meeting_id_business_area_id_pk" PRIMARY KEY("meeting_id","business_area_id")
);
--> statement-breakpoint
CREATE TABLE "board_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"business_area_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"reasons" text,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "board_decisions_outcome_check" CHECK ("board_decisions"."outcome" in ('approved', 'approved_with_conditions', 'deferred', 'returned', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "board_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"board_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role_title" text NOT NULL,
	"organisation_id" uuid
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alliance_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "boards_alliance_kind_unique" UNIQUE("alliance_id","kind"),
	CONSTRAINT "boards_kind_check" CHECK ("boards"."kind" in ('programme_team', 'programme_board', 'executive_board'))
);
--> statement-breakpoint
CREATE TABLE "business_area_baselines" (
	"business_area_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"budget_pence" bigint NOT NULL,
	"officers" integer DEFAULT 0 NOT NULL,
	"staff" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "business_area_baselines_business_area_id_organisation_id_pk" PRIMARY KEY("business_area_id","organisation_id"),
	CONSTRAINT "business_area_baselines_check" CHECK ("business_area_baselines"."budget_pence" >= 0 and "business_area_baselines"."officers" >= 0 and "business_area_baselines"."staff" >= 0)
);
--> statement-breakpoint
CREATE TABLE "business_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alliance_id" uuid NOT NULL,
	"name" text NOT NULL,
	"function_group" text NOT NULL,
	"in_scope" boolean DEFAULT true NOT NULL,
	"exclusion_reason" text,
	"host_organisation_id" uuid,
	"senior_responsible_officer" text,
	"lead_name" text,
	"description" text,
	"stage" text NOT NULL,
	"stage_changed_at" timestamp with time zone NOT NULL,
	"confidence" text,
	"confidence_commentary" text,
	"confidence_assessed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "business_areas_alliance_name_unique" UNIQUE("alliance_id","name"),
	CONSTRAINT "business_areas_function_group_check" CHECK ("business_areas"."function_group" in ('support', 'operational')),
	CONSTRAINT "business_areas_confidence_check" CHECK ("business_areas"."confidence" is null or "business_areas"."confidence" in ('green', 'amber_green', 'amber', 'amber_red', 'red'))
);
--> statement-breakpoint
CREATE TABLE "business_case_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"business_area_id" uuid NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "business_case_documents_title_unique" UNIQUE("business_area_id","title")
);
--> statement-breakpoint
CREATE TABLE "business_case_sections" (
	"business_area_id" uuid NOT NULL,
	"section" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"owner" text,
	"status" text DEFAULT 'not_started' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "business_case_sections_business_area_id_section_pk" PRIMARY KEY("business_area_id","section"),
	CONSTRAINT "business_case_sections_section_check" CHECK ("business_case_sections"."section" in ('strategic', 'economic', 'commercial', 'financial', 'management')),
	CONSTRAINT "business_case_sections_status_check" CHECK ("business_case_sections"."status" in ('not_started', 'in_progress', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "decision_conditions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"business_area_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"closed_on" date,
	"closure_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid,
	"uploaded_by_label" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_versions_number_unique" UNIQUE("document_id","version_number")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"board_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"location" text,
	"papers" text,
	"minutes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sole_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"business_area_id" uuid NOT NULL,
	"gate" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"office" text NOT NULL,
	"decision" text NOT NULL,
	"decided_by" text NOT NULL,
	"as_delegate" boolean DEFAULT false NOT NULL,
	"delegate_role" text,
	"decided_on" date NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sole_approvals_gate_check" CHECK ("sole_approvals"."gate" in ('strategic_outline_case', 'executive_decision')),
	CONSTRAINT "sole_approvals_decision_check" CHECK ("sole_approvals"."decision" in ('approved', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "stage_moves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"business_area_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"mover" text NOT NULL,
	"reason" text,
	"decision_id" uuid,
	"moved_by_user_id" uuid,
	"moved_by_label" text NOT NULL,
	"moved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_holders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"office" text NOT NULL,
	"holder_name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "office_holders_dates_check" CHECK ("office_holders"."end_date" is null or "office_holders"."end_date" >= "office_holders"."start_date")
);
--> statement-breakpoint
CREATE TABLE "organisation_budgets" (
	"organisation_id" uuid NOT NULL,
	"financial_year" integer NOT NULL,
	"net_revenue_budget_pence" bigint NOT NULL,
	"source" text,
	CONSTRAINT "organisation_budgets_organisation_id_financial_year_pk" PRIMARY KEY("organisation_id","financial_year"),
	CONSTRAINT "organisation_budgets_amount_check" CHECK ("organisation_budgets"."net_revenue_budget_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"region" text,
	"population" integer,
	"population_year" integer,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organisations_name_unique" UNIQUE("name"),
	CONSTRAINT "organisations_kind_check" CHECK ("organisations"."kind" in ('police_force', 'policing_body', 'fire_and_rescue_authority', 'other')),
	CONSTRAINT "organisations_population_check" CHECK ("organisations"."population" is null or "organisations"."population" >= 0)
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_members" ADD CONSTRAINT "alliance_members_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_members" ADD CONSTRAINT "alliance_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_decisions" ADD CONSTRAINT "board_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_decisions" ADD CONSTRAINT "board_decisions_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_members" ADD CONSTRAINT "board_members_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_members" ADD CONSTRAINT "board_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_area_baselines" ADD CONSTRAINT "business_area_baselines_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_area_baselines" ADD CONSTRAINT "business_area_baselines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_areas" ADD CONSTRAINT "business_areas_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_areas" ADD CONSTRAINT "business_areas_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_case_documents" ADD CONSTRAINT "business_case_documents_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_case_sections" ADD CONSTRAINT "business_case_sections_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_conditions" ADD CONSTRAINT "decision_conditions_decision_id_board_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."board_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_conditions" ADD CONSTRAINT "decision_conditions_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_business_case_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."business_case_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sole_approvals" ADD CONSTRAINT "sole_approvals_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sole_approvals" ADD CONSTRAINT "sole_approvals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_moves" ADD CONSTRAINT "stage_moves_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_holders" ADD CONSTRAINT "office_holders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_budgets" ADD CONSTRAINT "organisation_budgets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" USING btree ("email_key","attempted_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" USING btree ("ip_address","attempted_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","seq");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "board_decisions_area_idx" ON "board_decisions" USING btree ("business_area_id");--> statement-breakpoint
CREATE INDEX "business_areas_alliance_stage_idx" ON "business_areas" USING btree ("alliance_id","stage");--> statement-breakpoint
CREATE INDEX "decision_conditions_area_idx" ON "decision_conditions" USING btree ("business_area_id");--> statement-breakpoint
CREATE INDEX "meetings_board_idx" ON "meetings" USING btree ("board_id","held_on");--> statement-breakpoint
CREATE INDEX "sole_approvals_area_idx" ON "sole_approvals" USING btree ("business_area_id","gate");--> statement-breakpoint
CREATE INDEX "stage_moves_area_idx" ON "stage_moves" USING btree ("business_area_id","moved_at");--> statement-breakpoint
CREATE INDEX "office_holders_organisation_idx" ON "office_holders" USING btree ("organisation_id");