CREATE TABLE `usage_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`metric` text NOT NULL,
	`threshold` integer,
	`threshold_percent` integer,
	`recurring` integer DEFAULT true NOT NULL,
	`reached_period` text,
	`reached_at` text,
	`reached_value` integer,
	`reached_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `usage_alerts_tenant_idx` ON `usage_alerts` (`tenant_id`,`id`);