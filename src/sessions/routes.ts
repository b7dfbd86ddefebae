import { and, eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type Context, Hono } from "hono";
import { findTenantWithAccess } from "../access/checks";
import { CONTROL_PLACE, placeOf, REFRESH_TOKEN_PATTERN } from "../access/credentials";
import { mirrorSessionsDuringMove } from "../access/move-mirror";
import {
  cellSessions,
  controlSessions,
  findLiveSession,
  refreshSession,
  revokeOthersWhileLive,
  revokeSession,
  type SessionStore,
} from "../access/sessions";
import { actorOf } from "../activity/actor";
import { activityRow } from "../activity/queries";
import { tokenResponse } from "../auth/grant";
import { invalidCredentials } from "../auth/login";
import { hashPassword, passwordIterations, verifyPasswordOrDummy } from "../auth/password";
import { activeMembership } from "../auth/queries";
import { PasswordChange, RefreshRequest, TokenResponse } from "../auth/schemas";
import {
  clearSessionCookie,
  refreshTokenOf,
  SESSION_COOKIE_PARAMETER,
  tokenAnswer,
} from "../auth/session-cookie";
import { invalidToken } from "../auth/tokens";
import { directoryCell } from "../cells/routing";
import { users } from "../db/control-schema";
import { insertIf } from "../db/insert-if";
import { activityLogs, tenants } from "../db/schema";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { authenticate } from "../middleware/authenticate";
import { cellDb } from "../middleware/database";
import { clientIp, enforceRateLimit, rateLimit } from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";

type Ctx = Context<AppEnv>;

/** The sessions of the tenant's users, in its cell (the directory says which, after a move). */
async function tenantStore(c: Ctx, tenantId: string): Promise<SessionStore> {
  const cell = await directoryCell(c.env, c.get("control"), tenantId);
  if (!cell) throw invalidToken("The tenant is gone");
  return cellSessions(cellDb(c, cell), cell.name);
}

/**
 * The session of the request's own access token, still live: where it is, and for a tenant's
 * user the tenant. 401 once it was revoked or expired.
 */
async function ownSession(c: Ctx) {
  const principal = c.get("principal");
  const { credential } = principal;
  if (credential.kind === "key") throw invalidToken("An API key has no session");
  if (credential.kind === "platform" || !principal.tenantId) {
    return {
      store: controlSessions(c.get("control")),
      tenantId: null,
      sessionId: credential.sessionId,
      tenantStatus: null,
    };
  }
  const store = await tenantStore(c, principal.tenantId);
  const read = await findTenantWithAccess(store.db, principal.tenantId, credential);
  if (!read?.access) throw invalidToken("The session was revoked or has expired");
  c.set("access", read.access);
  return {
    store,
    tenantId: principal.tenantId,
    sessionId: credential.sessionId,
    tenantStatus: read.tenant.status,
  };
}

/**
 * Sessions a request wrote while their tenant moves, written in the move's other cell too, so the
 * next request finds them as they are in whichever copy checks it (src/access/move-mirror.ts).
 */
const mirrorIfMoving = (
  c: Ctx,
  store: SessionStore,
  written: { tenantId: string | null; tenantStatus: string | null; sessionIds: string[] },
) =>
  written.tenantId && written.tenantStatus === "moving"
    ? mirrorSessionsDuringMove(c.env, c.get("control"), {
        cell: store.place,
        tenantId: written.tenantId,
        sessionIds: written.sessionIds,
      })
    : Promise.resolve();

/**
 * A session change in the tenant's activity log: `session.revoked`, `user.password_changed`. The
 * change is written in every state of its tenant, the entry only while the tenant takes writes:
 * not while it is being moved (its log is being copied) or deleted (its log goes with it).
 */
const logged = (
  c: Ctx,
  store: SessionStore,
  tenantId: string | null,
  action: string,
  id: string,
  userId?: string,
): BatchItem<"sqlite">[] =>
  tenantId
    ? [
        insertIf(
          store.db,
          activityLogs,
          activityRow(actorOf(c, userId), {
            tenantId,
            action,
            targetType: action.startsWith("user.") ? "user" : "session",
            targetId: id,
            changes: {},
          }),
          sql`EXISTS (SELECT 1 FROM ${tenants} AS "t" WHERE "t"."id" = ${tenantId}
            AND "t"."status" IN ('active', 'inactive'))`,
        ),
      ]
    : [];

