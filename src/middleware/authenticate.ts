import { and, eq, gt, isNull } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { API_KEY_PATTERN, type Principal, placeOf } from "../access/credentials";
import { invalidToken, verifyToken } from "../auth/tokens";
import type { Db } from "../db/client";
import { adminSessions } from "../db/control-schema";
import type { AppEnv, Bindings } from "../env";
import { ApiError } from "../errors";
import { keyedHash } from "../lib/keyed-hash";

/** An API key as a principal: its tenant and cell from its prefix, the key itself by its HMAC. */
async function keyPrincipal(env: Bindings, key: string): Promise<Principal> {
  const place = placeOf(API_KEY_PATTERN, key);
  if (!place) throw invalidToken("Invalid API key");
  return {
    credential: { kind: "key", keyHash: await keyedHash(env.CREDENTIAL_HASH_KEY, key) },
    userId: null,
    role: null,
    tenantId: place.tenantId,
    cell: place.cell,
  };
}

/** A platform admin's session holds: the only check in the control plane a request makes. */
async function checkAdminSession(control: Db, principal: Principal) {
  if (principal.credential.kind !== "platform" || !principal.userId) return;
  const session = await control
    .select({ id: adminSessions.id })
    .from(adminSessions)
    .where(
      and(
        eq(adminSessions.id, principal.credential.sessionId),
        eq(adminSessions.userId, principal.userId),
        isNull(adminSessions.revokedAt),
        gt(adminSessions.expiresAt, new Date().toISOString()),
      ),
    )
    .get();
  if (!session) throw invalidToken("The session was revoked or has expired");
}

/**
 * Requires `Authorization: Bearer <access token or API key>` and sets the `principal`: what the
 * credential says. Whether it still holds on a tenant is read with the tenant, in the request's
 * own statement (`authorizeTenant`); a platform admin's session is checked here.
 */
export const authenticate = () =>
  createMiddleware<AppEnv>(async function authenticate(c, next) {
    const header = c.req.header("Authorization");
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    const bearer = match?.[1];
    if (!bearer) {
      throw new ApiError(401, "not_authenticated", "Missing bearer token", {
        "WWW-Authenticate": "Bearer",
      });
    }
    const principal = bearer.startsWith("sk_")
      ? await keyPrincipal(c.env, bearer)
      : await verifyToken(c.env.JWT_SECRET, bearer);
    await checkAdminSession(c.get("control"), principal);
    c.set("principal", principal);
    await next();
  });

export const requirePlatformAdmin = () =>
  createMiddleware<AppEnv>(async function requirePlatformAdmin(c, next) {
    if (c.get("principal").role !== "platform_admin") {
      throw new ApiError(403, "forbidden", "Platform administrators only");
    }
    await next();
  });
