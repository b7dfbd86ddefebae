import type { Context } from "hono";
import type { Access, Principal } from "../access/credentials";
import type { Actor } from "./queries";

/**
 * Who made the request, and from where: for its activity entries. From any route's context: the
 * credential's access on the tenant once checked (a user, or a key with its name), else the
 * principal's user, or `actorId` where the route knows better (a signup's new owner).
 */
/**
 * What `actorOf` reads of a request: its id, its principal, and its access and the path's tenant
 * once checked.
 */
type ActorEnv = {
  Variables: { requestId: string; principal: Principal; access: Access; tenantId?: string };
};

export const actorOf = <E extends ActorEnv>(c: Context<E>, actorId?: string): Actor => {
  const access = c.var.access;
  const who =
    actorId !== undefined
      ? { actorType: "user" as const, actorId, actorName: null }
      : access
        ? { actorType: access.actorType, actorId: access.actorId, actorName: access.actorName }
        : { actorType: "user" as const, actorId: c.get("principal").userId ?? "", actorName: null };
  // A parent's person or key on its sub-account: the parent is named with them.
  const principal = c.var.principal;
  const tenantId = c.var.tenantId;
  const via =
    principal?.tenantId && tenantId && principal.tenantId !== tenantId ? principal.tenantId : null;
  return {
    ...who,
    ...(via && { actorTenantId: via }),
    requestId: c.get("requestId"),
    ip: c.req.header("CF-Connecting-IP") ?? null,
    userAgent: c.req.header("User-Agent")?.slice(0, 512) ?? null,
  };
};
