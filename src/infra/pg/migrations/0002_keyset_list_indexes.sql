CREATE INDEX "tickets_community_opened_idx" ON "tickets" USING btree ("community_id","created_at","id");--> statement-breakpoint
CREATE INDEX "tickets_community_due_idx" ON "tickets" USING btree ("community_id","due_at","id");--> statement-breakpoint
CREATE INDEX "tickets_community_updated_idx" ON "tickets" USING btree ("community_id","updated_at","id");