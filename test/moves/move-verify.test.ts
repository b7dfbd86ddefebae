import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPlatformAdmin, signup, tenantPath } from "../support/api-client";
import { seedTenantRows } from "../support/deletion-seed";
import { createMoveHarness } from "../support/move-harness";
import { createAgent } from "../support/resource-fixtures";
import { tablesWithTenantIdColumn } from "../support/tenant-state";

type Harness = ReturnType<typeof createMoveHarness>;

beforeEach(() => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** Every row of the tenant in `d1` but its own, table by table, as stored. */
async function ownedRowsIn(d1: D1Database, tenantId: string) {
  const tables: Record<string, string[]> = {};
  for (const table of await tablesWithTenantIdColumn()) {
    const { results } = await d1
      .prepare(`SELECT * FROM "${table}" WHERE tenant_id = ?`)
      .bind(tenantId)
      .all();
    if (results.length > 0) tables[table] = results.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

const moveRow = (tenantId: string) =>
  env.DB.prepare(
    "SELECT status, stage, source_job_id FROM tenant_moves WHERE tenant_id = ? ORDER BY created_at DESC LIMIT 1",
  )
    .bind(tenantId)
    .first<{ status: string; stage: string; source_job_id: string | null }>();

async function movingTenant() {
  const admin = await createPlatformAdmin();
  const owner = await signup("Verified Move Co", "us");
  await createAgent(owner);
  await seedTenantRows(owner.tenantId, 2);
  const harness = createMoveHarness();
  const started = await harness.request(tenantPath(owner.tenantId, "/move"), {
    method: "POST",
    token: admin.token,
    body: { cell: "eu-1" },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return { owner, harness };
}

/** Delivers messages until `until` holds, at most `max`. */
async function stepUntil(harness: Harness, until: () => Promise<boolean>, max = 500) {
  for (let i = 0; i < max; i++) {
    if (await until()) return;
    if (!(await harness.step())) break;
  }
  expect(await until(), "the move never got there").toBe(true);
}

describe("a move's verification", () => {
  it("finds a copied row whose content changed in the new cell, the count kept, and copies it again", {
    timeout: 60_000,
  }, async () => {
    const { owner, harness } = await movingTenant();
    const before = await ownedRowsIn(env.CELL_US_1, owner.tenantId);
    await stepUntil(harness, async () => (await moveRow(owner.tenantId))?.stage === "verify");
    // A copy gone wrong in the new cell: the same rows, one of them with other content.
    const changed = await env.CELL_EU_1.prepare(
      "UPDATE agents SET name = 'not what was copied' WHERE rowid = (SELECT min(rowid) FROM agents WHERE tenant_id = ?)",
    )
      .bind(owner.tenantId)
      .run();
    expect(changed.meta.changes).toBe(1);
    await harness.drain();
    expect(await moveRow(owner.tenantId)).toMatchObject({ status: "completed" });
    expect(await ownedRowsIn(env.CELL_EU_1, owner.tenantId)).toEqual(before);
  });

  it("does not complete while the source still holds the tenant, its removal job gone by another path", {
    timeout: 60_000,
  }, async () => {
    const { owner, harness } = await movingTenant();
    await stepUntil(harness, async () => Boolean((await moveRow(owner.tenantId))?.source_job_id));
    const { source_job_id: removal } = (await moveRow(owner.tenantId)) ?? {};
    // The removal's job lost in the source cell before it ran (a restore, a hand's cleanup).
    const lost = await env.CELL_US_1.prepare("DELETE FROM deletion_jobs WHERE id = ?")
      .bind(removal)
      .run();
    expect(lost.meta.changes).toBe(1);
    for (let i = 0; i < 20 && (await harness.step()); i++);
    const source = await env.CELL_US_1.prepare("SELECT status FROM tenants WHERE id = ?")
      .bind(owner.tenantId)
      .first<{ status: string }>();
    expect(source?.status).toBe("moved");
    expect((await moveRow(owner.tenantId))?.status).not.toBe("completed");
  });
});
