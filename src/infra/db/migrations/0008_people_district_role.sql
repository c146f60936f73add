PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`remark` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`covers` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "people_role_check" CHECK("__new_people"."role" in ('worker', 'admin', 'district'))
);
--> statement-breakpoint
INSERT INTO `__new_people`("id", "community_id", "remark", "name", "role", "covers", "active", "created_at", "updated_at") SELECT "id", "community_id", "remark", "name", "role", "covers", "active", "created_at", "updated_at" FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `people_remark_unique` ON `people` (`remark`);