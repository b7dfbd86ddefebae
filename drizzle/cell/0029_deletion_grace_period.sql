ALTER TABLE `deletion_jobs` ADD `scheduled_for` text;--> statement-breakpoint
ALTER TABLE `tenants` ADD `deletion_grace_days` integer;--> statement-breakpoint
ALTER TABLE `tenants` ADD `deletion_schedule` text;