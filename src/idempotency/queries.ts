import { and, eq, inArray, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { idempotencyKeys, tenants } from "../db/schema";
import { unsettled } from "../tenants/settled";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** A response as stored: its body sealed, and the SHA-256 of the request body it answered. */
export type StoredResponse = {
  status: number;
  bodyEnc: string;
  headers: Record<string, string>;
  bodyHash: string;
};

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
      responseBodyEnc: response.bodyEnc,
      responseHeaders: response.headers,
      bodyHash: response.bodyHash,
    })
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
}

/** A failed first attempt must not pin its failure: the key is released for the retry. */
export const releaseKey = (db: Db, tenantId: string, key: string) =>
  db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));

/**
 * Deletes up to `limit` records that expired before `before` and returns how many it deleted; the
 * rowid subquery is what bounds the statement. A tenant being deleted is left to its cascade,
 * the one writer for such a tenant, which counts what it deletes; one being moved, to its move.
 */
export async function purgeExpiredKeys(db: Db, before: string, limit: number) {
  const deleting = db.select({ id: tenants.id }).from(tenants).where(unsettled());
  const expired = db
    .select({ rowid: sql`rowid` })
    .from(idempotencyKeys)
    .where(
      and(lt(idempotencyKeys.expiresAt, before), notInArray(idempotencyKeys.tenantId, deleting)),
    )
    .limit(limit);
  const result = await db.delete(idempotencyKeys).where(inArray(sql`rowid`, expired));
  return result.meta.changes;
}
