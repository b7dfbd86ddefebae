-- The write fence (0005, 0020) for the access tables. Members and API keys as every other table.
-- Sessions and refresh tokens stay open while the tenant is being deleted, so its people can still
-- log in and follow the deletion; its last step removes them with the tenant row, after which the
-- fence refuses them as `tenant_gone`. Moving and moved as everywhere: a credential is checked in
-- the tenant's cell, so none may be written where the tenant is not.
DROP TRIGGER IF EXISTS `fence_members_insert`;
--> statement-breakpoint
CREATE TRIGGER `fence_members_insert` BEFORE INSERT ON `members`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_members_update`;
--> statement-breakpoint
CREATE TRIGGER `fence_members_update` BEFORE UPDATE ON `members`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_api_keys_insert`;
--> statement-breakpoint
CREATE TRIGGER `fence_api_keys_insert` BEFORE INSERT ON `api_keys`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_api_keys_update`;
--> statement-breakpoint
CREATE TRIGGER `fence_api_keys_update` BEFORE UPDATE ON `api_keys`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_sessions_insert`;
--> statement-breakpoint
CREATE TRIGGER `fence_sessions_insert` BEFORE INSERT ON `sessions`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_sessions_update`;
--> statement-breakpoint
CREATE TRIGGER `fence_sessions_update` BEFORE UPDATE ON `sessions`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_refresh_tokens_insert`;
--> statement-breakpoint
CREATE TRIGGER `fence_refresh_tokens_insert` BEFORE INSERT ON `refresh_tokens`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_refresh_tokens_update`;
--> statement-breakpoint
CREATE TRIGGER `fence_refresh_tokens_update` BEFORE UPDATE ON `refresh_tokens`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
