import type { NotFoundHandler } from "hono";
import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import type { RouterRoute } from "hono/types";
import type { AppEnv } from "../env";
import { once } from "../lib/once";

type RoutePath = { pattern: RegExp; methods: Set<string> };

const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A route path such as `/v1/tenants/:tenant_id/agents/:id` as a pattern for request paths. */
function patternOf(path: string): RegExp {
  const segments = path.split("/").map((segment) => {
    const param = segment.match(/^:\w+(?:\{(.+)\})?$/);
    if (!param) return escapeRegExp(segment);
    return param[1] ? `(?:${param[1]})` : "[^/]+";
  });
  return new RegExp(`^${segments.join("/")}$`);
}

/** The methods each route path has; `ALL` entries are middleware, not routes. */
function routePaths(routes: RouterRoute[]): RoutePath[] {
  const byPath = new Map<string, Set<string>>();
  for (const { path, method } of routes) {
    if (method === "ALL") continue;
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method);
    // Hono answers HEAD with the GET route.
    if (method === "GET") methods.add("HEAD");
    byPath.set(path, methods);
  }
  return [...byPath].map(([path, methods]) => ({ pattern: patternOf(path), methods }));
}

const byMethodOrder = (a: string, b: string) =>
  (METHOD_ORDER.indexOf(a) + 1 || 99) - (METHOD_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

/**
 * The app's not-found answer: 405 with `Allow` when the path is a route's with other methods
 * (several mounts may share a path, so every route is consulted), 404 otherwise.
 */
export function notFoundOrMethodNotAllowed(routes: () => RouterRoute[]): NotFoundHandler<AppEnv> {
  const paths = once(() => routePaths(routes()));
  return (c) => {
    const allowed = new Set<string>();
    for (const { pattern, methods } of paths()) {
      if (pattern.test(c.req.path)) for (const method of methods) allowed.add(method);
    }
    if (allowed.size === 0) return c.json({ detail: "Not Found", code: "not_found" }, 404);
    const allow = [...allowed].sort(byMethodOrder).join(", ");
    c.header("Allow", allow);
    return c.json(
      {
        detail: `${c.req.method} is not allowed here; this path allows ${allow}`,
        code: "method_not_allowed",
      },
      405,
    );
  };
}

/**
 * Answers with `notFound` (404, or 405 with `Allow`) before any other check when no route has the
 * request's method and path: a wrong method is the first thing to fix, whatever the request
 * carries (a credential, an `Idempotency-Key` already used, a bookmark). Middleware mounted on a
 * prefix (`ALL`) is no route.
 */
export const routeRequired = (notFound: NotFoundHandler<AppEnv>) =>
  createMiddleware<AppEnv>(async function routeRequired(c, next) {
    if (!matchedRoutes(c).some((route) => route.method !== "ALL")) return notFound(c);
    await next();
  });
