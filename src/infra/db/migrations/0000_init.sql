CREATE TABLE `binding_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `communities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`last_number` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `communities_name_unique` ON `communities` (`name`);--> statement-breakpoint
CREATE TABLE `job_runs` (
	`name` text PRIMARY KEY NOT NULL,
	`last_run_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_kind` text NOT NULL,
	`to_room_key` text,
	`to_name` text,
	`to_remark` text,
	`text` text NOT NULL,
	`mentions` text NOT NULL,
	`urgent` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`not_before` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `outbox_pending_idx` ON `outbox` (`urgent`,`id`) WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX `outbox_pending_time_idx` ON `outbox` (`not_before`) WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`remark` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`covers` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_remark_unique` ON `people` (`remark`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`reporter_key` text NOT NULL,
	`rating` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ratings_ticket_idx` ON `ratings` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`source_key` text NOT NULL,
	`text` text NOT NULL,
	`reporter_name` text NOT NULL,
	`reporter_key` text NOT NULL,
	`room_key` text,
	`at` integer NOT NULL,
	`category` text NOT NULL,
	`urgent` integer NOT NULL,
	`building` text,
	`images` text NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_source_key_unique` ON `reports` (`source_key`);--> statement-breakpoint
CREATE INDEX `reports_ticket_idx` ON `reports` (`ticket_id`,`reporter_key`);--> statement-breakpoint
CREATE INDEX `reports_reporter_idx` ON `reports` (`reporter_key`,`at`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`community_id` integer NOT NULL,
	`topic` text NOT NULL,
	`role` text NOT NULL,
	`xiaoqu` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_key_unique` ON `rooms` (`key`);--> statement-breakpoint
CREATE INDEX `rooms_topic_idx` ON `rooms` (`topic`);--> statement-breakpoint
CREATE TABLE `session_bindings` (
	`session_id` text PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`bound_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ticket_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_name` text NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`action` text,
	`from_status` text,
	`to_status` text,
	`note` text,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_events_ticket_idx` ON `ticket_events` (`ticket_id`,`id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`number` text NOT NULL,
	`category` text NOT NULL,
	`urgent` integer NOT NULL,
	`building` text,
	`building_key` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`reporter_count` integer NOT NULL,
	`priority` integer NOT NULL,
	`assignee_id` integer,
	`assignee_name` text,
	`room_key` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`last_report_at` integer NOT NULL,
	`ack_due_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`acknowledged_at` integer,
	`resolved_at` integer,
	`closed_at` integer,
	`rating` integer,
	`referred_to` text,
	`duplicate_of` text,
	`repeat_of` text,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`ack_reminded_at` integer,
	`due_soon_reminded_at` integer,
	`escalated_at` integer,
	`follow_up_asked_at` integer,
	`follow_up_reminded_at` integer,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_community_number_uq` ON `tickets` (`community_id`,`number`);--> statement-breakpoint
CREATE INDEX `tickets_merge_idx` ON `tickets` (`community_id`,`category`,`building_key`,`last_report_at`) WHERE "tickets"."status" in ('open', 'assigned', 'in_progress');--> statement-breakpoint
CREATE INDEX `tickets_repeat_idx` ON `tickets` (`community_id`,`category`,`building_key`,`closed_at`);--> statement-breakpoint
CREATE INDEX `tickets_status_ack_idx` ON `tickets` (`status`,`ack_due_at`);--> statement-breakpoint
CREATE INDEX `tickets_status_due_idx` ON `tickets` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `tickets_assignee_idx` ON `tickets` (`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `tickets_created_idx` ON `tickets` (`created_at`);