import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { TOKEN_TTL_SECONDS } from "../auth/tokens";
import type { Db } from "../db/client";
import { adminRefreshTokens, adminSessions } from "../db/control-schema";
import { insertIf } from "../db/insert-if";
import { qualified } from "../db/qualified";
import { refreshTokens, sessions, tenants } from "../db/schema";
import { newId, nowIso } from "../lib/ids";
import { keyedHash, randomBase62 } from "../lib/keyed-hash";
import { CONTROL_PLACE } from "./credentials";

/** A refresh token lives this long from the login; refreshing does not extend it. */
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;

/** Where a user's sessions are: a tenant's cell, or the control plane for platform admins. */
export type SessionStore = {
  db: Db;
  sessions: typeof sessions | typeof adminSessions;
  refreshTokens: typeof refreshTokens | typeof adminRefreshTokens;
  /** The place a refresh token names: the cell's name, or `control`. */
  place: string;
};

export const cellSessions = (db: Db, cell: string): SessionStore => ({
  db,
  sessions,
  refreshTokens,
  place: cell,
});

export const controlSessions = (control: Db): SessionStore => ({
  db: control,
  sessions: adminSessions,
  refreshTokens: adminRefreshTokens,
  place: CONTROL_PLACE,
});

/** A refresh token, and its HMAC to store. */
async function newRefreshToken(hashKey: string, place: string, tenantId: string | null) {
  const token = `rt_${place}_${tenantId ?? "-"}_${randomBase62()}`;
  return { token, hash: await keyedHash(hashKey, token) };
}

export type NewSession = { sessionId: string; refreshToken: string; expiresAt: string };

/**
 * A new session of `userId` with its first refresh token, as statements for the caller's batch
 * (a login writes its activity entry beside them).
 */
export async function startSession(
  store: SessionStore,
  hashKey: string,
  who: { tenantId: string | null; userId: string },
): Promise<NewSession & { writes: BatchItem<"sqlite">[] }> {
  const now = new Date();
  const sessionId = newId();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_SECONDS * 1000).toISOString();
  const refresh = await newRefreshToken(hashKey, store.place, who.tenantId);
  const writes = [
    store.db.insert(store.sessions).values({
      id: sessionId,
      tenantId: who.tenantId as string,
      userId: who.userId,
      createdAt: now.toISOString(),
      expiresAt,
    }),
    store.db.insert(store.refreshTokens).values({
      tokenHash: refresh.hash,
      tenantId: who.tenantId as string,
      sessionId,
      status: "current",
      createdAt: now.toISOString(),
    }),
  ];
  return { sessionId, refreshToken: refresh.token, expiresAt, writes };
}

/** What a refresh did; `tenantStatus`: the tenant's status in the cell, as the refresh read it. */
export type Refreshed =
  | {
      outcome: "rotated";
      sessionId: string;
      userId: string;
      refreshToken: string;
      tenantStatus: string | null;
    }
  | { outcome: "reused"; sessionId: string; userId: string; tenantStatus: string | null }
  | { outcome: "invalid" };

/** The session's tenant's status in a cell, read with the token; none in the control plane. */
const tenantStatusOf = (store: SessionStore) =>
  store.place === CONTROL_PLACE
    ? sql<string | null>`NULL`
    : sql<string | null>`(SELECT ${tenants.status} FROM ${tenants}
        WHERE ${tenants.id} = ${qualified(store.refreshTokens.tenantId)})`;

/**
 * A refresh: the token must be its session's current one, the session live. Then, in one
 * batch, the token is spent and a new one made current, guarded by the token still being
 * current (so two refreshes with one token cannot both win). A token already spent, used again,
 * is a stolen one or a replay: its session is revoked, and every token of it with it.
 */
