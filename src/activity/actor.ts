import type { Context } from "hono";
import type { AppEnv } from "../env";
import type { Actor } from "./queries";

export const actorOf = (c: Context<AppEnv>, actorId = c.get("principal").userId): Actor => ({
  actorId,
  requestId: c.get("requestId"),
  ip: c.req.header("CF-Connecting-IP") ?? null,
  userAgent: c.req.header("User-Agent")?.slice(0, 512) ?? null,
});
