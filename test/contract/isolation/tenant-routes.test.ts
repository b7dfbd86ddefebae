import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callJson, signup, tenantPath, updateTenant } from "../../support/api-client";

async function rawTenant(id: string) {
  return env.CELL_US_1.prepare("SELECT * FROM tenants WHERE id = ?").bind(id).first();
}

describe("cross-tenant access", () => {
  it("A's token on B's settings → 404, and B is unchanged", async () => {
    const a = await signup("Tenant A");
    const b = await signup("Tenant B");
    await updateTenant(b, { sip_password: "b-sip-secret" });
    const before = await rawTenant(b.tenantId);

    const read = await call(tenantPath(b.tenantId), { token: a.token });
    expect(read.status).toBe(404);
    expect(await read.text()).not.toContain("Tenant B");

    const write = await callJson(tenantPath(b.tenantId), {
      method: "PUT",
      token: a.token,
      body: { name: "pwned" },
    });
    expect(write.status).toBe(404);
    expect(write.body).toEqual({ detail: "Tenant not found", code: "not_found" });
    expect(await rawTenant(b.tenantId)).toEqual(before);
  });

  it("A's token on B's activity log → 404 with none of B's entries", async () => {
    const a = await signup("Tenant A");
    const b = await signup("Tenant B");
    await updateTenant(b, { name: "B renamed" });
    const res = await call(tenantPath(b.tenantId, "/activity-logs"), { token: a.token });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("B renamed");
  });

  it("an unknown tenant id answers exactly like another tenant's", async () => {
    const a = await signup();
    const b = await signup();
    const foreign = await callJson(tenantPath(b.tenantId), { token: a.token });
    const missing = await callJson(tenantPath("does-not-exist"), { token: a.token });
    expect(foreign.status).toBe(missing.status);
    expect(foreign.body).toEqual(missing.body);
  });
});