/** Mounted at `/v1/auth`: the session's refresh, its end, and a password change. */
export const sessionRoutes = new Hono<AppEnv>()
  .post(
    "/refresh",
    describeRoute({
      tags: ["Auth"],
      summary: "Refresh the session",
      description:
        "Trades the session's refresh token for a new access token and a new refresh token; " +
        "the one sent is spent. A spent one sent again is taken for a stolen copy: the whole " +
        "session is revoked (401), every token of it refused from then on.",
      auth: false,
      errors: ["invalid_token"],
      headers: [SESSION_COOKIE_PARAMETER],
      responses: {
        200: { description: "New tokens", schema: TokenResponse, headers: ["Set-Cookie"] },
      },
    }),
    rateLimit("AUTH_IP_LIMITER", (c) => `refresh:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(RefreshRequest),
    async (c) => {
      const token = refreshTokenOf(c, c.req.valid("json").refresh_token);
      const place = placeOf(REFRESH_TOKEN_PATTERN, token);
      if (!place) throw invalidToken("Invalid refresh token");
      const admin = place.cell === CONTROL_PLACE;
      const store = admin
        ? controlSessions(c.get("control"))
        : await tenantStore(c, place.tenantId ?? "");
      const refreshed = await refreshSession(
        store,
        c.env.CREDENTIAL_HASH_KEY,
        token,
        place.tenantId,
      );
      if (refreshed.outcome === "invalid") throw invalidToken("Invalid or expired refresh token");
      const written = {
        tenantId: place.tenantId,
        tenantStatus: refreshed.tenantStatus,
        sessionIds: [refreshed.sessionId],
      };
      if (refreshed.outcome === "reused") {
        await mirrorIfMoving(c, store, written);
        const entry = logged(
          c,
          store,
          place.tenantId,
          "session.reuse_detected",
          refreshed.sessionId,
          refreshed.userId,
        );
        if (entry.length > 0) await store.db.batch(entry as [BatchItem<"sqlite">]);
        throw invalidToken("This refresh token was used before: the session is revoked");
      }
      await mirrorIfMoving(c, store, written);
      const role = admin
        ? ("platform_admin" as const)
        : refreshed.userId === place.tenantId
          ? ("owner" as const)
          : (await activeMembership(store.db, place.tenantId ?? "", refreshed.userId))?.role;
      if (!role) throw invalidToken("The user is no longer a member of the tenant");
      const subject = {
        userId: refreshed.userId,
        tenantId: place.tenantId,
        role,
        cell: admin ? null : store.place,
      };
      const session = await store.db
        .select({ expiresAt: store.sessions.expiresAt })
        .from(store.sessions)
        .where(eq(store.sessions.id, refreshed.sessionId))
        .get();
      return tokenAnswer(
        c,
        await tokenResponse(c.env, subject, {
          sessionId: refreshed.sessionId,
          refreshToken: refreshed.refreshToken,
          expiresAt: session?.expiresAt ?? new Date().toISOString(),
        }),
        200,
      );
    },
  )
  .post(
    "/logout",
    describeRoute({
      tags: ["Auth"],
      summary: "Log out",
      description:
        "Revokes the session of the access token sent: it and its refresh token are refused " +
        "from the next request on, whatever the tenant's state, and the session cookie is cleared.",
      responses: { 204: { description: "Logged out", headers: ["Set-Cookie"] } },
    }),
    authenticate(),
    noQueryParams(),
    async (c) => {
      const { store, tenantId, sessionId, tenantStatus } = await ownSession(c);
      await store.db.batch([
        revokeSession(store, sessionId, "logout"),
        ...logged(c, store, tenantId, "session.revoked", sessionId),
      ]);
      await mirrorIfMoving(c, store, { tenantId, tenantStatus, sessionIds: [sessionId] });
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .post(
    "/password",
    describeRoute({
      tags: ["Auth"],
      summary: "Change password",
      description:
        "With the current password: sets the new one and ends every other session of the user " +
        "(this one goes on), whatever the tenant's state. Per address and per user, 20 tries a " +
        "minute, then 429 `rate_limited`. 401 for a wrong password, or when another change won.",
      errors: ["invalid_credentials"],
      responses: { 204: { description: "Changed" } },
    }),
    authenticate(),
    rateLimit("AUTH_IP_LIMITER", (c) => `password:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(PasswordChange),
    async (c) => {
      const { current_password: current, new_password: next } = c.req.valid("json");
      const userId = c.get("principal").userId ?? "";
      // Every guess counts, from every address, before the hash: as a login's.
      await enforceRateLimit(c.env.AUTH_EMAIL_LIMITER, `password:${userId}`);
      const { store, tenantId, sessionId, tenantStatus } = await ownSession(c);
      const control = c.get("control");
      const user = await control.select().from(users).where(eq(users.id, userId)).get();
      if (!user) throw notFound("User");
      const iterations = passwordIterations(c.env);
      if (!(await verifyPasswordOrDummy(current, user.passwordHash, iterations))) {
        throw invalidCredentials();
      }
      const nextHash = await hashPassword(next, iterations);
      // 1. The sessions' store: every other session ends, while this one is live. Refused (the
      //    fence), or overtaken by another change's revocation: nothing written anywhere.
      const ended = await endOtherSessions(store, userId, sessionId);
      await mirrorIfMoving(c, store, { tenantId, tenantStatus, sessionIds: ended });
      // 2. The control plane: the new hash, only over the one verified. The point of no return.
      const changed = await control
        .update(users)
        .set({ passwordHash: nextHash })
        .where(and(eq(users.id, userId), eq(users.passwordHash, user.passwordHash)))
        .returning({ id: users.id });
      if (changed.length === 0) throw invalidCredentials();
      // 3. The sessions' store again: one a login with the old password started between 1 and 2,
      //    and the entry. Should this fail, sending the change again with the new password
      //    finishes it.
      const late = await store.db.batch([
        revokeOthersWhileLive(store, userId, "password_changed", sessionId),
        ...logged(c, store, tenantId, "user.password_changed", userId),
      ]);
      await mirrorIfMoving(c, store, {
        tenantId,
        tenantStatus,
        sessionIds: (late[0] as { id: string }[]).map((row) => row.id),
      });
      return c.body(null, 204);
    },
  );

/**
 * Every other live session of the user revoked, in one batch with the check that this one is
 * still live; the ids revoked. 401 when this session was revoked meanwhile (another password
 * change of the user came first): then nothing was revoked.
 */
async function endOtherSessions(store: SessionStore, userId: string, keep: string) {
  const [ended, own] = await store.db.batch([
    revokeOthersWhileLive(store, userId, "password_changed", keep),
    findLiveSession(store, keep),
  ]);
  if (own.length === 0) throw invalidToken("The session was revoked or has expired");
  return ended.map((row) => row.id);
}
