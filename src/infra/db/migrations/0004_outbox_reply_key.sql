ALTER TABLE `outbox` ADD `key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_key_unique` ON `outbox` (`key`);