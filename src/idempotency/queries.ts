import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db/client";
import { idempotencyKeys } from "../db/schema";
import { nowIso } from "../lib/ids";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type StoredResponse = { status: number; body: string; headers: Record<string, string> };

/**
 * Claims `key` for this request. Returns null when the claim is ours; otherwise what is stored
 * for the key: another request's hash and, once it finished, its response.
 */
export async function claimKey(db: Db, tenantId: string, key: string, requestHash: string) {
  const now = new Date();
  const [, claimed] = await db.batch([
    // An expired record frees its key.
    db
      .delete(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.tenantId, tenantId),
          eq(idempotencyKeys.key, key),
          lt(idempotencyKeys.expiresAt, now.toISOString()),
        ),
      ),
    db
      .insert(idempotencyKeys)
      .values({
        tenantId,
        key,
        requestHash,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key }),
  ]);
  if (claimed.length > 0) return null;
  const existing = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)))
    .get();
  return existing ?? null;
}

export function storeResponse(db: Db, tenantId: string, key: string, response: StoredResponse) {
  return db
    .update(idempotencyKeys)
    .set({
      statusCode: response.status,
      responseBody: response.body,
      responseHeaders: response.headers,
    })
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
}

/** A failed first attempt must not pin its failure: the key is released for the retry. */
export const releaseKey = (db: Db, tenantId: string, key: string) =>
  db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));

export const purgeExpiredKeys = (db: Db, before = nowIso()) =>
  db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, before));
