CREATE TABLE "cost_sharing_bases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alliance_id" uuid NOT NULL,
	"business_area_id" uuid,
	"version_number" integer NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL,
	"definition" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cost_sharing_bases_version_unique" UNIQUE NULLS NOT DISTINCT("alliance_id","business_area_id","version_number"),
	CONSTRAINT "cost_sharing_bases_kind_check" CHECK ("cost_sharing_bases"."kind" in ('fixed', 'budget', 'population', 'demand', 'weighted')),
	CONSTRAINT "cost_sharing_bases_dates_check" CHECK ("cost_sharing_bases"."effective_to" is null or "cost_sharing_bases"."effective_to" >= "cost_sharing_bases"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "finance_area_years" (
	"business_area_id" uuid NOT NULL,
	"financial_year" integer NOT NULL,
	"target_cost_pence" bigint,
	"implementation_cost_pence" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "finance_area_years_business_area_id_financial_year_pk" PRIMARY KEY("business_area_id","financial_year"),
	CONSTRAINT "finance_area_years_amounts_check" CHECK (("finance_area_years"."target_cost_pence" is null or "finance_area_years"."target_cost_pence" >= 0) and "finance_area_years"."implementation_cost_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "finance_baselines" (
	"business_area_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"financial_year" integer NOT NULL,
	"baseline_pence" bigint NOT NULL,
	CONSTRAINT "finance_baselines_business_area_id_financial_year_organisation_id_pk" PRIMARY KEY("business_area_id","financial_year","organisation_id"),
	CONSTRAINT "finance_baselines_amount_check" CHECK ("finance_baselines"."baseline_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "finance_benefits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alliance_id" uuid NOT NULL,
	"business_area_id" uuid,
	"title" text NOT NULL,
	"measure" text NOT NULL,
	"baseline_value" text,
	"target_value" text,
	"current_value" text,
	"owner" text NOT NULL,
	"due_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_reinvestments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alliance_id" uuid NOT NULL,
	"business_area_id" uuid,
	"financial_year" integer NOT NULL,
	"amount_pence" bigint NOT NULL,
	"purpose" text NOT NULL,
	"decided_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_reinvestments_amount_check" CHECK ("finance_reinvestments"."amount_pence" > 0)
);
--> statement-breakpoint
CREATE TABLE "finance_scenarios" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alliance_id" uuid NOT NULL,
	"name" text NOT NULL,
	"financial_year" integer NOT NULL,
	"candidates" jsonb NOT NULL,
	"adopted_basis_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_settings" (
	"alliance_id" uuid PRIMARY KEY NOT NULL,
	"amber_below_percent" integer NOT NULL,
	"red_below_percent" integer NOT NULL,
	CONSTRAINT "finance_settings_thresholds_check" CHECK ("finance_settings"."red_below_percent" between 0 and "finance_settings"."amber_below_percent" and "finance_settings"."amber_below_percent" <= 200)
);
--> statement-breakpoint
CREATE TABLE "savings_actuals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"business_area_id" uuid NOT NULL,
	"financial_year" integer NOT NULL,
	"recorded_on" date NOT NULL,
	"amount_pence" bigint NOT NULL,
	"cashable" boolean NOT NULL,
	"evidence" text NOT NULL,
	"owner" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "savings_forecasts" (
	"business_area_id" uuid NOT NULL,
	"financial_year" integer NOT NULL,
	"amount_pence" bigint NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "savings_forecasts_business_area_id_financial_year_pk" PRIMARY KEY("business_area_id","financial_year")
);
--> statement-breakpoint
ALTER TABLE "cost_sharing_bases" ADD CONSTRAINT "cost_sharing_bases_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_sharing_bases" ADD CONSTRAINT "cost_sharing_bases_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_area_years" ADD CONSTRAINT "finance_area_years_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_baselines" ADD CONSTRAINT "finance_baselines_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_baselines" ADD CONSTRAINT "finance_baselines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_benefits" ADD CONSTRAINT "finance_benefits_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_benefits" ADD CONSTRAINT "finance_benefits_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_reinvestments" ADD CONSTRAINT "finance_reinvestments_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_reinvestments" ADD CONSTRAINT "finance_reinvestments_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_scenarios" ADD CONSTRAINT "finance_scenarios_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_scenarios" ADD CONSTRAINT "finance_scenarios_adopted_basis_id_cost_sharing_bases_id_fk" FOREIGN KEY ("adopted_basis_id") REFERENCES "public"."cost_sharing_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_settings" ADD CONSTRAINT "finance_settings_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_actuals" ADD CONSTRAINT "savings_actuals_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_forecasts" ADD CONSTRAINT "savings_forecasts_business_area_id_business_areas_id_fk" FOREIGN KEY ("business_area_id") REFERENCES "public"."business_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finance_benefits_alliance_idx" ON "finance_benefits" USING btree ("alliance_id");--> statement-breakpoint
CREATE INDEX "finance_reinvestments_alliance_idx" ON "finance_reinvestments" USING btree ("alliance_id");--> statement-breakpoint
CREATE INDEX "finance_scenarios_alliance_idx" ON "finance_scenarios" USING btree ("alliance_id");--> statement-breakpoint
CREATE INDEX "savings_actuals_area_idx" ON "savings_actuals" USING btree ("business_area_id","financial_year");