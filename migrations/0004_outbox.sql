CREATE TABLE "outbox_deliveries" (
	"subscriber" text NOT NULL,
	"event_seq" bigint NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"leased_until" timestamp with time zone,
	"leased_by" text,
	"delivered_at" timestamp with time zone,
	"dead_at" timestamp with time zone,
	"last_error" text,
	CONSTRAINT "outbox_deliveries_subscriber_event_seq_pk" PRIMARY KEY("subscriber","event_seq")
);
--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_subscribers" (
	"name" text PRIMARY KEY NOT NULL,
	"fanned_out_seq" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_deliveries" ADD CONSTRAINT "outbox_deliveries_event_seq_outbox_events_seq_fk" FOREIGN KEY ("event_seq") REFERENCES "public"."outbox_events"("seq") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_deliveries_record_idx" ON "outbox_deliveries" USING btree ("subscriber","record_type","record_id","event_seq");--> statement-breakpoint
CREATE INDEX "outbox_deliveries_pending_idx" ON "outbox_deliveries" USING btree ("subscriber","event_seq") WHERE "outbox_deliveries"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_events_created_idx" ON "outbox_events" USING btree ("created_at");