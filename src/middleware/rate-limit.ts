import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Bindings, TenantIdEnv } from "../env";
import { ApiError } from "../errors";

type LimiterName = {
  [K in keyof Bindings]: Bindings[K] extends RateLimit ? K : never;
}[keyof Bindings];

/** The client's address as Cloudflare saw it; absent only in local runs. */
export const clientIp = (c: Context) => c.req.header("CF-Connecting-IP") ?? "local";

/** Counts one request under `key`; 429 `rate_limited` once the key is over its budget. */
export async function enforceRateLimit(limiter: RateLimit, key: string, retryAfterSeconds = 60) {
  if (!(await limiter.limit({ key })).success) {
    throw new ApiError(429, "rate_limited", "Too many requests; slow down and retry later", {
      "Retry-After": String(retryAfterSeconds),
    });
  }
}

/**
 * Counts one request under `key`; once the key is over its budget the request waits `delayMs`
 * and goes on: for budgets that anyone can spend on someone else's behalf, where a 429 would
 * lock that someone out.
 */
export async function delayOverRateLimit(limiter: RateLimit, key: string, delayMs: number) {
  if (!(await limiter.limit({ key })).success) await scheduler.wait(delayMs);
}

/** `enforceRateLimit` as a middleware, keyed by what `keyOf` reads from the request. */
export const rateLimit = (
  limiter: LimiterName,
  keyOf: (c: Context<TenantIdEnv>) => string,
  retryAfterSeconds = 60,
) =>
  createMiddleware<TenantIdEnv>(async function rateLimit(c, next) {
    await enforceRateLimit(c.env[limiter], keyOf(c), retryAfterSeconds);
    await next();
  });

/**
 * The API's own budget (1000 requests per 10 s in production), keyed by who spends it: a tenant,
 * a platform admin, or the address reading the reference pages.
 */
export const apiRateLimit = (keyOf: (c: Context<TenantIdEnv>) => string) =>
  rateLimit("TENANT_API_LIMITER", keyOf, 10);
