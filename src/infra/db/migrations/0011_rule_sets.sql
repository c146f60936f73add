CREATE TABLE `rule_sets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`revision` integer NOT NULL,
	`hash` text NOT NULL,
	`files` text NOT NULL,
	`published_by` text NOT NULL,
	`published_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rule_sets_name_revision_uq` ON `rule_sets` (`name`,`revision`);