ALTER TABLE "business_areas" ADD COLUMN "submission" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sole_approvals" ADD COLUMN "submission" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Hand-written backfill (keep when regenerating this migration): cases already returned for rework
-- or deferred get the submission they are now in, and each sole decision the submission it was
-- given in, so approvals given before a return stop counting on existing databases too.
-- A submission starts at each move back to in_development and at each deferral.
UPDATE "sole_approvals" AS a SET "submission" = 1
  + (SELECT count(*) FROM "stage_moves" m WHERE m."business_area_id" = a."business_area_id"
       AND m."to_stage" = 'in_development'
       AND m."from_stage" IN ('programme_team_review', 'programme_board_review', 'executive_board_decision')
       AND m."moved_at" < a."recorded_at")
  + (SELECT count(*) FROM "board_decisions" d WHERE d."business_area_id" = a."business_area_id"
       AND d."outcome" = 'deferred' AND d."recorded_at" < a."recorded_at");--> statement-breakpoint
UPDATE "business_areas" AS b SET "submission" = 1
  + (SELECT count(*) FROM "stage_moves" m WHERE m."business_area_id" = b."id"
       AND m."to_stage" = 'in_development'
       AND m."from_stage" IN ('programme_team_review', 'programme_board_review', 'executive_board_decision'))
  + (SELECT count(*) FROM "board_decisions" d WHERE d."business_area_id" = b."id" AND d."outcome" = 'deferred');
