-- The default usage alerts of every tenant that was signed up before usage alerts existed, as a
-- signup makes them now (src/usage-alerts/defaults.ts): 80 % and 100 % of the monthly call limit,
-- each month. A tenant being deleted or moved gets none (the write fence refuses its rows; a moved
-- tenant gets them in the cell it is in). The ids are UUIDv7s (time, then random bits), as
-- `newId` makes them, so the alerts list in creation order.
INSERT INTO `usage_alerts` (`id`, `tenant_id`, `metric`, `threshold`, `threshold_percent`,
  `recurring`, `created_at`, `updated_at`)
SELECT
  substr(`ms`, 1, 8) || '-' || substr(`ms`, 9, 4) || '-7' || substr(`r`, 1, 3) || '-'
    || substr('89ab', (abs(random()) % 4) + 1, 1) || substr(`r`, 4, 3) || '-' || substr(`r`, 7, 12),
  `tenant_id`, 'calls_this_month', NULL, `percent`, 1, `now`, `now`
FROM (
  SELECT `tenants`.`id` AS `tenant_id`, `defaults`.`percent`,
    printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) AS `ms`,
    lower(hex(randomblob(9))) AS `r`,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS `now`
  FROM `tenants`, (SELECT 80 AS `percent` UNION ALL SELECT 100) AS `defaults`
  WHERE `tenants`.`status` IN ('active', 'inactive')
);
