-- The audit chain for the entries stored before it: each settled tenant's entries numbered 1, 2,
-- 3… in the order they were written (created_at, then id, which is time-ordered), unsealed; the
-- sealing sweep hashes them within a minute. A tenant being deleted or moved keeps its entries
-- unnumbered (the write fence refuses changes to its rows, and the deletion removes them). Entries
-- archived before this migration are outside the chain. And the write fence (0005, 0020) for the
-- chain's heads, as every other table.
UPDATE `activity_logs` SET `seq` = `ranked`.`n`
FROM (
  SELECT `id`, row_number() OVER (PARTITION BY `tenant_id` ORDER BY `created_at`, `id`) AS `n`
  FROM `activity_logs`
) AS `ranked`
WHERE `ranked`.`id` = `activity_logs`.`id`
  AND `activity_logs`.`tenant_id` IN (SELECT `id` FROM `tenants` WHERE `status` IN ('active', 'inactive'));
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_audit_heads_insert`;
--> statement-breakpoint
CREATE TRIGGER `fence_audit_heads_insert` BEFORE INSERT ON `audit_heads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_audit_heads_update`;
--> statement-breakpoint
CREATE TRIGGER `fence_audit_heads_update` BEFORE UPDATE ON `audit_heads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
