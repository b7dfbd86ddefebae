import { env } from "cloudflare:workers";
import { sign } from "hono/jwt";
import { describe, expect, it } from "vitest";
import { toBase64Url } from "../../src/lib/base64";
import { call, signup, tenantPath } from "../support/api-client";

const now = () => Math.floor(Date.now() / 1000);
const encodePart = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));

/** An owner's claims, valid for ten minutes, with `changes` on top. */
const ownerClaims = (tenantId: string, changes: Record<string, unknown> = {}) => ({
  sub: tenantId,
  tenant_id: tenantId,
  role: "owner",
  iat: now(),
  exp: now() + 600,
  ...changes,
});

async function statusWith(authorization: string | undefined, tenantId: string) {
  const res = await call(tenantPath(tenantId), {
    headers: authorization === undefined ? {} : { Authorization: authorization },
  });
  const body = (await res.json()) as { code: string };
  return { status: res.status, code: body.code };
}

describe("access tokens", () => {
  it("accepts the token from signup", async () => {
    const owner = await signup();
    expect((await statusWith(`Bearer ${owner.token}`, owner.tenantId)).status).toBe(200);
  });

  it("refuses a missing token or another scheme", async () => {
    const owner = await signup();
    expect(await statusWith(undefined, owner.tenantId)).toEqual({
      status: 401,
      code: "not_authenticated",
    });
    expect((await statusWith(`Basic ${btoa("a:b")}`, owner.tenantId)).status).toBe(401);
    expect((await statusWith("Bearer", owner.tenantId)).status).toBe(401);
  });

  it("refuses a tampered token", async () => {
    const owner = await signup();
    const [header, payload, signature] = owner.token.split(".") as [string, string, string];
    const claims = JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/")));
    const forged = `${header}.${encodePart({ ...claims, role: "platform_admin" })}.${signature}`;
    expect(await statusWith(`Bearer ${forged}`, owner.tenantId)).toEqual({
      status: 401,
      code: "invalid_token",
    });
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`;
    expect((await statusWith(`Bearer ${flipped}`, owner.tenantId)).status).toBe(401);
  });

  it("refuses an expired token", async () => {
    const owner = await signup();
    const claims = ownerClaims(owner.tenantId, { iat: now() - 7200, exp: now() - 3600 });
    const token = await sign(claims, env.JWT_SECRET, "HS256");
    expect((await statusWith(`Bearer ${token}`, owner.tenantId)).status).toBe(401);
  });

  it("refuses a correctly signed token without exp", async () => {
    const owner = await signup();
    const { exp: _, ...claims } = ownerClaims(owner.tenantId);
    const token = await sign(claims, env.JWT_SECRET, "HS256");
    expect((await statusWith(`Bearer ${token}`, owner.tenantId)).status).toBe(401);
  });

  it("refuses alg none", async () => {
    const owner = await signup();
    const claims = ownerClaims(owner.tenantId);
    const token = `${encodePart({ alg: "none", typ: "JWT" })}.${encodePart(claims)}.`;
    expect((await statusWith(`Bearer ${token}`, owner.tenantId)).status).toBe(401);
  });

  it("refuses another algorithm, even signed with the right secret", async () => {
    const owner = await signup();
    const claims = ownerClaims(owner.tenantId);
    const token = await sign(claims, env.JWT_SECRET, "HS512");
    expect((await statusWith(`Bearer ${token}`, owner.tenantId)).status).toBe(401);
  });

  it("refuses a token signed with another secret", async () => {
    const owner = await signup();
    const claims = ownerClaims(owner.tenantId);
    const token = await sign(claims, "some-other-secret-entirely", "HS256");
    expect((await statusWith(`Bearer ${token}`, owner.tenantId)).status).toBe(401);
  });

  it("refuses claims of the wrong shape", async () => {
    const owner = await signup();
    const claims = ownerClaims(owner.tenantId, { role: "superuser" });
    const token = await sign(claims, env.JWT_SECRET, "HS256");
    expect((await statusWith(`Bearer ${token}`, owner.tenantId)).status).toBe(401);
  });
});
