import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { call, type Owner, signup, tenantPath, uniqueEmail } from "../helpers";

const login = (email: string, ip: string) =>
  call("/v1/auth/login", {
    method: "POST",
    body: { email, password: "wrong password" },
    headers: { "CF-Connecting-IP": ip },
  });

/**
 * Sends requests until one is refused. Windows are fixed, so the first refusal comes after at
 * least `limit` requests, and within two windows' worth.
 */
async function firstRefusal(limit: number, attempt: (i: number) => Promise<Response>) {
  for (let i = 0; i < 2 * limit + 1; i++) {
    const res = await attempt(i);
    if (res.status === 429) {
      expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
      expect(((await res.json()) as { code: string }).code).toBe("rate_limited");
      return i;
    }
    expect(res.status).not.toBe(500);
  }
  throw new Error("never rate limited");
}

describe("rate limits", () => {
  it("login per IP: over 20 a minute from one address → 429; other addresses unaffected", async () => {
    const refusedAt = await firstRefusal(20, () => login(uniqueEmail(), "203.0.113.10"));
    expect(refusedAt).toBeGreaterThanOrEqual(20);
    expect((await login(uniqueEmail(), "203.0.113.11")).status).toBe(401);
  });

  it("login per email: over 10 a minute on one account, even from many addresses → 429", async () => {
    const owner = await signup();
    const refusedAt = await firstRefusal(10, (i) => login(owner.email, `192.0.2.${i}`));
    expect(refusedAt).toBeGreaterThanOrEqual(10);
  });

  it("signup per IP: over 20 a minute → 429", async () => {
    const refusedAt = await firstRefusal(20, () =>
      call("/v1/auth/signup", {
        method: "POST",
        body: { email: uniqueEmail(), password: "long enough pw" },
        headers: { "CF-Connecting-IP": "203.0.113.20" },
      }),
    );
    expect(refusedAt).toBeGreaterThanOrEqual(20);
  });

  it("the API per tenant: over its budget → 429; other tenants unaffected", async () => {
    const busy = await signup();
    const quiet = await signup();
    // The production budget (1000 per 10 s) is configuration; the behaviour is tested on a small one.
    const strict = { ...env, TENANT_API_LIMITER: env.STRICT_TEST_LIMITER };
    const get = async (owner: Owner) => {
      const ctx = createExecutionContext();
      const req = new Request(`http://api.test${tenantPath(owner.tenantId)}`, {
        headers: { Authorization: `Bearer ${owner.token}` },
      });
      return worker.fetch(req, strict, ctx);
    };
    const refusedAt = await firstRefusal(5, () => get(busy));
    expect(refusedAt).toBeGreaterThanOrEqual(5);
    expect((await get(quiet)).status).toBe(200);
  });

  it("the production budgets are configured", () => {
    for (const limiter of [env.AUTH_IP_LIMITER, env.AUTH_EMAIL_LIMITER, env.TENANT_API_LIMITER]) {
      expect(typeof limiter.limit).toBe("function");
    }
  });
});
