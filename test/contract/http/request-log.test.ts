import { afterEach, describe, expect, it, vi } from "vitest";
import { call, signup, tenantPath, updateTenant } from "../../support/api-client";

afterEach(() => vi.restoreAllMocks());

describe("structured request log", () => {
  it("writes one JSON line per request with id, tenant, route, status and latency", async () => {
    const owner = await signup();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const res = await call(tenantPath(owner.tenantId), { token: owner.token });
    const lines = log.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(lines).toEqual([
      {
        level: "info",
        request_id: res.headers.get("X-Request-Id"),
        tenant_id: owner.tenantId,
        method: "GET",
        route: "/v1/tenants/:tenant_id",
        status: 200,
        latency_ms: expect.any(Number),
      },
    ]);
  });

  it("a whole walk-through logs no password, secret or token", async () => {
    const out: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation(
        (...args) => void out.push(args.map(String).join(" ")),
      );
    }
    const owner = await signup();
    await call("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: owner.password },
    });
    await call("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: "wrong-password-xyz" },
    });
    await updateTenant(owner, {
      sip_password: "sip-secret-in-logs?",
      webhook_secret: "webhook-secret-in-logs?",
    });
    await call(tenantPath(owner.tenantId, "/activity-logs"), { token: owner.token });
    await call(tenantPath(owner.tenantId), { method: "PUT", token: owner.token, body: "{broken" });
    const text = out.join("\n");
    expect(out.length).toBeGreaterThanOrEqual(5);
    for (const secret of [
      owner.password,
      "wrong-password-xyz",
      "sip-secret-in-logs?",
      "webhook-secret-in-logs?",
      owner.token,
      owner.email,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
