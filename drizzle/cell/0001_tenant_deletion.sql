ALTER TABLE `deletion_jobs` ADD `step` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `users_tenant_idx` ON `users` (`tenant_id`);