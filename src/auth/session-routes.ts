import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { findTenantWithAccess } from "../access/checks";
import { CONTROL_PLACE, placeOf, REFRESH_TOKEN_PATTERN } from "../access/credentials";
import {
  cellSessions,
  controlSessions,
  refreshSession,
  revokeSession,
  revokeSessionsOf,
  type SessionStore,
} from "../access/sessions";
import { actorOf } from "../activity/actor";
import { insertActivity } from "../activity/queries";
import { directoryCell } from "../cells/routing";
import { users } from "../db/control-schema";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { authenticate } from "../middleware/authenticate";
import { cellDb } from "../middleware/database";
import { clientIp, rateLimit } from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { tokenResponse } from "./grant";
import { invalidCredentials } from "./login";
import { hashPassword, verifyPasswordOrDummy } from "./password";
import { activeMembership } from "./queries";
import { PasswordChange, RefreshRequest, TokenResponse } from "./schemas";
import {
  clearSessionCookie,
  refreshTokenOf,
  SESSION_COOKIE_PARAMETER,
  tokenAnswer,
} from "./session-cookie";
import { invalidToken } from "./tokens";

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
    };
  }
  const store = await tenantStore(c, principal.tenantId);
  const read = await findTenantWithAccess(store.db, principal.tenantId, credential);
  if (!read?.access) throw invalidToken("The session was revoked or has expired");
  c.set("access", read.access);
  return { store, tenantId: principal.tenantId, sessionId: credential.sessionId };
}

/** A session change in the tenant's activity log: `session.revoked`, `user.password_changed`. */
const logged = (
  c: Ctx,
  store: SessionStore,
  tenantId: string | null,
  action: string,
  id: string,
  userId?: string,
) =>
  tenantId
    ? [
        insertActivity(store.db, actorOf(c, userId), {
          tenantId,
          action,
          targetType: action.startsWith("user.") ? "user" : "session",
          targetId: id,
          changes: {},
        }),
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
      if (refreshed.outcome === "reused") {
        if (place.tenantId) {
          await store.db.batch(
            logged(
              c,
              store,
              place.tenantId,
              "session.reuse_detected",
              refreshed.sessionId,
              refreshed.userId,
            ) as [ReturnType<typeof insertActivity>],
          );
        }
        throw invalidToken("This refresh token was used before: the session is revoked");
      }
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
        "from the next request on, and the session cookie is cleared.",
      responses: { 204: { description: "Logged out", headers: ["Set-Cookie"] } },
    }),
    authenticate(),
    noQueryParams(),
    async (c) => {
      const { store, tenantId, sessionId } = await ownSession(c);
      await store.db.batch([
        revokeSession(store, sessionId, "logout"),
        ...logged(c, store, tenantId, "session.revoked", sessionId),
      ]);
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
        "With the current password: sets the new one and revokes every other session of the " +
        "user (this one goes on).",
      errors: ["invalid_credentials"],
      responses: { 204: { description: "Changed" } },
    }),
    authenticate(),
    rateLimit("AUTH_IP_LIMITER", (c) => `password:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(PasswordChange),
    async (c) => {
      const { current_password: current, new_password: next } = c.req.valid("json");
      const { store, tenantId, sessionId } = await ownSession(c);
      const userId = c.get("principal").userId ?? "";
      const control = c.get("control");
      const user = await control.select().from(users).where(eq(users.id, userId)).get();
      if (!user) throw notFound("User");
      if (!(await verifyPasswordOrDummy(current, user.passwordHash))) throw invalidCredentials();
      await control
        .update(users)
        .set({ passwordHash: await hashPassword(next) })
        .where(eq(users.id, userId));
      await store.db.batch([
        revokeSessionsOf(store, userId, "password_changed", sessionId),
        ...logged(c, store, tenantId, "user.password_changed", userId),
      ]);
      return c.body(null, 204);
    },
  );
