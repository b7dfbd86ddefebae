CREATE TABLE `audit_heads` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`sealed_seq` integer NOT NULL,
	`head_hash` text NOT NULL,
	`checkpoint` text NOT NULL,
	`published` integer NOT NULL,
	`sealed_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `activity_logs` ADD `seq` integer;--> statement-breakpoint
ALTER TABLE `activity_logs` ADD `hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `activity_logs_seq_idx` ON `activity_logs` (`tenant_id`,`seq`);--> statement-breakpoint
CREATE INDEX `activity_logs_unsealed_idx` ON `activity_logs` (`tenant_id`,`seq`) WHERE hash IS NULL;