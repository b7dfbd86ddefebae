import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { newId, nowIso } from "../../src/lib/ids";
import { call, callJson, createPlatformAdmin, signup, tenantPath } from "../support/api-client";
import { createHarness } from "../support/deletion-harness";
import { putTenantBlobs, rowsOf, seedTenantRows, snapshotTenant } from "../support/deletion-seed";

async function startActiveCall(tenantId: string) {
  const id = newId();
  const startedAt = new Date(Date.now() - 90_000).toISOString();
  await env.CELL_US_1.prepare(
    `INSERT INTO calls (id, tenant_id, direction, from_number, to_number, status, started_at, created_at, updated_at)
     VALUES (?, ?, 'outbound', '+15550100', '+15550101', 'active', ?, ?, ?)`,
  )
    .bind(id, tenantId, startedAt, startedAt, nowIso())
    .run();
  return id;
}

const waitForCompletion = (tenantId: string, token: string) =>
  vi.waitFor(
    async () => {
      const job = await callJson(tenantPath(tenantId, "/deletion"), { token });
      expect(job.body.status).toBe("completed");
    },
    { timeout: 10_000, interval: 100 },
  );

describe("DELETE /v1/tenants/{tenant_id}", () => {
  it("answers 202 with the job, the same job when repeated, and the queue consumer drains it", async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 2);
    await putTenantBlobs(owner.tenantId, 3);
    const first = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({
      dry_run: false,
      deletion_id: expect.any(String),
      status: "pending",
      scheduled_for: null,
    });
    expect(first.res.headers.get("Location")).toBe(tenantPath(owner.tenantId, "/deletion"));

    const again = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(again.status).toBe(202);
    expect(again.body.deletion_id).toBe(first.body.deletion_id);

    await waitForCompletion(owner.tenantId, owner.token);
    const after = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(after.body).toEqual({
      dry_run: false,
      deletion_id: first.body.deletion_id,
      status: "completed",
      scheduled_for: null,
    });
  });

  it("is for the owner and platform admins; another tenant gets 404 and changes nothing", async () => {
    const owner = await signup();
    const other = await signup();
    const admin = await createPlatformAdmin();
    const refused = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: other.token,
    });
    expect(refused).toMatchObject({ status: 404, body: { code: "not_found" } });
    expect((await call(tenantPath(owner.tenantId), { token: owner.token })).status).toBe(200);

    const byAdmin = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: admin.token,
    });
    expect(byAdmin.status).toBe(202);
    await waitForCompletion(owner.tenantId, admin.token);
    const job = await callJson(tenantPath(owner.tenantId, "/deletion"), { token: admin.token });
    expect(job.body.requested_by).toBe(admin.id);
  });

  it("refuses with 409 active_calls while a call is active, changing nothing", async () => {
    const owner = await signup();
    await startActiveCall(owner.tenantId);
    const before = await snapshotTenant(owner.tenantId);
    const { status, body } = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(status).toBe(409);
    expect(body).toMatchObject({
      code: "active_calls",
      detail: expect.stringContaining("1 active"),
    });
    expect(await snapshotTenant(owner.tenantId)).toEqual(before);
  });

  it("with ?force=true ends the active calls in the batch that marks the tenant deleting", async () => {
    const owner = await signup();
    const callId = await startActiveCall(owner.tenantId);
    const harness = createHarness();
    const job = await harness.startDeletion(owner.tenantId, { force: true });
    const [ended] = await rowsOf("calls", owner.tenantId);
    expect(ended).toMatchObject({
      id: callId,
      status: "ended",
      ended_reason: "tenant_deleted",
      ended_at: job.createdAt,
    });
    expect(ended?.duration_seconds).toBeGreaterThanOrEqual(89);
    const [tenant] = await rowsOf("tenants", owner.tenantId);
    expect(tenant).toMatchObject({ status: "deleting", version: 2 });
    const log = await rowsOf("activity_logs", owner.tenantId);
    expect(log.at(-1)).toMatchObject({
      action: "tenant.deletion_requested",
      changes: JSON.stringify({ status: { from: "active", to: "deleting" } }),
    });

    const viaApi = await signup();
    await startActiveCall(viaApi.tenantId);
    const forced = await callJson(tenantPath(viaApi.tenantId, "?force=true"), {
      method: "DELETE",
      token: viaApi.token,
    });
    expect(forced.status).toBe(202);
    await waitForCompletion(viaApi.tenantId, viaApi.token);
  });

  it("records no job when a call starts between the check and the write", async () => {
    const owner = await signup();
    await startActiveCall(owner.tenantId);
    const harness = createHarness();
    await expect(harness.startDeletion(owner.tenantId)).rejects.toThrow("not recorded");
    const [tenant] = await rowsOf("tenants", owner.tenantId);
    expect(tenant?.status).toBe("active");
    expect(await rowsOf("deletion_jobs", owner.tenantId)).toEqual([]);
    const log = await rowsOf("activity_logs", owner.tenantId);
    expect(log.map((entry) => entry.action)).toEqual(["tenant.created"]);
  });

  it("?dry_run=true answers the counts that would go and changes nothing", async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 3);
    await putTenantBlobs(owner.tenantId, 5);
    await startActiveCall(owner.tenantId);
    const before = await snapshotTenant(owner.tenantId);
    const { status, body } = await callJson(tenantPath(owner.tenantId, "?dry_run=true"), {
      method: "DELETE",
      token: owner.token,
    });
    expect(status).toBe(200);
    const expected: Record<string, number> = { r2_objects: 5 };
    for (const [table, rows] of Object.entries(before.tables)) {
      if (!["deletion_jobs", "tenant_directory", "deletion_receipts"].includes(table)) {
        expected[table] = rows.length;
      }
    }
    expect(body).toEqual({
      dry_run: true,
      tenant_id: owner.tenantId,
      active_calls: 1,
      counts: expected,
      r2_objects_complete: true,
      scheduled_for: null,
    });
    expect(await snapshotTenant(owner.tenantId)).toEqual(before);
  });
});

