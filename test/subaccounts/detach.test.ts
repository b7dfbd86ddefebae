import { describe, expect, it } from "vitest";
import { callJson, signup, tenantPath, uniqueEmail } from "../support/api-client";
import { actingOn, family } from "../support/family";
import { createAgent } from "../support/resource-fixtures";

describe("sub-accounts: detach", () => {
  it("makes a sub-account a tenant of its own, its owner named, keeping its data", async () => {
    const { parent, subs } = await family(1);
    const subId = subs[0]?.id ?? "";
    const agent = await createAgent(actingOn(parent, subId));
    const email = uniqueEmail("client");
    const password = "client password 123";
    const detached = await callJson(tenantPath(parent.tenantId, `/subaccounts/${subId}/detach`), {
      method: "POST",
      token: parent.token,
      body: { email, password },
    });
    expect(detached).toMatchObject({ status: 200, body: { id: subId, parent_id: null } });

    const login = await callJson<{ access_token: string; tenant_id: string }>("/v1/auth/login", {
      method: "POST",
      body: { email, password },
    });
    expect(login.status).toBe(200);
    expect(login.body.tenant_id).toBe(subId);
    const token = login.body.access_token;
    const kept = await callJson(tenantPath(subId, `/agents/${agent.id}`), { token });
    expect(kept.status).toBe(200);
    const trail = await callJson<{ items: { action: string }[] }>(
      tenantPath(subId, "/activity-logs"),
      {
        token,
      },
    );
    expect(trail.body.items.map((entry) => entry.action)).toContain("tenant.detached");
    // The former parent reaches it no more.
    expect((await callJson(tenantPath(subId), { token: parent.token })).status).toBe(404);
  });

  it("refuses an email that has an account, changing nothing", async () => {
    const { parent, subs } = await family(1);
    const taken = await signup();
    const subId = subs[0]?.id ?? "";
    const refused = await callJson(tenantPath(parent.tenantId, `/subaccounts/${subId}/detach`), {
      method: "POST",
      token: parent.token,
      body: { email: taken.email, password: "whatever password" },
    });
    expect(refused).toMatchObject({ status: 409, body: { code: "email_taken" } });
    const still = await callJson(tenantPath(subId), { token: parent.token });
    expect(still).toMatchObject({ status: 200, body: { parent_id: parent.tenantId } });
  });
});
