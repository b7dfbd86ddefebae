CREATE TABLE `blob_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`r2_key` text NOT NULL,
	`started_at` text NOT NULL,
	`deadline_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `blob_uploads_tenant_idx` ON `blob_uploads` (`tenant_id`,`deadline_at`);--> statement-breakpoint
CREATE TABLE `unreadable_secrets` (
	`tenant_id` text NOT NULL,
	`table_name` text NOT NULL,
	`column_name` text NOT NULL,
	`row_id` text NOT NULL,
	`sealed_prefix` text NOT NULL,
	`reason` text NOT NULL,
	`found_at` text NOT NULL,
	PRIMARY KEY(`table_name`, `column_name`, `row_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unreadable_secrets_tenant_idx` ON `unreadable_secrets` (`tenant_id`);