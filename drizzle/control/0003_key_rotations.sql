CREATE TABLE `key_rotations` (
	`id` text PRIMARY KEY NOT NULL,
	`requested_by` text NOT NULL,
	`status` text NOT NULL,
	`stage` text NOT NULL,
	`step` integer DEFAULT 0 NOT NULL,
	`cell` text,
	`batch` integer NOT NULL,
	`counts` text NOT NULL,
	`last_error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`started_at` text,
	`updated_at` text NOT NULL,
	`completed_at` text
);
--> statement-breakpoint
CREATE INDEX `key_rotations_status_idx` ON `key_rotations` (`status`,`updated_at`);