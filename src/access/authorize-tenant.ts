import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { RequestIdVariables } from "hono/request-id";
import { matchedRoutes } from "hono/route";
import { findTargetHandler } from "hono/utils/handler";
import type { Bindings } from "../bindings";
import { cellFor, servedHere, TenantNotInCell } from "../cells/routing";
import type { TenantRow } from "../db/schema";
import { notFound, tenantDeleting, tenantDeletionScheduled, tenantMoving } from "../errors";
import type { AuthenticateVariables } from "../middleware/authenticate";
import { type CellVariables, type DatabaseVariables, useCell } from "../middleware/database";
import { findTenantWithAccess } from "./checks";
import type { Access, Principal } from "./credentials";
import { requireAccess, requireReceiptReader } from "./gate";
import { findDeletionRequester } from "./requester";

/** What the gate gives a request under `/v1/tenants/{tenant_id}`, whatever its route. */
export type TenantIdVariables = {
  /** The path's tenant id, set once the caller may access it. */
  tenantId: string;
  /** What the principal's credential gives on the path's tenant, once read. */
  access: Access;
};

/** What `authorizeTenant` gives a route that does not read the tenant in its own batch. */
export type TenantVariables = {
  /** The tenant named by the path, loaded once. */
  tenant: TenantRow;
};

/** What the gate reads (the request, its credential, its databases) and sets. */
type GateVariables = RequestIdVariables &
  AuthenticateVariables &
  DatabaseVariables &
  CellVariables &
  TenantIdVariables;
type TenantIdGateEnv = { Bindings: Bindings; Variables: GateVariables };
type TenantGateEnv = { Bindings: Bindings; Variables: GateVariables & TenantVariables };

/**
 * The credential may reach the path's tenant: its own, any as a platform admin, or another of its
 * cell, which its statement lets through only as a sub-account of the credential's tenant.
 */
const mayAccessTenant = (principal: Principal, tenantId: string | undefined): tenantId is string =>
  Boolean(tenantId) && (principal.role === "platform_admin" || principal.tenantId !== null);

const tenantReadInBatch = createMiddleware<TenantIdGateEnv>(
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

/**
 * The path's tenant, checked against the caller, and its cell: the request's queries go there
 * from now on (`useCell`). Another tenant's id answers 404, as if it did not exist, before
 * anything is read. Either check's context: both set what this sets.
 */
async function enterTenant(c: Context): Promise<{ tenantId: string; found: boolean }> {
  const tenantId = c.req.param("tenant_id");
  const principal: Principal = c.get("principal");
  if (!mayAccessTenant(principal, tenantId)) throw notFound("Tenant");
  c.set("tenantId", tenantId);
  // A family shares its cell: the credential's names the sub-accounts' too.
  const named = principal.role === "platform_admin" ? null : principal.cell;
  const cell = await cellFor(c.env, c.get("control"), tenantId, named);
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
 * with 409 `tenant_moving`, and one whose deletion is scheduled with 409
 * `tenant_deletion_scheduled`. A cell that does not hold the tenant (it moved) is left to the error
 * handler, which asks the directory.
 */
export const authorizeTenant = () =>
  createMiddleware<TenantGateEnv>(async function authorizeTenant(c, next) {
    const { tenantId, found } = await enterTenant(c);
    if (!found) throw notFound("Tenant");
    if (!readsTenantItself(c)) {
      const read = await findTenantWithAccess(c.get("db"), tenantId, c.get("principal").credential);
      if (!read || !servedHere(read.tenant.status)) throw new TenantNotInCell(tenantId);
      const access = requireAccess(c, read.access);
      const { tenant } = read;
      if (tenant.status === "deleting") throw tenantDeleting(tenant.id);
      if (tenant.status === "moving" && !READS.has(c.req.method)) throw tenantMoving();
      if (tenant.status === "deletion_scheduled" && !READS.has(c.req.method)) {
        throw tenantDeletionScheduled(tenant.id);
      }
      c.set("tenant", tenant);
      c.set("access", access);
    }
    await next();
  });

/**
 * The same check for the deletion and move routes, which answer while the tenant is being deleted
 * or moved: the path, the cell, and the credential's access (`access`) while the tenant is in a
 * cell. Once its row is gone (its deletion ended), the credential is verified against who
 * requested the deletion (`requireReceiptReader`): the tenant's own checks can no longer run.
 */
export const authorizeTenantId = () =>
  createMiddleware<TenantIdGateEnv>(async function authorizeTenantId(c, next) {
    const { tenantId, found } = await enterTenant(c);
    const { credential } = c.get("principal");
    const read = found ? await findTenantWithAccess(c.get("db"), tenantId, credential) : undefined;
    if (read) {
      if (!servedHere(read.tenant.status)) throw new TenantNotInCell(tenantId);
      c.set("access", requireAccess(c, read.access));
    } else {
      const cell = found ? c.get("db") : undefined;
      const requester = await findDeletionRequester(cell, c.get("control"), tenantId);
      if (!requester) throw found ? new TenantNotInCell(tenantId) : notFound("Tenant");
      c.set("access", requireReceiptReader(c, requester));
    }
    await next();
  });
