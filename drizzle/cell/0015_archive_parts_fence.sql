-- The write fence (0005) on the archive's parts: no part is planned or completed under a tenant
-- that is being deleted or is gone, so archiving never adds an object the deletion missed.
CREATE TRIGGER `fence_archive_parts_insert` BEFORE INSERT ON `archive_parts`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fence_archive_parts_update` BEFORE UPDATE ON `archive_parts`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting')
    WHERE (SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`) = 'deleting';
  SELECT RAISE(ABORT, 'write_fence:tenant_gone')
    WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `id` = NEW.`tenant_id`);
END;
