import type { Context } from "hono";
import type { TenantIdEnv } from "../env";
import type { Actor } from "./queries";

/** Who made the request, and from where: for its activity entries. From any route's context. */
export const actorOf = <E extends TenantIdEnv>(
  c: Context<E>,
  actorId: string = c.get("principal").userId,
): Actor => ({
  actorId,
  requestId: c.get("requestId"),
  ip: c.req.header("CF-Connecting-IP") ?? null,
  userAgent: c.req.header("User-Agent")?.slice(0, 512) ?? null,
});
