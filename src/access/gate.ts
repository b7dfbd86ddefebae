import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import { findTargetHandler } from "hono/utils/handler";
import { actorOf } from "../activity/actor";
import type { Actor } from "../activity/queries";
import { invalidToken } from "../auth/tokens";
import type { Db } from "../db/client";
import { adminSessions } from "../db/control-schema";
import { apiKeys } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { CREDENTIAL_CHECK, REQUIRED_ROLE, type RouteRole } from "../openapi/describe";
import { credentialValue, type FoundAccess, parseAccess } from "./checks";
import type { Access, CredentialCheck, Principal } from "./credentials";
import { keyUseDue, recordKeyUse } from "./key-use";
import { allows, defaultRoleFor, TENANT_ROLES, type TenantRole } from "./roles";

/**
 * The one gate for credentials. Every authenticated route declares where its credential is
 * verified (`describeRoute({ credential })`, `CredentialCheck`), and nothing else is taken for
 * verified:
 *
 * - `tenant` (the default under `/v1/tenants/{tenant_id}`): in the tenant's own statement, the
 *   access read in the same SQL as the tenant row (src/access/checks.ts), by `authorizeTenant`
 *   or by the route's own batch (`readsTenantInBatch`);
 * - `platform`: in the control plane, a platform admin's live session, and nothing else;
 * - `receipt` (the deletion routes): in the tenant's statement while the tenant is in its cell;
 *   once it is gone, against its deletion receipt in the control plane: a platform admin's live
 *   session, or an unexpired access token of the very session that requested the deletion;
 * - `session` (the default elsewhere: the auth routes on the caller's own session): the route
 *   checks the token's session where it lives, a platform admin's here.
 *
 * A route that declares `tenant`, `platform` or `receipt` and answers a success without its
 * credential having been verified so is refused (401) and logged: a route mounted past the
 * gate's checks cannot answer anyone.
 */

// The requests whose credential was verified, and how: the gate's own record, kept out of the
// request's variables so that nothing but the gate can write it.
// The gate takes any route's context (`Context`): its checks run inside the middleware whose
// variables every route's environment is made of (src/env.ts).
const verifiedBy = new WeakMap<Context, CredentialCheck>();

const verified = (c: Context, how: CredentialCheck) => {
  verifiedBy.set(c, how);
};

// What each request's route declares, found once: the gate asks several times a request, and
// each time the matched handlers (every middleware on the path too) would be walked anew.
const declarations = new WeakMap<Context, Map<symbol, unknown>>();

/** The first of the request's matched handlers that carries `key`'s declaration. */
function declared<T>(c: Context, key: symbol): T | undefined {
  let found = declarations.get(c);
  if (!found) {
    found = new Map();
    declarations.set(c, found);
  }
  if (found.has(key)) return found.get(key) as T | undefined;
  let value: T | undefined;
  for (const route of matchedRoutes(c)) {
    value = (findTargetHandler(route.handler) as unknown as Record<symbol, T | undefined>)[key];
    if (value) break;
  }
  found.set(key, value);
  return value;
}

/** Where the request's route verifies its credential: declared, or the default for its path. */
export const credentialCheckOf = (c: Context): CredentialCheck =>
  declared<CredentialCheck>(c, CREDENTIAL_CHECK) ??
  (c.req.param("tenant_id") ? "tenant" : "session");

/** The least role the request's route declares (`describeRoute({ role })`), or its default. */
export const requiredRole = (c: Context): RouteRole =>
  declared<RouteRole>(c, REQUIRED_ROLE) ?? defaultRoleFor(c.req.method);

export const forbidden = (needs: RouteRole, has: TenantRole) =>
  new ApiError(
    403,
    "forbidden",
    needs === "platform_admin"
      ? "Platform administrators only"
      : `This needs the ${needs} role; the credential has ${has}`,
  );

const platformOnly = () => new ApiError(403, "forbidden", "Platform administrators only");

/** The roles that meet `needs`: none of a tenant's for the platform's own routes. */
const meets = (role: TenantRole, needs: RouteRole) =>
  needs !== "platform_admin" && allows(role, needs);

/** A platform admin's session holds, in the control plane. */
async function checkAdminSession(control: Db, principal: Principal) {
  if (principal.credential.kind !== "platform" || !principal.userId) return false;
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
  return true;
}

/**
 * The gate's first check, once the bearer credential is read (`authenticate`): a platform admin's
 * session is verified in the control plane here, for every route; a `platform` route refuses
 * anyone else (403) before anything else runs.
 */
export async function enterGate(c: Context, principal: Principal) {
  const admin = await checkAdminSession(c.get("control") as Db, principal);
  if (credentialCheckOf(c) !== "platform") return;
  if (admin) verified(c, "platform");
  // Under a tenant, the tenant's check answers first: another tenant's id is 404, as if it did
  // not exist, and the tenant's own credentials 403 for the role.
  else if (!c.req.param("tenant_id")) throw platformOnly();
}

/**
 * The gate's last check, on the answer: a success for a route whose credential was not verified
 * where it declares is refused.
 */
