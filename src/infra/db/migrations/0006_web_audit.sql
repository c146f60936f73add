CREATE TABLE `web_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`ticket_number` text,
	`detail` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `web_audit_community_idx` ON `web_audit` (`community_id`,`id`);