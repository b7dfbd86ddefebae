-- The write fence, generated from the schema by scripts/fence-migration.mjs (src/db/fence.ts):
-- the fence triggers of the migrations before this one dropped, the generated ones created.
DROP TRIGGER IF EXISTS `fence_activity_logs_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_activity_logs_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_agents_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_agents_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_api_keys_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_api_keys_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_archive_parts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_archive_parts_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_audit_heads_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_audit_heads_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_blob_uploads_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_blob_uploads_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_call_rollup_days_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_call_rollup_days_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_calls_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_calls_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_files_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_files_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_idempotency_keys_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_idempotency_keys_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_integrations_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_integrations_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_members_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_members_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_refresh_tokens_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_refresh_tokens_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_sessions_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_sessions_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_sip_trunks_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_sip_trunks_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_squads_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_squads_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_tenants_deletion_scheduled`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_tenants_moved`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_tenants_moving`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_tenants_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_unreadable_secrets_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_unreadable_secrets_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_usage_alerts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_usage_alerts_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_webhook_attempts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_webhook_attempts_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_webhook_deliveries_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_webhook_deliveries_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_webhook_endpoints_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_webhook_endpoints_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_workflows_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `fence_workflows_update`;
--> statement-breakpoint
CREATE TRIGGER `fence_activity_logs_insert` BEFORE INSERT ON `activity_logs`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_activity_logs_update` BEFORE UPDATE ON `activity_logs`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_agents_insert` BEFORE INSERT ON `agents`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_agents_update` BEFORE UPDATE ON `agents`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_api_keys_insert` BEFORE INSERT ON `api_keys`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_api_keys_update` BEFORE UPDATE ON `api_keys`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_archive_parts_insert` BEFORE INSERT ON `archive_parts`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_archive_parts_update` BEFORE UPDATE ON `archive_parts`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_audit_heads_insert` BEFORE INSERT ON `audit_heads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_audit_heads_update` BEFORE UPDATE ON `audit_heads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_blob_uploads_insert` BEFORE INSERT ON `blob_uploads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_blob_uploads_update` BEFORE UPDATE ON `blob_uploads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_call_rollup_days_insert` BEFORE INSERT ON `call_rollup_days`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_call_rollup_days_update` BEFORE UPDATE ON `call_rollup_days`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_calls_insert` BEFORE INSERT ON `calls`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_calls_update` BEFORE UPDATE ON `calls`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_files_insert` BEFORE INSERT ON `files`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_files_update` BEFORE UPDATE ON `files`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_idempotency_keys_insert` BEFORE INSERT ON `idempotency_keys`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_idempotency_keys_update` BEFORE UPDATE ON `idempotency_keys`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_integrations_insert` BEFORE INSERT ON `integrations`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_integrations_update` BEFORE UPDATE ON `integrations`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_members_insert` BEFORE INSERT ON `members`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_members_update` BEFORE UPDATE ON `members`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_refresh_tokens_insert` BEFORE INSERT ON `refresh_tokens`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_refresh_tokens_update` BEFORE UPDATE ON `refresh_tokens`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_sessions_insert` BEFORE INSERT ON `sessions`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_sessions_update` BEFORE UPDATE ON `sessions`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_sip_trunks_insert` BEFORE INSERT ON `sip_trunks`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_sip_trunks_update` BEFORE UPDATE ON `sip_trunks`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_squads_insert` BEFORE INSERT ON `squads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_squads_update` BEFORE UPDATE ON `squads`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_tenants_deletion_scheduled` BEFORE UPDATE ON `tenants`
  WHEN OLD.`status` = 'deletion_scheduled' AND NEW.`status` = OLD.`status`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deletion_scheduled');
END;
--> statement-breakpoint
CREATE TRIGGER `fence_tenants_moved` BEFORE UPDATE ON `tenants`
  WHEN OLD.`status` = 'moved'
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_moved');
END;
--> statement-breakpoint
CREATE TRIGGER `fence_tenants_moving` BEFORE UPDATE ON `tenants`
  WHEN OLD.`status` IN ('moving', 'arriving') AND NEW.`status` = OLD.`status`
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_moving');
END;
--> statement-breakpoint
CREATE TRIGGER `fence_tenants_update` BEFORE UPDATE ON `tenants`
  WHEN OLD.`status` = 'deleting'
BEGIN
  SELECT RAISE(ABORT, 'write_fence:tenant_deleting');
END;
--> statement-breakpoint
CREATE TRIGGER `fence_unreadable_secrets_insert` BEFORE INSERT ON `unreadable_secrets`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_unreadable_secrets_update` BEFORE UPDATE ON `unreadable_secrets`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_usage_alerts_insert` BEFORE INSERT ON `usage_alerts`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_usage_alerts_update` BEFORE UPDATE ON `usage_alerts`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_webhook_attempts_insert` BEFORE INSERT ON `webhook_attempts`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_webhook_attempts_update` BEFORE UPDATE ON `webhook_attempts`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_webhook_deliveries_insert` BEFORE INSERT ON `webhook_deliveries`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_webhook_deliveries_update` BEFORE UPDATE ON `webhook_deliveries`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_webhook_endpoints_insert` BEFORE INSERT ON `webhook_endpoints`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_webhook_endpoints_update` BEFORE UPDATE ON `webhook_endpoints`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_workflows_insert` BEFORE INSERT ON `workflows`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `fence_workflows_update` BEFORE UPDATE ON `workflows`
BEGIN
  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')
    WHEN 'deletion_scheduled' THEN RAISE(ABORT, 'write_fence:tenant_deletion_scheduled')
    WHEN 'deleting' THEN RAISE(ABORT, 'write_fence:tenant_deleting')
    WHEN 'moving' THEN RAISE(ABORT, 'write_fence:tenant_moving')
    WHEN 'moved' THEN RAISE(ABORT, 'write_fence:tenant_moved')
    WHEN '' THEN RAISE(ABORT, 'write_fence:tenant_gone')
  END;
END;
