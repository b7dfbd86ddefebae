-- A HIPAA tenant always has a recording retention. Tenants that turned HIPAA on before the
-- setting existed get the enterprise plan's default, 90 days (hipaaRecordingRetentionDays in
-- src/tenants/plans.ts), logged like any change. The entry's id is a UUIDv7 made here, so it
-- sorts with the others; tenants being deleted are left to their deletion (the fence refuses
-- them anyway).
INSERT INTO `activity_logs` (`id`, `tenant_id`, `actor_id`, `action`, `target_type`, `target_id`,
  `changes`, `accessed`, `request_id`, `ip`, `user_agent`, `created_at`)
SELECT
  substr(`ms`, 1, 8) || '-' || substr(`ms`, 9, 4) || '-7' || substr(lower(hex(randomblob(2))), 2, 3)
    || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2, 3)
    || '-' || lower(hex(randomblob(6))),
  `id`, 'system:migration', 'tenant.updated', 'tenant', `id`,
  '{"recording_retention_days":{"from":null,"to":90}}', NULL,
  'migration:0009_hipaa_retention_backfill', NULL, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `tenants`,
  (SELECT printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) AS `ms`)
WHERE `hipaa_enabled` = 1 AND `recording_retention_days` IS NULL AND `status` <> 'deleting';
--> statement-breakpoint
UPDATE `tenants`
SET `recording_retention_days` = 90, `version` = `version` + 1,
  `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `hipaa_enabled` = 1 AND `recording_retention_days` IS NULL AND `status` <> 'deleting';
