import { describe, expect, it } from "vitest";
import { call, callJson, signup, tenantPath } from "../../support/api-client";

const allowOf = (res: Response) =>
  (res.headers.get("Allow") ?? "")
    .split(",")
    .map((method) => method.trim())
    .sort();

describe("a known path with another method → 405 with Allow", () => {
  it("DELETE /v1/auth/login → 405 method_not_allowed, Allow: POST", async () => {
    const { status, body, res } = await callJson("/v1/auth/login", { method: "DELETE" });
    expect(status).toBe(405);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect(body).toEqual({ detail: expect.stringContaining("DELETE"), code: "method_not_allowed" });
    expect(allowOf(res)).toEqual(["POST"]);
    expect(res.headers.get("X-Request-Id")).toBeTruthy();
  });

  it("PATCH /v1/tenants/{id} → 405 listing the tenant's methods, wherever they are mounted", async () => {
    const owner = await signup();
    const { status, body, res } = await callJson(tenantPath(owner.tenantId), {
      method: "PATCH",
      token: owner.token,
      body: { name: "Patched" },
    });
    expect(status).toBe(405);
    expect(body.code).toBe("method_not_allowed");
    expect(allowOf(res)).toEqual(["DELETE", "GET", "HEAD", "PUT"]);
    const unchanged = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(unchanged.body.name).not.toBe("Patched");
  });

  it("paths with parameters match their pattern", async () => {
    const owner = await signup();
    const agent = await call(tenantPath(owner.tenantId, "/agents/some-id"), {
      method: "POST",
      token: owner.token,
      body: {},
    });
    expect(agent.status).toBe(405);
    expect(allowOf(agent)).toEqual(["DELETE", "GET", "HEAD", "PUT"]);
    const recording = await call(tenantPath(owner.tenantId, "/calls/some-id/recording"), {
      method: "POST",
      token: owner.token,
    });
    expect(recording.status).toBe(405);
    expect(allowOf(recording)).toEqual(["DELETE", "GET", "HEAD", "PUT"]);
  });

  it("an unknown path is still 404 without Allow", async () => {
    for (const path of ["/v1/nowhere", "/v1/auth/login/extra", "/v1/auth"]) {
      const { status, body, res } = await callJson(path, { method: "PATCH" });
      expect(status).toBe(404);
      expect(body).toEqual({ detail: "Not Found", code: "not_found" });
      expect(res.headers.get("Allow")).toBeNull();
    }
  });
});
