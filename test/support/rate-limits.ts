import { expect } from "vitest";
import { call } from "./api-client";

/** A login attempt as the client at `ip` sends it. */
export const loginFrom = (ip: string, email: string, password: string) =>
  call("/v1/auth/login", {
    method: "POST",
    body: { email, password },
    headers: { "CF-Connecting-IP": ip },
  });

/** Asserts `res` is a limiter's refusal: 429 `rate_limited`, retry after the limiter's period. */
export async function expectRateLimited(res: Response, retryAfterSeconds = 60) {
  expect(res.status).toBe(429);
  expect(res.headers.get("Retry-After")).toBe(String(retryAfterSeconds));
  expect(((await res.json()) as { code: string }).code).toBe("rate_limited");
}

/**
 * Sends requests until one is refused and answers how many were let through. Windows are fixed,
 * so the first refusal comes after at least `limit` requests, and within two windows' worth.
 */
export async function firstRefusal(
  limit: number,
  attempt: (i: number) => Promise<Response>,
  retryAfterSeconds = 60,
) {
  for (let i = 0; i < 2 * limit + 1; i++) {
    const res = await attempt(i);
    if (res.status === 429) {
      await expectRateLimited(res, retryAfterSeconds);
      return i;
    }
    expect(res.status).not.toBe(500);
  }
  throw new Error("never rate limited");
}