describe("a tenant being deleted", () => {
  it("answers 409 tenant_deleting to every other request, and its owner cannot log in", async () => {
    const owner = await signup();
    const admin = await createPlatformAdmin();
    // Recorded without a consumer at work, so the tenant stays in `deleting`.
    const job = await createHarness().startDeletion(owner.tenantId);
    for (const [method, path, body] of [
      ["GET", "", undefined],
      ["PUT", "", { name: "renamed" }],
      ["GET", "/activity-logs", undefined],
      ["GET", "/export", undefined],
    ] as const) {
      for (const token of [owner.token, admin.token]) {
        const res = await callJson(tenantPath(owner.tenantId, path), { method, token, body });
        expect(res, `${method} ${path}`).toMatchObject({
          status: 409,
          body: { code: "tenant_deleting" },
        });
      }
    }
    const inProgress = await callJson(tenantPath(owner.tenantId, "/deletion"), {
      token: owner.token,
    });
    expect(inProgress.body).toMatchObject({ deletion_id: job.id, status: "pending" });

    const login = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: owner.password },
    });
    expect(login).toMatchObject({ status: 409, body: { code: "tenant_deleting" } });
    const wrongPassword = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: "not the password" },
    });
    expect(wrongPassword.status).toBe(401);
  });

  it("GET …/deletion is 404 before any deletion, and for another tenant", async () => {
    const owner = await signup();
    const other = await signup();
    const none = await callJson(tenantPath(owner.tenantId, "/deletion"), { token: owner.token });
    expect(none).toMatchObject({ status: 404, body: { detail: "Deletion not found" } });
    await createHarness().startDeletion(owner.tenantId);
    const foreign = await callJson(tenantPath(owner.tenantId, "/deletion"), { token: other.token });
    expect(foreign).toMatchObject({ status: 404, body: { detail: "Tenant not found" } });
  });
});

describe("soft delete", () => {
  it("status inactive keeps every row and object; back to active works", async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 2);
    await putTenantBlobs(owner.tenantId, 2);
    const before = await snapshotTenant(owner.tenantId);
    const put = (status: string) =>
      callJson(tenantPath(owner.tenantId), { method: "PUT", token: owner.token, body: { status } });

    expect((await put("inactive")).body.status).toBe("inactive");
    const inactive = await snapshotTenant(owner.tenantId);
    for (const [table, rows] of Object.entries(before.tables)) {
      if (table !== "tenants" && table !== "activity_logs") {
        expect(inactive.tables[table], table).toEqual(rows);
      }
    }
    expect(inactive.tables.activity_logs?.length).toBe(
      (before.tables.activity_logs?.length ?? 0) + 1,
    );
    expect(inactive.blobs).toEqual(before.blobs);
    expect((await call(tenantPath(owner.tenantId, "/export"), { token: owner.token })).status).toBe(
      200,
    );

    expect((await put("active")).body.status).toBe("active");
    const [tenant] = await rowsOf("tenants", owner.tenantId);
    expect(tenant?.status).toBe("active");
  });
});
