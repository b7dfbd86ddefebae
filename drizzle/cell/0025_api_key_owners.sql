ALTER TABLE `api_keys` ADD `kind` text DEFAULT 'member' NOT NULL;--> statement-breakpoint
ALTER TABLE `deletion_jobs` ADD `requested_session` text;--> statement-breakpoint
-- A key made by another key was recorded with that key's id: its maker is that key's user.
UPDATE `api_keys` SET `created_by` = (
  SELECT `maker`.`created_by` FROM `api_keys` AS `maker` WHERE `maker`.`id` = `api_keys`.`created_by`
) WHERE `created_by` IN (SELECT `id` FROM `api_keys`);
