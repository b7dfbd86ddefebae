import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newId } from "../../src/lib/ids";
import { callJson, type Owner, signup, tenantPath, updateTenant } from "../support/api-client";
import { putTenantBlobs, seedTenantRows, snapshotTenant } from "../support/deletion-seed";

const DAY_MS = 24 * 60 * 60 * 1000;

/** An owner whose deletion waits `days`, with rows in every table and a few objects. */
async function graceTenant(days = 7): Promise<Owner> {
  const owner = await signup();
  const set = await updateTenant(owner, { deletion_grace_days: days });
  expect(set.status).toBe(200);
  await seedTenantRows(owner.tenantId, 2);
  await putTenantBlobs(owner.tenantId, 2);
  return owner;
}

const scheduleDeletion = (owner: Owner, query = "") =>
  callJson(tenantPath(owner.tenantId, query), { method: "DELETE", token: owner.token });

const cancel = (owner: Owner) =>
  callJson(tenantPath(owner.tenantId, "/deletion/cancel"), { method: "POST", token: owner.token });

/** About the scheduled deletion itself: its log entries and its deliveries. */
const aboutTheDeletion = (row: Record<string, unknown>) =>
  String(row.action ?? row.event_type ?? "").startsWith("tenant.deletion_");

/** The snapshot with the rows about the scheduled deletion left out. */
async function stateWithoutTheDeletion(tenantId: string) {
  const snapshot = await snapshotTenant(tenantId);
  for (const [table, rows] of Object.entries(snapshot.tables)) {
    snapshot.tables[table] = rows.filter(
      (row) => !aboutTheDeletion(row as Record<string, unknown>),
    );
  }
  return snapshot;
}

type Exported = { tables: Record<string, Record<string, unknown>[]> };

async function exportWithoutTheDeletion(owner: Owner) {
  const { status, body } = await callJson<Exported>(tenantPath(owner.tenantId, "/export"), {
    token: owner.token,
  });
  expect(status).toBe(200);
  return Object.fromEntries(
    Object.entries(body.tables).map(([table, rows]) => [
      table,
      rows.filter((row) => !aboutTheDeletion(row)),
    ]),
  );
}

