CREATE TABLE `call_rollup_days` (
	`tenant_id` text NOT NULL,
	`dimension` text NOT NULL,
	`day` integer NOT NULL,
	`group_key` text NOT NULL,
	`slots` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `dimension`, `day`, `group_key`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
