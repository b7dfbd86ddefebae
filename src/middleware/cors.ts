import type { Context } from "hono";
import { cors as corsHeaders } from "hono/cors";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/** Local front ends on any port: what `npm start` writes to `.dev.vars` (scripts/dev-vars.mjs). */
export const LOCAL_ORIGINS = "http://localhost:*,http://127.0.0.1:*";

type OriginRule = (origin: string) => boolean;

/**
 * One `CORS_ORIGINS` entry: an exact origin, an origin whose port is `*` (any port, the default
 * one included), or `*` for every origin. Origins are compared as browsers serialize them.
 */
function originRule(entry: string): OriginRule {
  const normalized = entry.trim().replace(/\/+$/, "").toLowerCase();
  if (normalized === "*") return () => true;
  if (normalized.endsWith(":*")) {
    const host = normalized.slice(0, -2);
    return (origin) =>
      origin === host ||
      (origin.startsWith(`${host}:`) && /^\d{1,5}$/.test(origin.slice(host.length + 1)));
  }
  return (origin) => origin === normalized;
}

/** `CORS_ORIGINS`, or in development without it the local origins; in production none. */
function originRules(env: AppEnv["Bindings"]): OriginRule[] {
  const configured =
    env.CORS_ORIGINS?.trim() || (env.ENVIRONMENT === "development" ? LOCAL_ORIGINS : "");
  return configured
    .split(",")
    .filter((entry) => entry.trim() !== "")
    .map(originRule);
}

const isAllowed = (c: Context<AppEnv>, origin: string) =>
  originRules(c.env).some((allows) => allows(origin.toLowerCase()));

// Only reached for an allowed origin, which is echoed: never `*`, and never with credentials,
// since the API authenticates with a bearer token rather than cookies.
const allowedOriginHeaders = corsHeaders({
  origin: (origin) => origin,
  allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
  allowHeaders: [
    "Authorization",
    "Content-Type",
    "If-Match",
    "If-None-Match",
    "Idempotency-Key",
    "Range",
    "X-D1-Bookmark",
    "X-Filename",
    "X-Request-Id",
    "X-Session-Cookie",
  ],
  exposeHeaders: [
    "ETag",
    "X-Request-Id",
    "X-D1-Bookmark",
    "Retry-After",
    "Idempotent-Replayed",
    "Location",
    "Accept-Ranges",
    "Content-Range",
    "Content-Disposition",
    "Vary",
    "WWW-Authenticate",
  ],
  maxAge: 7200,
});

/**
 * CORS for the origins in `CORS_ORIGINS`: a preflight is answered here, before anything can
 * refuse it, and every answer to an allowed origin, errors included, carries
 * `Access-Control-Allow-Origin`. Any other origin gets no CORS headers at all. The answer depends
 * on `Origin`, so every response says so in `Vary`, lest a cache hand one origin's to another.
 */
export const cors = () =>
  createMiddleware<AppEnv>(async function cors(c, next) {
    const origin = c.req.header("Origin");
    if (origin !== undefined && isAllowed(c, origin)) return allowedOriginHeaders(c, next);
    await next();
    // On the response itself, as secureHeaders sets its own: `c.header()` once the response is
    // made would copy the whole response, on every request.
    c.res.headers.append("Vary", "Origin");
  });
