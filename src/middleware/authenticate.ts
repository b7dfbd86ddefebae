import { createMiddleware } from "hono/factory";
import { verifyToken } from "../auth/tokens";
import type { AppEnv, Principal } from "../env";
import { ApiError, notFound, tenantDeleting } from "../errors";
import { findTenant } from "../tenants/queries";

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

/**
 * The one check for every `/v1/tenants/{tenant_id}/…` route: the token's tenant must be the
 * path's, or the caller a platform admin. Another tenant's id answers 404, as if it did not exist.
 * The tenant row is loaded here once and handed to the route as `tenant`. A tenant being deleted
 * answers 409 `tenant_deleting` to everything here; its deletion routes are mounted apart.
 */
export const authorizeTenant = () =>
  createMiddleware<AppEnv>(async function authorizeTenant(c, next) {
    const tenantId = c.req.param("tenant_id");
    const tenant = mayAccessTenant(c.get("principal"), tenantId)
      ? await findTenant(c.get("db"), tenantId)
      : undefined;
    if (!tenant) throw notFound("Tenant");
    if (tenant.status === "deleting") throw tenantDeleting(tenant.id);
    c.set("tenant", tenant);
    await next();
  });

/**
 * The same check without the tenant row, for the deletion routes: a deletion receipt still
 * answers once the tenant is gone.
 */
export const authorizeTenantId = () =>
  createMiddleware<AppEnv>(async function authorizeTenantId(c, next) {
    if (!mayAccessTenant(c.get("principal"), c.req.param("tenant_id"))) throw notFound("Tenant");
    await next();
  });

export const requirePlatformAdmin = () =>
  createMiddleware<AppEnv>(async function requirePlatformAdmin(c, next) {
    if (c.get("principal").role !== "platform_admin") {
      throw new ApiError(403, "forbidden", "Platform administrators only");
    }
    await next();
  });
