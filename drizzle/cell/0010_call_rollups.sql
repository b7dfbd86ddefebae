CREATE TABLE `call_rollups` (
	`tenant_id` text NOT NULL,
	`dimension` text NOT NULL,
	`slot` integer NOT NULL,
	`group_key` text NOT NULL,
	`calls` integer NOT NULL,
	`completed_calls` integer NOT NULL,
	`total_duration_seconds` integer NOT NULL,
	`max_duration_seconds` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `dimension`, `slot`, `group_key`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