export function leaveGate(c: Context) {
  const how = credentialCheckOf(c);
  if (how === "session" || !c.res.ok || verifiedBy.get(c) === how) return;
  console.error(JSON.stringify({ level: "error", unverified_credential: how, path: c.req.path }));
  throw invalidToken("The credential could not be verified");
}

/** The credential holds on the tenant and has the role the route needs; 401 or 403 otherwise. */
export function requireAccess(
  c: Context,
  access: FoundAccess | null,
  { useRecorded = false } = {},
): FoundAccess {
  if (!access) {
    // Another tenant's credential, which reaches no sub-account here, learns nothing of it.
    const principal = c.get("principal") as Principal | undefined;
    if (principal && principal.tenantId !== c.req.param("tenant_id")) throw notFound("Tenant");
    throw invalidToken("The credential was revoked or has expired");
  }
  // A use of a key that holds, whatever the route then allows it.
  if (!useRecorded) noteKeyUse(c, access);
  const needs = requiredRole(c);
  const platform = c.get("principal")?.role === "platform_admin";
  if (!platform && !meets(access.role, needs)) throw forbidden(needs, access.role);
  verified(c, credentialCheckOf(c));
  // A platform admin acts as itself: the check only knew its session.
  return platform ? { ...access, actorId: c.get("principal").userId ?? access.actorId } : access;
}

/**
 * For a route that reads the tenant in its own batch (`readsTenantInBatch`): the credential, as
 * its statement checks it, with the roles the route allows. The route's statement takes it as
 * the condition of everything it writes or answers: the credential is verified there.
 */
export function credentialInBatch(c: Context) {
  const { credential }: Principal = c.get("principal");
  const needs = requiredRole(c);
  verified(c, "tenant");
  return {
    kind: credential.kind,
    value: credentialValue(credential),
    allowedRoles: TENANT_ROLES.filter((role) => meets(role, needs)),
  };
}

/**
 * What the batch's own read of the credential found: 401 or 403 as `requireAccess` answers. The
 * batch recorded a key's use itself.
 */
export const accessInBatch = (c: Context, json: string | null) =>
  requireAccess(c, parseAccess(json), { useRecorded: true });

/**
 * Who a batch acts as, for its activity entry, before the batch has read the credential: a user
 * by its token's id; a key by its id and name, read by the entry's own insert.
 */
export function actorInBatch(c: Context): Actor {
  const { credential }: Principal = c.get("principal");
  const actor = actorOf(c);
  if (credential.kind !== "key") return actor;
  const ofKey = (column: typeof apiKeys.id | typeof apiKeys.name) =>
    sql`(SELECT ${column} FROM ${apiKeys} WHERE ${apiKeys.keyHash} = ${credential.keyHash})`;
  return { ...actor, actorType: "key", actorId: ofKey(apiKeys.id), actorName: ofKey(apiKeys.name) };
}

/** Records a key's use, at most once a minute, after the answer: it costs the request nothing. */
function noteKeyUse(c: Context, access: FoundAccess) {
  if (access.actorType !== "key" || !keyUseDue(access.lastUsedAt, Date.now())) return;
  const write = recordKeyUse(c.get("db"), eq(apiKeys.id, access.actorId), new Date()).then(
    () => undefined,
    () => undefined,
  );
  try {
    c.executionCtx.waitUntil(write);
  } catch {
    // No execution context (a test calling the app directly): the write runs on its own.
  }
}

/** Who requested a deletion: the job's or the receipt's record of it. */
export type DeletionRequester = {
  tenantId: string;
  requestedBy: string;
  requestedSession: string | null;
};

/**
 * Once the tenant is gone, with its sessions, keys, members and accounts, what can still be
 * verified: a platform admin's session (checked in the control plane on entering the gate), or an
 * access token (its signature and expiry checked on entering) of the very session the deletion
 * was requested with, for the user who requested it. The deletion recorded that session only if
 * it was still live when the tenant's sessions were deleted (a logged-out one is not). Nothing
 * else: no key, no other session, no other user of the tenant. The route's role still applies.
 */
export function requireReceiptReader(c: Context, requester: DeletionRequester): Access {
  const principal: Principal = c.get("principal");
  const { credential } = principal;
  const requesting =
    credential.kind === "session" &&
    requester.requestedSession !== null &&
    credential.sessionId === requester.requestedSession &&
    principal.userId === requester.requestedBy &&
    principal.tenantId === requester.tenantId;
  if (credential.kind !== "platform" && principal.tenantId !== requester.tenantId) {
    throw notFound("Tenant");
  }
  if (credential.kind !== "platform" && !requesting) {
    throw invalidToken(
      "The tenant is gone: its receipt answers the session that requested the deletion, and " +
        "platform admins",
    );
  }
  // Only an owner-level credential requests a deletion: the requester was the owner.
  return requireAccess(c, {
    role: "owner",
    actorType: "user",
    actorId: principal.userId ?? requester.requestedBy,
    actorName: null,
    userId: credential.kind === "platform" ? null : principal.userId,
    lastUsedAt: null,
  });
}
