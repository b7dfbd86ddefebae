import { and, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { apiKeys, tenants } from "../db/schema";
import { settled } from "../tenants/settled";

// A key's `last_used_at` is written at most this often: a write per request would cost the
// busiest keys a write each, and a use a minute is what a key's owner needs to know.
export const LAST_USED_EVERY_MS = 60_000;

/** Whether a key last used at `lastUsedAt` is due to have its use written at `now`. */
export const keyUseDue = (lastUsedAt: string | null, now: number) =>
  !lastUsedAt || now - Date.parse(lastUsedAt) >= LAST_USED_EVERY_MS;

/**
 * The key's use at `now`, written only when the last one written is a minute old, and only while
 * its tenant is settled (a tenant being deleted or moved refuses writes: this one is skipped, and
 * the next use writes it).
 */
export function recordKeyUse(db: Db, key: SQL, now: Date) {
  const minuteAgo = new Date(now.getTime() - LAST_USED_EVERY_MS).toISOString();
  const settledTenant = db.select({ id: tenants.id }).from(tenants).where(settled());
  return db
    .update(apiKeys)
    .set({ lastUsedAt: now.toISOString() })
    .where(
      and(
        key,
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, minuteAgo)),
        sql`${apiKeys.tenantId} IN ${settledTenant}`,
      ),
    );
}
