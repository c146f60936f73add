DROP INDEX `people_remark_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `people_community_remark_uq` ON `people` (`community_id`,`remark`);--> statement-breakpoint
CREATE INDEX `people_remark_idx` ON `people` (`remark`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `account` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_by` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_until` integer;