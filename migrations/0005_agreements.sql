CREATE TABLE "agreement_moves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"mover" text NOT NULL,
	"reason" text,
	"moved_by_user_id" uuid,
	"moved_by_label" text NOT NULL,
	"moved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"office" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_organisation_id_office_pk" PRIMARY KEY("agreement_id","organisation_id","office")
);
--> statement-breakpoint
CREATE TABLE "agreement_signatures" (
	"version_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"office" text NOT NULL,
	"signed_on" date NOT NULL,
	"signed_as" text NOT NULL,
	"signatory_name" text NOT NULL,
	"delegate_role" text,
	"office_holder_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreement_signatures_version_id_organisation_id_office_pk" PRIMARY KEY("version_id","organisation_id","office"),
	CONSTRAINT "agreement_signatures_as_check" CHECK ("agreement_signatures"."signed_as" in ('office_holder', 'delegate'))
);
--> statement-breakpoint
CREATE TABLE "agreement_version_areas" (
	"version_id" uuid NOT NULL,
	"business_area_id" uuid NOT NULL,
	CONSTRAINT "agreement_version_areas_version_id_business_area_id_pk" PRIMARY KEY("version_id","business_area_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"variation_reason" text,
	"title" text NOT NULL,
	"objective" text NOT NULL,
	"functions" text NOT NULL,
	"provides_for_officers" boolean NOT NULL,
	"cost_sharing_basis_id" uuid,
	"host_organisation_id" uuid,
	"direction_and_control_organisation_id" uuid,
	"review_date" date,
	"notice_months" integer NOT NULL,
	"exit_contribution_months" integer NOT NULL,
	"insurance_and_liabilities" text NOT NULL,
	"dispute_resolution" text NOT NULL,
	"operationally_sensitive" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreement_versions_number_unique" UNIQUE("agreement_id","version_number"),
	CONSTRAINT "agreement_versions_from_unique" UNIQUE("agreement_id","effective_from"),
	CONSTRAINT "agreement_versions_dates_check" CHECK ("agreement_versions"."effective_to" is null or "agreement_versions"."effective_to" >= "agreement_versions"."effective_from"),
	CONSTRAINT "agreement_versions_notice_check" CHECK ("agreement_versions"."notice_months" >= 0 and "agreement_versions"."exit_contribution_months" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alliance_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"commencement" date NOT NULL,
	"state" text NOT NULL,
	"terminated_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreements_kind_check" CHECK ("agreements"."kind" in ('overarching', 'section_22a', 'other')),
	CONSTRAINT "agreements_state_check" CHECK ("agreements"."state" in ('draft', 'signing', 'in_force', 'under_review', 'varied', 'terminated'))
);
--> statement-breakpoint
ALTER TABLE "agreement_moves" ADD CONSTRAINT "agreement_moves_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_version_id_agreement_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."agreement_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_office_holder_id_office_holders_id_fk" FOREIGN KEY ("office_holder_id") REFERENCES "public"."office_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_version_areas" ADD CONSTRAINT "agreement_version_areas_version_id_agreement_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."agreement_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_version_areas" ADD CONSTRAINT "agreement_version_areas_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_cost_sharing_basis_id_cost_sharing_bases_id_fk" FOREIGN KEY ("cost_sharing_basis_id") REFERENCES "public"."cost_sharing_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_direction_and_control_organisation_id_organisations_id_fk" FOREIGN KEY ("direction_and_control_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_moves_agreement_idx" ON "agreement_moves" USING btree ("agreement_id","moved_at");--> statement-breakpoint
CREATE INDEX "agreements_register_order_idx" ON "agreements" USING btree ("alliance_id","commencement","id");