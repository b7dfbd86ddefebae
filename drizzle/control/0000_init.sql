CREATE TABLE `deletion_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`purpose` text DEFAULT 'deletion' NOT NULL,
	`status` text NOT NULL,
	`stage` text NOT NULL,
	`step` integer DEFAULT 0 NOT NULL,
	`counts` text NOT NULL,
	`last_error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`started_at` text,
	`updated_at` text NOT NULL,
	`completed_at` text,
	`farewell_at` text,
	`pending_blob_keys` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deletion_receipts_tenant_idx` ON `deletion_receipts` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `tenant_directory` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`cell` text NOT NULL,
	`region` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tenant_directory_cell_idx` ON `tenant_directory` (`cell`,`tenant_id`);--> statement-breakpoint
CREATE INDEX `tenant_directory_pending_idx` ON `tenant_directory` (`created_at`) WHERE status = 'pending';--> statement-breakpoint
CREATE TABLE `tenant_moves` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`from_cell` text NOT NULL,
	`to_cell` text NOT NULL,
	`from_region` text NOT NULL,
	`to_region` text NOT NULL,
	`status` text NOT NULL,
	`stage` text NOT NULL,
	`step` integer DEFAULT 0 NOT NULL,
	`position` text NOT NULL,
	`counts` text NOT NULL,
	`checks` text NOT NULL,
	`previous_status` text,
	`source_job_id` text,
	`last_error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`started_at` text,
	`updated_at` text NOT NULL,
	`completed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenant_moves_running_idx` ON `tenant_moves` (`tenant_id`) WHERE status IN ('pending', 'running');--> statement-breakpoint
CREATE INDEX `tenant_moves_tenant_idx` ON `tenant_moves` (`tenant_id`,`id`);--> statement-breakpoint
CREATE INDEX `tenant_moves_status_idx` ON `tenant_moves` (`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`tenant_id` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_tenant_idx` ON `users` (`tenant_id`);