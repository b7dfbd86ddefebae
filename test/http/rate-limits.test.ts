import { describe, expect, it } from "vitest";
import { call, signup, tenantPath, uniqueEmail } from "../helpers";

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

  it("the API per tenant: over 1000 requests in 10 seconds → 429; other tenants unaffected", {
    timeout: 60_000,
  }, async () => {
    const busy = await signup();
    const quiet = await signup();
    let served = 0;
    let refused: Response | undefined;
    while (!refused && served <= 2000) {
      const batch = await Promise.all(
        Array.from({ length: 100 }, () => call(tenantPath(busy.tenantId), { token: busy.token })),
      );
      refused = batch.find((r) => r.status === 429);
      served += batch.filter((r) => r.status === 200).length;
    }
    expect(refused?.headers.get("Retry-After")).toBe("10");
    expect(served).toBeGreaterThanOrEqual(1000);
    expect((await call(tenantPath(quiet.tenantId), { token: quiet.token })).status).toBe(200);
  });
});
