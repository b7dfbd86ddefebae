ALTER TABLE `api_keys` ADD `kind` text DEFAULT 'member' NOT NULL;--> statement-breakpoint
ALTER TABLE `deletion_jobs` ADD `requested_session` text;--> statement-breakpoint
-- A key made by another key was recorded with that key's id: its maker is that key's user. Only
-- settled tenants' keys: the write fence refuses the others' writes (and this whole migration).
UPDATE `api_keys` SET `created_by` = (
  SELECT `maker`.`created_by` FROM `api_keys` AS `maker` WHERE `maker`.`id` = `api_keys`.`created_by`
) WHERE `created_by` IN (SELECT `id` FROM `api_keys`)
  AND `tenant_id` IN (SELECT `id` FROM `tenants` WHERE `status` IN ('active', 'inactive'));
