import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/**
 * One structured JSON line per request. It names the request, never its contents: no body, no
 * headers, no query string, so no password, secret or token can reach the logs.
 */
export const requestLog = () =>
  createMiddleware<AppEnv>(async function requestLog(c, next) {
    const started = Date.now();
    await next();
    console.log(
      JSON.stringify({
        level: c.res.status >= 500 ? "error" : "info",
        request_id: c.get("requestId"),
        tenant_id: c.get("tenantId") ?? c.get("principal")?.tenantId ?? null,
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        latency_ms: Date.now() - started,
      }),
    );
  });
