CREATE TABLE `binding_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sender_key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `binding_failures_sender_idx` ON `binding_failures` (`sender_key`,`at`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `to_contact_id` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `reporter_contact_id` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `reporter_login` text;