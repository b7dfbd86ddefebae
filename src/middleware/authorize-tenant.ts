import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import { findTargetHandler } from "hono/utils/handler";
import {
  credentialValue,
  type FoundAccess,
  findTenantWithAccess,
  parseAccess,
} from "../access/checks";
import type { Principal } from "../access/credentials";
import { keyUseDue, recordKeyUse } from "../access/key-use";
import { allows, defaultRoleFor, TENANT_ROLES, type TenantRole } from "../access/roles";
import { actorOf } from "../activity/actor";
import type { Actor } from "../activity/queries";
import { invalidToken } from "../auth/tokens";
import { cellFor, servedHere, TenantNotInCell } from "../cells/routing";
import { apiKeys } from "../db/schema";
import type { AppEnv, TenantIdEnv } from "../env";
import { ApiError, notFound, tenantDeleting, tenantMoving } from "../errors";
import { REQUIRED_ROLE, type RouteRole } from "../openapi/describe";
import { useCell } from "./database";

/** The credential's tenant is the path's, or the caller is a platform admin. */
const mayAccessTenant = (principal: Principal, tenantId: string | undefined): tenantId is string =>
  Boolean(tenantId) && (principal.role === "platform_admin" || principal.tenantId === tenantId);

const tenantReadInBatch = createMiddleware<TenantIdEnv>(
  async function readsTenantInBatch(_c, next) {
    await next();
  },
);

/**
 * Marks a route under `/v1/tenants/{tenant_id}` that reads the tenant row in its own batch, next
 * to its writes, and so answers for the tenant's state and the credential itself (404 when it is
 * gone, 409 while it is being deleted, 401 and 403 for the credential): `authorizeTenant` checks
 * the path for it and loads nothing, which saves the route a round trip to the database. A body
 * such a route refuses is refused before the tenant's state is known. Use it only on a route of a
 * `Hono<TenantIdEnv>`, which has no `tenant`.
 *
 * @example new Hono<TenantIdEnv>().post("/", readsTenantInBatch(), jsonBody(CallStart), start)
 */
export const readsTenantInBatch = () => tenantReadInBatch;

/** The request's route is marked with `readsTenantInBatch`. */
const readsTenantItself = (c: Context) =>
  matchedRoutes(c).some((route) => findTargetHandler(route.handler) === tenantReadInBatch);

/** The least role the request's route declares (`describeRoute({ role })`), or its default. */
export function requiredRole(c: Context): RouteRole {
  for (const route of matchedRoutes(c)) {
    const declared = (findTargetHandler(route.handler) as { [REQUIRED_ROLE]?: RouteRole })[
      REQUIRED_ROLE
    ];
    if (declared) return declared;
  }
  return defaultRoleFor(c.req.method);
}

export const forbidden = (needs: RouteRole, has: TenantRole) =>
  new ApiError(
    403,
    "forbidden",
    needs === "platform_admin"
      ? "Platform administrators only"
      : `This needs the ${needs} role; the credential has ${has}`,
  );

/** The roles that meet `needs`: none of a tenant's for the platform's own routes. */
const meets = (role: TenantRole, needs: RouteRole) =>
  needs !== "platform_admin" && allows(role, needs);

/** The credential holds on the tenant and has the role the route needs; 401 or 403 otherwise. */
export function requireAccess(
  c: Context,
  access: FoundAccess | null,
  { useRecorded = false } = {},
): FoundAccess {
  if (!access) throw invalidToken("The credential was revoked or has expired");
  // A use of a key that holds, whatever the route then allows it.
  if (!useRecorded) noteKeyUse(c, access);
  const needs = requiredRole(c);
  const platform = c.get("principal")?.role === "platform_admin";
  if (!platform && !meets(access.role, needs)) throw forbidden(needs, access.role);
  // A platform admin acts as itself: the check only knew its session.
  return platform ? { ...access, actorId: c.get("principal").userId ?? access.actorId } : access;
}

/**
 * For a route that reads the tenant in its own batch (`readsTenantInBatch`): the credential, as
 * its statement checks it, with the roles the route allows.
 */
export function credentialInBatch(c: Context<TenantIdEnv>) {
  const { credential } = c.get("principal");
  const needs = requiredRole(c);
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
export function actorInBatch(c: Context<TenantIdEnv>): Actor {
  const { credential } = c.get("principal");
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

/**
 * The path's tenant, checked against the caller, and its cell: the request's queries go there
 * from now on (`useCell`). Another tenant's id answers 404, as if it did not exist, before
 * anything is read.
 */
async function enterTenant(c: Context<AppEnv>): Promise<{ tenantId: string; found: boolean }> {
  const tenantId = c.req.param("tenant_id");
  const principal = c.get("principal");
  if (!mayAccessTenant(principal, tenantId)) throw notFound("Tenant");
  c.set("tenantId", tenantId);
  const cell = await cellFor(c, tenantId, principal.tenantId === tenantId ? principal.cell : null);
  if (cell) useCell(c, cell);
  return { tenantId, found: cell !== undefined };
}

const READS = new Set(["GET", "HEAD"]);

/**
 * The one check for every `/v1/tenants/{tenant_id}/…` route: the credential's tenant must be the
 * path's, or the caller a platform admin; then the request goes to the tenant's cell. There the
 * tenant row and what the credential gives on it (its role, or nothing once revoked or expired)
 * are read in one statement, and the route's role is required of it. The row is handed to the
 * route as `tenant`, and the access as `access`, unless the route reads them in its own batch
 * (`readsTenantInBatch`). A tenant being deleted answers 409 `tenant_deleting` to everything here
 * (its deletion routes are mounted apart); one being moved is read as usual and refuses writes
 * with 409 `tenant_moving`. A cell that does not hold the tenant (it moved) is left to the error
 * handler, which asks the directory.
 */
export const authorizeTenant = () =>
  createMiddleware<AppEnv>(async function authorizeTenant(c, next) {
    const { tenantId, found } = await enterTenant(c);
    if (!found) throw notFound("Tenant");
    if (!readsTenantItself(c)) {
      const read = await findTenantWithAccess(c.get("db"), tenantId, c.get("principal").credential);
      if (!read || !servedHere(read.tenant.status)) throw new TenantNotInCell(tenantId);
      const access = requireAccess(c, read.access);
      const { tenant } = read;
      if (tenant.status === "deleting") throw tenantDeleting(tenant.id);
      if (tenant.status === "moving" && !READS.has(c.req.method)) throw tenantMoving();
      c.set("tenant", tenant);
      c.set("access", access);
    }
    await next();
  });

/**
 * The same check for the deletion and move routes, which answer while the tenant is being deleted
 * or moved: the path, the cell, and the credential's access (`access`) when the tenant is still
 * in a cell. Once its deletion is done there is no cell: the receipt answers a valid credential
 * for that tenant, or a platform admin.
 */
export const authorizeTenantId = () =>
  createMiddleware<AppEnv>(async function authorizeTenantId(c, next) {
    const { tenantId, found } = await enterTenant(c);
    if (found) {
      const read = await findTenantWithAccess(c.get("db"), tenantId, c.get("principal").credential);
      if (read && servedHere(read.tenant.status)) c.set("access", requireAccess(c, read.access));
    }
    await next();
  });
