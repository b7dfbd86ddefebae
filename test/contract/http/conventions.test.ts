import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callJson, signup, tenantPath } from "../../support/api-client";

describe("cross-cutting HTTP behaviour", () => {
  it("every response carries X-Request-Id, errors included", async () => {
    for (const res of [
      await call("/openapi.json"),
      await call("/nowhere"),
      await call(tenantPath("x")),
    ]) {
      expect(res.headers.get("X-Request-Id")).toMatch(/^[\w-]{8,}$/);
    }
  });

  it("echoes a client's X-Request-Id", async () => {
    const res = await call("/nowhere", { headers: { "X-Request-Id": "client-req-123" } });
    expect(res.headers.get("X-Request-Id")).toBe("client-req-123");
  });

  it("unknown routes → 404 JSON", async () => {
    const { status, body, res } = await callJson("/v2/whatever");
    expect(status).toBe(404);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect(body).toEqual({ detail: "Not Found", code: "not_found" });
  });

  it("malformed JSON → 400 with detail", async () => {
    const { status, body } = await callJson("/v1/auth/login", {
      method: "POST",
      body: '{"email": "a@b.c",',
    });
    expect(status).toBe(400);
    expect(body).toEqual({ detail: "Request body is not valid JSON", code: "malformed_json" });
  });

  it("an empty body on a JSON route → 400", async () => {
    const { status } = await callJson("/v1/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
    });
    expect(status).toBe(400);
  });

  it("a JSON route refuses other content types → 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const { status, body } = await callJson("/v1/auth/login", {
        method: "POST",
        body: "email=a@b.c&password=x",
        headers: { "Content-Type": type },
      });
      expect(status).toBe(415);
      expect(body.code).toBe("unsupported_media_type");
    }
    const missing = await call("/v1/auth/login", { method: "POST" });
    expect(missing.status).toBe(415);
  });

  it("a body over the limit → 413, whether or not it declares its length", async () => {
    const owner = await signup();
    const big = JSON.stringify({ name: "x".repeat(70 * 1024) });
    const declared = await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.body.code).toBe("payload_too_large");

    // Streamed without Content-Length: counted as it arrives.
    const streamed = await exports.default.fetch(
      new Request(`http://api.test${tenantPath(owner.tenantId)}`, {
        method: "PUT",
        headers: { Authorization: `Bearer ${owner.token}`, "Content-Type": "application/json" },
        body: new Blob([big]).stream(),
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it("sets secure headers", async () => {
    const res = await call("/openapi.json");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
    expect(res.headers.get("Strict-Transport-Security")).toContain("max-age");
  });

  it("never answers a stack trace", async () => {
    const owner = await signup();
    const { body } = await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: "[[[",
    });
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });
});