export async function refreshSession(
  store: SessionStore,
  hashKey: string,
  token: string,
  tenantId: string | null,
): Promise<Refreshed> {
  const { db } = store;
  const hash = await keyedHash(hashKey, token);
  const now = nowIso();
  const found = await db
    .select({
      status: store.refreshTokens.status,
      sessionId: store.sessions.id,
      userId: store.sessions.userId,
      revokedAt: store.sessions.revokedAt,
      expiresAt: store.sessions.expiresAt,
      tenantStatus: tenantStatusOf(store),
    })
    .from(store.refreshTokens)
    .innerJoin(store.sessions, eq(store.sessions.id, store.refreshTokens.sessionId))
    .where(eq(store.refreshTokens.tokenHash, hash))
    .get();
  if (!found || found.revokedAt !== null || found.expiresAt <= now) return { outcome: "invalid" };
  const { sessionId, userId, tenantStatus } = found;
  if (found.status === "spent") {
    await revokeSession(store, sessionId, "refresh_token_reused");
    return { outcome: "reused", sessionId, userId, tenantStatus };
  }
  const next = await newRefreshToken(hashKey, store.place, tenantId);
  const [spent] = await db.batch([
    db
      .update(store.refreshTokens)
      .set({ status: "spent" })
      .where(
        and(eq(store.refreshTokens.tokenHash, hash), eq(store.refreshTokens.status, "current")),
      )
      .returning({ hash: store.refreshTokens.tokenHash }),
    insertIf(
      db,
      store.refreshTokens as typeof refreshTokens,
      {
        tokenHash: next.hash,
        tenantId: tenantId as string,
        sessionId: found.sessionId,
        status: "current",
        createdAt: now,
      },
      sql`changes() = 1`,
    ),
    db
      .update(store.sessions)
      .set({ refreshedAt: now })
      .where(eq(store.sessions.id, found.sessionId)),
  ]);
  if (spent.length === 0) {
    // Another refresh spent it a moment ago: the same token twice.
    await revokeSession(store, sessionId, "refresh_token_reused");
    return { outcome: "reused", sessionId, userId, tenantStatus };
  }
  return { outcome: "rotated", sessionId, userId, refreshToken: next.token, tenantStatus };
}

/**
 * What revoking sets: the time and reason, and an end an hour on (never later than it was), past
 * every access token of the session, so the sweep of ended sessions removes it then.
 */
function revoked(store: SessionStore, reason: string) {
  const now = Date.now();
  const endsAt = new Date(now + TOKEN_TTL_SECONDS * 1000).toISOString();
  return {
    revokedAt: new Date(now).toISOString(),
    revokedReason: reason,
    expiresAt: sql`min(${qualified(store.sessions.expiresAt)}, ${endsAt})`,
  };
}

/** Revokes one session: its access tokens and refresh tokens are refused from now on. */
export const revokeSession = (store: SessionStore, sessionId: string, reason: string) =>
  store.db
    .update(store.sessions)
    .set(revoked(store, reason))
    .where(and(eq(store.sessions.id, sessionId), isNull(store.sessions.revokedAt)));

/**
 * Revokes every live session of `userId` but `keep`, only while `keep` itself is live (a
 * password change: a change that another one's revocation overtook revokes nothing); the ids
 * revoked.
 */
export const revokeOthersWhileLive = (
  store: SessionStore,
  userId: string,
  reason: string,
  keep: string,
) =>
  store.db
    .update(store.sessions)
    .set(revoked(store, reason))
    .where(
      and(
        eq(store.sessions.userId, userId),
        isNull(store.sessions.revokedAt),
        gt(store.sessions.expiresAt, nowIso()),
        ne(store.sessions.id, keep),
        liveSession(store, keep),
      ),
    )
    .returning({ id: store.sessions.id });

/** The session `id` is live: not revoked, not expired. For a statement's own condition. */
const liveSession = (store: SessionStore, id: string) =>
  sql`EXISTS (SELECT 1 FROM ${store.sessions} AS "kept" WHERE "kept"."id" = ${id}
    AND "kept"."revoked_at" IS NULL AND "kept"."expires_at" > ${nowIso()})`;

/** The session `id`, if live: read in the batch that revoked the others, after them. */
export const findLiveSession = (store: SessionStore, id: string) =>
  store.db
    .select({ id: store.sessions.id })
    .from(store.sessions)
    .where(
      and(
        eq(store.sessions.id, id),
        isNull(store.sessions.revokedAt),
        gt(store.sessions.expiresAt, nowIso()),
      ),
    );

/** Revokes every live session of `userId` but `keep`: a password changed, a member removed. */
export const revokeSessionsOf = (
  store: SessionStore,
  userId: string,
  reason: string,
  keep?: string,
) =>
  store.db
    .update(store.sessions)
    .set(revoked(store, reason))
    .where(
      and(
        eq(store.sessions.userId, userId),
        isNull(store.sessions.revokedAt),
        gt(store.sessions.expiresAt, nowIso()),
        keep ? ne(store.sessions.id, keep) : undefined,
      ),
    );
