DROP INDEX `tickets_repeat_idx`;--> statement-breakpoint
DROP INDEX `tickets_assignee_idx`;--> statement-breakpoint
CREATE INDEX `tickets_repeat_idx` ON `tickets` (`community_id`,`category`,`building_key`,`closed_at`) WHERE "tickets"."closed_at" is not null;--> statement-breakpoint
CREATE INDEX `tickets_assignee_idx` ON `tickets` (`assignee_id`,`status`) WHERE "tickets"."assignee_id" is not null;