CREATE TABLE `archive_parts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`table_name` text NOT NULL,
	`period` text NOT NULL,
	`part` integer NOT NULL,
	`status` text NOT NULL,
	`row_ids` text,
	`rows` integer NOT NULL,
	`bytes` integer,
	`sha256` text,
	`planned_at` text NOT NULL,
	`created_at` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `archive_parts_part_idx` ON `archive_parts` (`tenant_id`,`table_name`,`period`,`part`);--> statement-breakpoint
CREATE UNIQUE INDEX `archive_parts_pending_idx` ON `archive_parts` (`tenant_id`,`table_name`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `archive_parts_tenant_idx` ON `archive_parts` (`tenant_id`,`id`);--> statement-breakpoint
CREATE INDEX `calls_archivable_idx` ON `calls` (`tenant_id`,`started_at`) WHERE status = 'ended' AND recording_key IS NULL;