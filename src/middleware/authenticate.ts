import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import { findTargetHandler } from "hono/utils/handler";
import { verifyToken } from "../auth/tokens";
import { cellFor, servedHere, TenantNotInCell } from "../cells/routing";
import type { AppEnv, Principal, TenantIdEnv } from "../env";
import { ApiError, notFound, tenantDeleting, tenantMoving } from "../errors";
import { findTenant } from "../tenants/queries";
import { useCell } from "./database";

/** Requires `Authorization: Bearer <jwt>` and sets the `principal`. */
export const authenticate = () =>
  createMiddleware<AppEnv>(async function authenticate(c, next) {
    const header = c.req.header("Authorization");
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match?.[1]) {
      throw new ApiError(401, "not_authenticated", "Missing bearer token", {
        "WWW-Authenticate": "Bearer",
      });
    }
    c.set("principal", await verifyToken(c.env.JWT_SECRET, match[1]));
    await next();
  });

/** The token's tenant is the path's, or the caller is a platform admin. */
const mayAccessTenant = (principal: Principal, tenantId: string | undefined): tenantId is string =>
  Boolean(tenantId) && (principal.role === "platform_admin" || principal.tenantId === tenantId);

const tenantReadInBatch = createMiddleware<TenantIdEnv>(
  async function readsTenantInBatch(_c, next) {
    await next();
  },
);

/**
 * Marks a route under `/v1/tenants/{tenant_id}` that reads the tenant row in its own batch, next
 * to its writes, and so answers for the tenant's state itself (404 when it is gone, 409 while it
 * is being deleted): `authorizeTenant` checks access for it and loads nothing, which saves the
 * route a round trip to the database. A body such a route refuses is refused before the tenant's
 * state is known. Use it only on a route of a `Hono<TenantIdEnv>`, which has no `tenant`.
 *
 * @example new Hono<TenantIdEnv>().post("/", readsTenantInBatch(), jsonBody(CallStart), start)
 */
export const readsTenantInBatch = () => tenantReadInBatch;

/** The request's route is marked with `readsTenantInBatch`. */
const readsTenantItself = (c: Context) =>
  matchedRoutes(c).some((route) => findTargetHandler(route.handler) === tenantReadInBatch);

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
 * The one check for every `/v1/tenants/{tenant_id}/…` route: the token's tenant must be the
 * path's, or the caller a platform admin; then the request goes to the tenant's cell. The tenant
 * row is loaded there once and handed to the route as `tenant`, unless the route reads it in its
 * own batch (`readsTenantInBatch`). A tenant being deleted answers 409 `tenant_deleting` to
 * everything here (its deletion routes are mounted apart); one being moved is read as usual and
 * refuses writes with 409 `tenant_moving`. A cell that does not hold the tenant (it moved) is
 * left to the error handler, which asks the directory.
 */
export const authorizeTenant = () =>
  createMiddleware<AppEnv>(async function authorizeTenant(c, next) {
    const { tenantId, found } = await enterTenant(c);
    if (!found) throw notFound("Tenant");
    if (!readsTenantItself(c)) {
      const tenant = await findTenant(c.get("db"), tenantId);
      if (!tenant || !servedHere(tenant.status)) throw new TenantNotInCell(tenantId);
      if (tenant.status === "deleting") throw tenantDeleting(tenant.id);
      if (tenant.status === "moving" && !READS.has(c.req.method)) throw tenantMoving();
      c.set("tenant", tenant);
    }
    await next();
  });

/**
 * The same check without the tenant row, for the deletion routes: a deletion receipt still
 * answers once the tenant is gone, from the control plane (no `cell` then).
 */
export const authorizeTenantId = () =>
  createMiddleware<AppEnv>(async function authorizeTenantId(c, next) {
    await enterTenant(c);
    await next();
  });

export const requirePlatformAdmin = () =>
  createMiddleware<AppEnv>(async function requirePlatformAdmin(c, next) {
    if (c.get("principal").role !== "platform_admin") {
      throw new ApiError(403, "forbidden", "Platform administrators only");
    }
    await next();
  });
