import { text } from "drizzle-orm/sqlite-core";

type TenantColumn = () => ReturnType<typeof text>;

/**
 * The columns of a login session, shared by a cell's (a tenant's users) and the control plane's
 * (platform admins, with no tenant): `tenantColumn` makes the `tenant_id` column of each.
 */
export const sessionColumns = (tenantColumn: TenantColumn) => ({
  id: text("id").primaryKey(),
  tenantId: tenantColumn(),
  userId: text("user_id").notNull(),
  createdAt: text("created_at").notNull(),
  // 30 days after login; refreshing does not extend it.
  expiresAt: text("expires_at").notNull(),
  refreshedAt: text("refreshed_at"),
  revokedAt: text("revoked_at"),
  // logout, password_changed, refresh_token_reused, member_removed.
  revokedReason: text("revoked_reason"),
});

/** The columns of a session's refresh tokens, by their HMAC, shared like the sessions'. */
export const refreshTokenColumns = (tenantColumn: TenantColumn) => ({
  tokenHash: text("token_hash").primaryKey(),
  tenantId: tenantColumn(),
  sessionId: text("session_id").notNull(),
  status: text("status", { enum: ["current", "spent"] }).notNull(),
  createdAt: text("created_at").notNull(),
});
