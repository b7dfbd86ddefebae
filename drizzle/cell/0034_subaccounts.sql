ALTER TABLE `activity_logs` ADD `actor_tenant_id` text;--> statement-breakpoint
ALTER TABLE `members` ADD `subaccount_grants` text;--> statement-breakpoint
ALTER TABLE `tenants` ADD `parent_id` text;--> statement-breakpoint
CREATE INDEX `tenants_parent_idx` ON `tenants` (`parent_id`) WHERE parent_id IS NOT NULL;