-- The write fence: no row is written or changed under a tenant that is being deleted or is gone.
-- Every tenant-owned table but the delivery log (the deletion itself finishes its deliveries)
-- and users (signup and the deletion's last step) refuses it in the writing statement itself,
-- so a check and the write it guards are never apart; test/fence/write-fence.test.ts holds
-- every table of the schema to it.
CREATE TRIGGER `fence_activity_logs_insert` BEFORE INSERT ON `activity_logs`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_activity_logs_update` BEFORE UPDATE ON `activity_logs`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_agents_insert` BEFORE INSERT ON `agents`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_agents_update` BEFORE UPDATE ON `agents`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_squads_insert` BEFORE INSERT ON `squads`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_squads_update` BEFORE UPDATE ON `squads`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_workflows_insert` BEFORE INSERT ON `workflows`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_workflows_update` BEFORE UPDATE ON `workflows`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_integrations_insert` BEFORE INSERT ON `integrations`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_integrations_update` BEFORE UPDATE ON `integrations`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_sip_trunks_insert` BEFORE INSERT ON `sip_trunks`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_sip_trunks_update` BEFORE UPDATE ON `sip_trunks`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_files_insert` BEFORE INSERT ON `files`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_files_update` BEFORE UPDATE ON `files`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_calls_insert` BEFORE INSERT ON `calls`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_calls_update` BEFORE UPDATE ON `calls`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_idempotency_keys_insert` BEFORE INSERT ON `idempotency_keys`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_idempotency_keys_update` BEFORE UPDATE ON `idempotency_keys`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_blob_uploads_insert` BEFORE INSERT ON `blob_uploads`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_blob_uploads_update` BEFORE UPDATE ON `blob_uploads`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_unreadable_secrets_insert` BEFORE INSERT ON `unreadable_secrets`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_unreadable_secrets_update` BEFORE UPDATE ON `unreadable_secrets`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_tenants_update` BEFORE UPDATE ON `tenants`
  WHEN OLD.`status` = 'deleting'
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting');
END;
