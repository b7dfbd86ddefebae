-- The write fence (0005) on the packed rollups: the archive sweep packs a tenant's days, and
-- never under a tenant that is being deleted or is gone.
CREATE TRIGGER `fence_call_rollup_days_insert` BEFORE INSERT ON `call_rollup_days`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_call_rollup_days_update` BEFORE UPDATE ON `call_rollup_days`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
