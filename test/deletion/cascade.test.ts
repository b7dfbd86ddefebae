import { describe, expect, it } from "vitest";
import { call, callJson, createPlatformAdmin, signup, tenantPath } from "../support/api-client";
import { claimsOf } from "../support/bad-credentials";
import { createHarness } from "../support/deletion-harness";
import {
  countsOf,
  expectNothingLeft,
  putTenantBlobs,
  seedTenantRows,
  snapshotTenant,
  tablesWithTenantId,
} from "../support/deletion-seed";

describe("cascade delete", () => {
  it("leaves no row and no object of the tenant, and another tenant's data untouched", async () => {
    const doomed = await signup("Doomed Org");
    const bystander = await signup("Bystander Org");
    for (const owner of [doomed, bystander]) {
      await seedTenantRows(owner.tenantId, 3);
      await putTenantBlobs(owner.tenantId, 8);
    }
    const bystanderBefore = await snapshotTenant(bystander.tenantId);

    const harness = createHarness();
    // Asked with the owner's session, whose token then reads the receipt once the tenant is gone.
    await harness.startDeletion(doomed.tenantId, {
      force: false,
      requestedSession: claimsOf(doomed.token).sid,
    });
    const before = await snapshotTenant(doomed.tenantId);
    for (const table of tablesWithTenantId()) {
      expect(before.tables[table]?.length, `rows in ${table}`).toBeGreaterThan(0);
    }
    expect(before.blobs.filter((key) => key.includes("/files/")).length).toBe(4);
    expect(before.blobs.filter((key) => key.includes("/recordings/")).length).toBe(4);

    await harness.drain();

    expectNothingLeft(await snapshotTenant(doomed.tenantId));
    expect(await snapshotTenant(bystander.tenantId)).toEqual(bystanderBefore);

    const receipt = await callJson(tenantPath(doomed.tenantId, "/deletion"), {
      token: doomed.token,
    });
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({
      tenant_id: doomed.tenantId,
      requested_by: doomed.tenantId,
      status: "completed",
      stage: "done",
      counts: countsOf(before),
      attempts: 0,
      last_error: null,
    });
    expect(receipt.body.completed_at).toEqual(expect.any(String));
  });

  it("keeps a receipt without personal data, readable by the owner's token and admins only", async () => {
    const doomed = await signup("Receipt Org");
    const other = await signup();
    const admin = await createPlatformAdmin();
    const harness = createHarness();
    await harness.startDeletion(doomed.tenantId);
    await harness.drain();

    expect((await call(tenantPath(doomed.tenantId), { token: doomed.token })).status).toBe(404);
    const login = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: doomed.email, password: doomed.password },
    });
    expect(login.status).toBe(401);

    const receipt = await call(tenantPath(doomed.tenantId, "/deletion"), { token: admin.token });
    expect(receipt.status).toBe(200);
    const text = await receipt.text();
    expect(text).not.toContain(doomed.email);
    expect(text).not.toContain("Receipt Org");

    const foreign = await callJson(tenantPath(doomed.tenantId, "/deletion"), {
      token: other.token,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ detail: "Tenant not found", code: "not_found" });
  });
});
