ALTER TABLE "people" DROP CONSTRAINT "people_remark_unique";--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "account" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "claimed_until" timestamp (3) with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "people_community_remark_uq" ON "people" USING btree ("community_id","remark");--> statement-breakpoint
CREATE INDEX "people_remark_idx" ON "people" USING btree ("remark");