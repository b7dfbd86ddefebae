ALTER TABLE `activity_logs` ADD `accessed` text;--> statement-breakpoint
ALTER TABLE `tenants` ADD `recording_retention_days` integer;--> statement-breakpoint
CREATE INDEX `tenants_recording_retention_idx` ON `tenants` (`id`) WHERE recording_retention_days IS NOT NULL;--> statement-breakpoint
CREATE INDEX `calls_tenant_recording_idx` ON `calls` (`tenant_id`,`started_at`,`recording_size`,`recording_key`) WHERE recording_key IS NOT NULL;