describe("a deletion with a grace period", () => {
  it("is scheduled: 202 with scheduled_for, the tenant deletion_scheduled, the job scheduled", async () => {
    const owner = await graceTenant(7);
    const before = Date.now();
    const scheduled = await scheduleDeletion(owner);
    expect(scheduled.status).toBe(202);
    expect(scheduled.body).toMatchObject({
      dry_run: false,
      deletion_id: expect.any(String),
      status: "scheduled",
    });
    const at = Date.parse(String(scheduled.body.scheduled_for));
    expect(at).toBeGreaterThanOrEqual(before + 7 * DAY_MS);
    expect(at).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS);
    expect(scheduled.res.headers.get("Location")).toBe(tenantPath(owner.tenantId, "/deletion"));

    const tenant = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(tenant.body).toMatchObject({
      status: "deletion_scheduled",
      deletion_scheduled_for: scheduled.body.scheduled_for,
      deletion_grace_days: 7,
    });
    const job = await callJson(tenantPath(owner.tenantId, "/deletion"), { token: owner.token });
    expect(job.body).toMatchObject({
      deletion_id: scheduled.body.deletion_id,
      status: "scheduled",
      scheduled_for: scheduled.body.scheduled_for,
    });
    // Asked again: the same schedule, nothing new.
    const again = await scheduleDeletion(owner);
    expect(again.body).toEqual(scheduled.body);
    const jobs = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM deletion_jobs WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(jobs?.n).toBe(0);
  });

  it("cancelled, leaves the tenant exactly as it was: every row, every object, the export", async () => {
    const owner = await graceTenant(7);
    const stateBefore = await stateWithoutTheDeletion(owner.tenantId);
    const exportBefore = await exportWithoutTheDeletion(owner);
    const etagBefore = (
      await callJson(tenantPath(owner.tenantId), { token: owner.token })
    ).res.headers.get("ETag");

    expect((await scheduleDeletion(owner)).status).toBe(202);
    const etagScheduled = (
      await callJson(tenantPath(owner.tenantId), { token: owner.token })
    ).res.headers.get("ETag");
    expect(etagScheduled).not.toBe(etagBefore);

    const cancelled = await cancel(owner);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "active", deletion_scheduled_for: null });
    expect(cancelled.res.headers.get("ETag")).toBe(etagBefore);

    expect(await stateWithoutTheDeletion(owner.tenantId)).toEqual(stateBefore);
    expect(await exportWithoutTheDeletion(owner)).toEqual(exportBefore);
    const log = await callJson<{ items: { action: string; changes: unknown }[] }>(
      tenantPath(owner.tenantId, "/activity-logs"),
      { token: owner.token },
    );
    expect(log.body.items.slice(0, 2).map((entry) => entry.action)).toEqual([
      "tenant.deletion_cancelled",
      "tenant.deletion_scheduled",
    ]);
    expect(log.body.items[0]?.changes).toMatchObject({
      status: { from: "deletion_scheduled", to: "active" },
    });
    // Nothing to cancel any more.
    expect(await cancel(owner)).toMatchObject({
      status: 409,
      body: { code: "deletion_not_scheduled" },
    });
  });

  it("gives an inactive tenant back as inactive", async () => {
    const owner = await graceTenant(3);
    await updateTenant(owner, { status: "inactive" });
    await scheduleDeletion(owner);
    expect((await cancel(owner)).body).toMatchObject({ status: "inactive" });
  });

  it("refuses every write with 409 tenant_deletion_scheduled, writing nothing; serves reads and sign-in", async () => {
    const owner = await graceTenant(7);
    const agent = await callJson<{ id: string }>(tenantPath(owner.tenantId, "/agents"), {
      method: "POST",
      token: owner.token,
      body: { name: "Kept" },
    });
    expect(agent.status).toBe(201);
    await scheduleDeletion(owner);
    const before = await snapshotTenant(owner.tenantId);

    const writes = await Promise.all([
      callJson(tenantPath(owner.tenantId, "/agents"), {
        method: "POST",
        token: owner.token,
        body: { name: "New" },
      }),
      callJson(tenantPath(owner.tenantId, `/agents/${agent.body.id}`), {
        method: "PUT",
        token: owner.token,
        body: { name: "Renamed" },
      }),
      callJson(tenantPath(owner.tenantId, `/agents/${agent.body.id}`), {
        method: "DELETE",
        token: owner.token,
      }),
      updateTenant(owner, { name: "Renamed" }),
      callJson(tenantPath(owner.tenantId, "/calls"), {
        method: "POST",
        token: owner.token,
        body: {
          agent_id: agent.body.id,
          direction: "outbound",
          to_number: "+15550100",
          from_number: "+15550101",
        },
      }),
    ]);
    for (const write of writes) {
      expect(write, JSON.stringify(write.body)).toMatchObject({
        status: 409,
        body: { code: "tenant_deletion_scheduled" },
      });
    }
    expect(await snapshotTenant(owner.tenantId)).toEqual(before);

    // The fence itself, under the gate: a write straight to the database is refused.
    await expect(
      env.CELL_US_1.prepare(
        "INSERT INTO agents (id, tenant_id, name, settings, created_at, updated_at) VALUES (?, ?, 'x', '{}', '', '')",
      )
        .bind(newId(), owner.tenantId)
        .run(),
    ).rejects.toThrow(/write_fence:tenant_deletion_scheduled/);

    for (const path of ["", "/agents", `/agents/${agent.body.id}`, "/usage", "/export"]) {
      const read = await callJson(tenantPath(owner.tenantId, path), { token: owner.token });
      expect(read.status, path).toBe(200);
    }
    const login = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: owner.password },
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
  });

  it("dry run says when it would run, and changes nothing", async () => {
    const owner = await graceTenant(5);
    const before = await snapshotTenant(owner.tenantId);
    const dry = await scheduleDeletion(owner, "?dry_run=true");
    expect(dry.status).toBe(200);
    const at = Date.parse(String(dry.body.scheduled_for));
    expect(Math.abs(at - (Date.now() + 5 * DAY_MS))).toBeLessThan(60_000);
    const now = await scheduleDeletion(owner, "?dry_run=true&now=true");
    expect(now.body.scheduled_for).toBeNull();
    expect(await snapshotTenant(owner.tenantId)).toEqual(before);
  });

  it("now=true skips the wait, also once scheduled: the job keeps the scheduled id", async () => {
    const owner = await graceTenant(7);
    const scheduled = await scheduleDeletion(owner);
    const started = await scheduleDeletion(owner, "?now=true");
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      deletion_id: scheduled.body.deletion_id,
      status: "pending",
      scheduled_for: scheduled.body.scheduled_for,
    });
    const tenant = await env.CELL_US_1.prepare("SELECT status FROM tenants WHERE id = ?")
      .bind(owner.tenantId)
      .first<{ status: string }>();
    expect(tenant?.status).toBe("deleting");
    expect(await cancel(owner)).toMatchObject({ status: 409, body: { code: "tenant_deleting" } });

    const immediate = await graceTenant(7);
    const at = await scheduleDeletion(immediate, "?now=true");
    expect(at.body).toMatchObject({ status: "pending", scheduled_for: null });
  });

  it("deletion_grace_days: 0 to 30, the plan's default, set by the owner alone", async () => {
    const owner = await signup();
    const read = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(read.body.deletion_grace_days).toBe(0);
    expect((await updateTenant(owner, { deletion_grace_days: 31 })).status).toBe(422);
    expect((await updateTenant(owner, { deletion_grace_days: -1 })).status).toBe(422);
    await updateTenant(owner, { billing_plan: "business" });
    expect(
      (await callJson(tenantPath(owner.tenantId), { token: owner.token })).body.deletion_grace_days,
    ).toBe(7);

    const key = await callJson<{ key: string }>(tenantPath(owner.tenantId, "/api-keys"), {
      method: "POST",
      token: owner.token,
      body: { name: "admin", role: "admin" },
    });
    expect(key.status).toBe(201);
    const byAdmin = await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: key.body.key,
      body: { deletion_grace_days: 0 },
    });
    expect(byAdmin).toMatchObject({ status: 403, body: { code: "forbidden" } });

    const set = await updateTenant(owner, { deletion_grace_days: 12 });
    expect(set.body.deletion_grace_days).toBe(12);
    const log = await callJson<{ items: { action: string; changes: unknown }[] }>(
      tenantPath(owner.tenantId, "/activity-logs"),
      { token: owner.token },
    );
    expect(log.body.items[0]).toMatchObject({
      action: "tenant.updated",
      changes: { deletion_grace_days: { from: 7, to: 12 } },
    });
  });
});
