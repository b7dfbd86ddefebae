import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../../../src/index";
import { call, type Owner, signup, tenantPath, uniqueEmail } from "../../support/api-client";
import { expectRateLimited, firstRefusal, loginFrom } from "../../support/rate-limits";

// Per email and address, and per email alone: test/auth/login-throttle.test.ts.

const IP_BUDGET = 20;

const signupFrom = (ip: string) =>
  call("/v1/auth/signup", {
    method: "POST",
    body: { email: uniqueEmail(), password: "long enough pw" },
    headers: { "CF-Connecting-IP": ip },
  });

// Each test hashes up to two budgets' worth of passwords.
describe("rate limits", { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("login per IP: over 20 a minute from one address, on any emails → 429; other addresses unaffected", async () => {
    const refusedAt = await firstRefusal(IP_BUDGET, () =>
      loginFrom("203.0.113.10", uniqueEmail(), "wrong password"),
    );
    expect(refusedAt).toBeGreaterThanOrEqual(IP_BUDGET);
    expect((await loginFrom("203.0.113.11", uniqueEmail(), "wrong password")).status).toBe(401);
  });

  it("a refused login is refused before the password is hashed", async () => {
    const ip = "203.0.113.12";
    await firstRefusal(IP_BUDGET, () => loginFrom(ip, uniqueEmail(), "wrong password"));
    const deriveBits = vi.spyOn(crypto.subtle, "deriveBits");
    await expectRateLimited(await loginFrom(ip, uniqueEmail(), "wrong password"));
    expect(deriveBits).not.toHaveBeenCalled();
  });

  it("signup per IP: over 20 a minute → 429; other addresses unaffected", async () => {
    const refusedAt = await firstRefusal(IP_BUDGET, () => signupFrom("203.0.113.20"));
    expect(refusedAt).toBeGreaterThanOrEqual(IP_BUDGET);
    expect((await signupFrom("203.0.113.21")).status).toBe(201);
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
    const refusedAt = await firstRefusal(5, () => get(busy), 10);
    expect(refusedAt).toBeGreaterThanOrEqual(5);
    expect((await get(quiet)).status).toBe(200);
  });
});
