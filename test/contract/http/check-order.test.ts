import { describe, expect, it } from "vitest";
import { call, callJson, signup, tenantPath } from "../../support/api-client";

// What a client hears first when a request is wrong in several ways: the path and method, then
// the credential, then what the request carries (a bookmark, an idempotency key, a body).
describe("checks run in the order a client can act on", () => {
  it("a method the path does not have → 405, even with a used Idempotency-Key", async () => {
    const owner = await signup();
    const key = "used-then-misdirected";
    const created = await call(tenantPath(owner.tenantId, "/agents"), {
      method: "POST",
      token: owner.token,
      body: { name: "Front desk" },
      headers: { "Idempotency-Key": key },
    });
    expect(created.status).toBe(201);
    const { status, body, res } = await callJson(tenantPath(owner.tenantId), {
      method: "POST",
      token: owner.token,
      body: { name: "Front desk" },
      headers: { "Idempotency-Key": key },
    });
    expect(status).toBe(405);
    expect(body.code).toBe("method_not_allowed");
    expect(res.headers.get("Allow")).toContain("PUT");
  });

  it("a method the path does not have → 405 before the credential is asked for", async () => {
    const owner = await signup();
    const res = await call(tenantPath(owner.tenantId), { method: "POST", body: {} });
    expect(res.status).toBe(405);
  });

  it("a malformed X-D1-Bookmark without a token → 401, with one → 400 invalid_bookmark", async () => {
    const owner = await signup();
    const path = tenantPath(owner.tenantId);
    const anonymous = await callJson(path, { headers: { "X-D1-Bookmark": "0" } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe("not_authenticated");
    expect(anonymous.res.headers.get("X-D1-Bookmark")).toBeNull();
    const known = await callJson(path, { token: owner.token, headers: { "X-D1-Bookmark": "0" } });
    expect(known.status).toBe(400);
    expect(known.body.code).toBe("invalid_bookmark");
    expect(known.res.headers.get("X-D1-Bookmark")).not.toBe("0");
  });

  it("a malformed X-D1-Bookmark is refused where no credential is needed, database or not", async () => {
    for (const path of ["/openapi.json", "/v1/audit/public-key"]) {
      const { status, body } = await callJson(path, { headers: { "X-D1-Bookmark": "0" } });
      expect(status, path).toBe(400);
      expect(body.code, path).toBe("invalid_bookmark");
    }
    const login = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: "nobody@example.com", password: "irrelevant pw" },
      headers: { "X-D1-Bookmark": "control:zz" },
    });
    expect(login.status).toBe(400);
    expect(login.body.code).toBe("invalid_bookmark");
  });
});
