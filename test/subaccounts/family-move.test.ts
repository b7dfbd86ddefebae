import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPlatformAdmin, tenantPath } from "../support/api-client";
import { blobKeys, putTenantBlobs } from "../support/deletion-seed";
import { actingOn, family } from "../support/family";
import { createMoveHarness } from "../support/move-harness";
import { callStart, createAgent } from "../support/resource-fixtures";
import { tablesWithTenantIdColumn } from "../support/tenant-state";

beforeEach(() => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** How many rows of the tenant each cell database holds, every table with its id. */
async function rowsIn(d1: D1Database, tenantId: string) {
  let rows = 0;
  for (const table of ["tenants", ...(await tablesWithTenantIdColumn())]) {
    const column = table === "tenants" ? "id" : "tenant_id";
    const found = await d1
      .prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = ?`)
      .bind(tenantId)
      .first<{ n: number }>();
    rows += found?.n ?? 0;
  }
  return rows;
}

describe("sub-accounts: moving a family", () => {
  it("a family moved: the parent's move takes its sub-accounts to the same cell, the pool still holds there", {
    timeout: 240_000,
  }, async () => {
    const admin = await createPlatformAdmin();
    const { parent, subs } = await family(2, { max_concurrent_calls: 1 }, {});
    const members = [parent.tenantId, ...subs.map((sub) => sub.id)];
    const agents = new Map<string, string>();
    for (const id of members) {
      agents.set(id, (await createAgent(actingOn(parent, id))).id);
      await putTenantBlobs(id, 2);
    }
    const before = new Map<string, number>();
    for (const id of members) before.set(id, await rowsIn(env.CELL_US_1, id));

    const harness = createMoveHarness();
    const alone = await harness.request(tenantPath(subs[0]?.id ?? "", "/move"), {
      method: "POST",
      token: admin.token,
      body: { cell: "eu-1" },
    });
    expect(alone).toMatchObject({ status: 409, body: { code: "tenant_not_movable" } });

    const started = await harness.request(tenantPath(parent.tenantId, "/move"), {
      method: "POST",
      token: admin.token,
      body: { cell: "eu-1" },
    });
    expect(started.status).toBe(202);
    await harness.drain();

    for (const id of members) {
      const move = await harness.request(tenantPath(id, "/move"), { token: admin.token });
      expect(move.body, id).toMatchObject({ status: "completed", to_cell: "eu-1" });
      expect(await rowsIn(env.CELL_US_1, id)).toBe(0);
      expect(await rowsIn(env.CELL_EU_1, id)).toBe(before.get(id));
      const entry = await env.DB.prepare("SELECT cell FROM tenant_directory WHERE tenant_id = ?")
        .bind(id)
        .first<{ cell: string }>();
      expect(entry?.cell).toBe("eu-1");
      expect((await env.BLOBS_US.list({ prefix: `tenants/${id}/` })).objects).toEqual([]);
      expect(await blobKeys(`tenants/${id}/`)).toHaveLength(2);
    }
    const moved = await env.CELL_EU_1.prepare(
      "SELECT id, status FROM tenants WHERE parent_id = ? ORDER BY id",
    )
      .bind(parent.tenantId)
      .all();
    expect(moved.results).toEqual(
      subs.map((sub) => ({ id: sub.id, status: "active" })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );

    // In the new cell the family's pool (one slot) still caps the sub-accounts together.
    const [first, second] = subs.map((sub) => sub.id);
    const one = await harness.request(tenantPath(first ?? "", "/calls"), {
      method: "POST",
      token: parent.token,
      body: callStart(agents.get(first ?? "") ?? ""),
    });
    expect(one.status).toBe(201);
    const two = await harness.request(tenantPath(second ?? "", "/calls"), {
      method: "POST",
      token: parent.token,
      body: callStart(agents.get(second ?? "") ?? ""),
    });
    expect(two).toMatchObject({ status: 429, body: { code: "family_concurrency_limit_reached" } });
  });
});
