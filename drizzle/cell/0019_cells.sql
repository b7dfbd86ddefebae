DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `deletion_jobs` ADD `purpose` text DEFAULT 'deletion' NOT NULL;--> statement-breakpoint
ALTER TABLE `tenants` ADD `data_region` text DEFAULT 'us' NOT NULL;