import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { learnCell } from "../../src/cells/routing";
import { MOVE_STAGES } from "../../src/moves/jobs";
import {
  createPlatformAdmin,
  type Owner,
  signup,
  tenantPath,
  updateTenant,
} from "../support/api-client";
import { failOn } from "../support/deletion-harness";
import { putTenantBlobs, seedTenantRows } from "../support/deletion-seed";
import { createMoveHarness } from "../support/move-harness";
import { callStart, createAgent } from "../support/resource-fixtures";
import { tablesWithTenantIdColumn } from "../support/tenant-state";
import { consume, mockReceiver } from "../support/webhooks";

type Harness = ReturnType<typeof createMoveHarness>;
type Move = { move_id: string; status: string; stage: string; checks: Record<string, unknown> };

let errorLog: MockInstance<typeof console.error>;
beforeEach(() => {
  // Webhook deliveries of the seeded tenants are not the point here.
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
  errorLog = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  errorLog.mockRestore();
  vi.restoreAllMocks();
});

/** Every row of the tenant in `d1`, table by table, as stored (rowids aside, in a set's order). */
async function rowsIn(d1: D1Database, tenantId: string) {
  const tables: Record<string, string[]> = {};
  const names = ["tenants", ...(await tablesWithTenantIdColumn())];
  const read = await d1.batch(
    names.map((table) =>
      d1
        .prepare(`SELECT * FROM "${table}" WHERE "${table === "tenants" ? "id" : "tenant_id"}" = ?`)
        .bind(tenantId),
    ),
  );
  for (const [i, table] of names.entries()) {
    const results = read[i]?.results ?? [];
    if (results.length > 0) tables[table] = results.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

const objectsIn = async (bucket: R2Bucket, tenantId: string) =>
  (await bucket.list({ prefix: `tenants/${tenantId}/` })).objects
    .map((object) => `${object.key} ${object.size}`)
    .sort();

/** A tenant with something in every table and a few objects, a webhook, a file and a call. */
async function furnishedTenant(region: "us" | "eu" = "us") {
  const owner = await signup("Moving Co", region);
  await updateTenant(owner, {
    billing_plan: "enterprise",
    max_concurrent_calls: 50,
    webhook_url: "https://hooks.example.com/moving",
    sip_password: "sip-secret",
  });
  await createAgent(owner);
  await seedTenantRows(owner.tenantId, 3);
  const d1 = region === "us" ? env.CELL_US_1 : env.CELL_EU_1;
  // Seeded rows of a tenant of the other cell would break its foreign keys: only this cell's.
  expect((await rowsIn(d1, owner.tenantId)).tenants).toHaveLength(1);
  await putTenantBlobs(owner.tenantId, 6);
  return owner;
}

/**
 * The tenant's export, without what a move may change: its region and its row's timestamps; nor
 * when it was taken, which its audit checkpoint is signed with (what that covers is kept).
 */
async function exportOf(harness: Harness, owner: Owner, token: string) {
  const { status, body } = await harness.request<Record<string, unknown>>(
    tenantPath(owner.tenantId, "/export"),
    { token },
  );
  expect(status).toBe(200);
  const {
    exported_at: _,
    tenant,
    audit_checkpoint,
    ...others
  } = body as {
    exported_at: string;
    tenant: object;
    audit_checkpoint: Record<string, unknown>;
  };
  const { sealed_at: ___, signature: ____, ...covered } = audit_checkpoint;
  const { data_region: region, updated_at: __, ...settings } = tenant as Record<string, unknown>;
  return { region, settings, rest: { ...others, audit_checkpoint: covered } };
}

async function startMove(harness: Harness, tenantId: string, cell: string, token: string) {
  const started = await harness.request<Move>(tenantPath(tenantId, "/move"), {
    method: "POST",
    token,
    body: { cell },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return started.body;
}

const moveOf = async (harness: Harness, tenantId: string, token: string) =>
  (await harness.request<Move>(tenantPath(tenantId, "/move"), { token })).body;

describe("moving a tenant to another cell", () => {
  it("moves its rows and objects to the other region, identical, and leaves nothing behind", async () => {
    const admin = await createPlatformAdmin();
    const owner = await furnishedTenant("us");
    const harness = createMoveHarness();
    const rowsBefore = await rowsIn(env.CELL_US_1, owner.tenantId);
    const objectsBefore = await objectsIn(env.BLOBS_US, owner.tenantId);
    const exportBefore = await exportOf(harness, owner, owner.token);

    await startMove(harness, owner.tenantId, "eu-1", admin.token);
    await harness.drain();

    const move = await moveOf(harness, owner.tenantId, admin.token);
    expect(move).toMatchObject({ status: "completed", stage: "done" });
    // Every table compared, and the objects, by count and checksum.
    expect(Object.keys(move.checks)).toContain("r2_objects");
    expect(await rowsIn(env.CELL_US_1, owner.tenantId)).toEqual({});
    expect(await objectsIn(env.BLOBS_US, owner.tenantId)).toEqual([]);
    expect(await objectsIn(env.BLOBS_EU, owner.tenantId)).toEqual(objectsBefore);
    const rowsAfter = await rowsIn(env.CELL_EU_1, owner.tenantId);
    const { tenants: tenantBefore, ...othersBefore } = rowsBefore;
    const { tenants: tenantAfter, ...othersAfter } = rowsAfter;
    expect(othersAfter).toEqual(othersBefore);
    const unmoved = (rows: string[] | undefined) => {
      const { data_region: _, updated_at: __, ...rest } = JSON.parse(rows?.[0] ?? "{}");
      return rest;
    };
    expect(unmoved(tenantAfter)).toEqual(unmoved(tenantBefore));
    expect(JSON.parse(tenantAfter?.[0] ?? "{}").data_region).toBe("eu");

    const directory = await env.DB.prepare(
      "SELECT cell, region FROM tenant_directory WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .first();
    expect(directory).toEqual({ cell: "eu-1", region: "eu" });
    // The owner's token still names the old cell: its requests are sent to the new one.
    const exportAfter = await exportOf(harness, owner, owner.token);
    expect(exportBefore.region).toBe("us");
    expect(exportAfter.region).toBe("eu");
    expect(exportAfter.settings).toEqual(exportBefore.settings);
    expect(exportAfter.rest).toEqual(exportBefore.rest);
  });

  it("moves within a region: the rows move, the objects stay in the region's bucket", async () => {
    const admin = await createPlatformAdmin();
    const owner = await furnishedTenant("us");
    // A second US cell: the EU database stands in for it.
    const cells = {
      "us-1": { binding: "CELL_US_1", region: "us" },
      "us-2": { binding: "CELL_EU_1", region: "us" },
      "eu-1": { binding: "CELL_EU_1", region: "eu" },
    };
    const harness = createMoveHarness({ CELLS: cells });
    const rowsBefore = await rowsIn(env.CELL_US_1, owner.tenantId);
    const objectsBefore = await objectsIn(env.BLOBS_US, owner.tenantId);
    await startMove(harness, owner.tenantId, "us-2", admin.token);
    await harness.drain();
    expect(await moveOf(harness, owner.tenantId, admin.token)).toMatchObject({
      status: "completed",
    });
    expect(await rowsIn(env.CELL_US_1, owner.tenantId)).toEqual({});
    const { tenants: _, ...moved } = await rowsIn(env.CELL_EU_1, owner.tenantId);
    const { tenants: __, ...before } = rowsBefore;
    expect(moved).toEqual(before);
    expect(await objectsIn(env.BLOBS_US, owner.tenantId)).toEqual(objectsBefore);
    expect(await objectsIn(env.BLOBS_EU, owner.tenantId)).toEqual([]);
    const read = await harness.request(tenantPath(owner.tenantId), { token: owner.token });
    expect(read).toMatchObject({ status: 200, body: { data_region: "us", name: "Moving Co" } });
  });

  it("serves reads and refuses writes with 409 tenant_moving while it moves; writes land in the new cell after", async () => {
    const admin = await createPlatformAdmin();
    const owner = await furnishedTenant("us");
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId, "eu-1", admin.token);
    const statuses = new Set<string>();
    let renamed = 0;
    const load = async () => {
      const read = await harness.request(tenantPath(owner.tenantId), { token: owner.token });
      expect(read.status).toBe(200);
      statuses.add(read.body.status as string);
      const write = await harness.request(tenantPath(owner.tenantId, "/agents"), {
        method: "POST",
        token: owner.token,
        body: { name: `Agent ${renamed}` },
      });
      if (write.status === 409) {
        expect(write.body.code).toBe("tenant_moving");
        expect(write.headers.get("Retry-After")).toBe("5");
      } else {
        expect(write.status, JSON.stringify(write.body)).toBe(201);
        renamed++;
      }
    };
    await harness.drain(load);
    expect(statuses).toContain("moving");
    expect(statuses).toContain("active");
    expect(renamed).toBeGreaterThan(0);
    // Every agent written landed in the new cell; the old one holds nothing of the tenant.
    expect(await rowsIn(env.CELL_US_1, owner.tenantId)).toEqual({});
    const agents = await env.CELL_EU_1.prepare(
      "SELECT count(*) AS n FROM agents WHERE tenant_id = ? AND name LIKE 'Agent %'",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(agents?.n).toBe(renamed);
  });

  it("sends a write from an isolate that still remembers the old cell to the new one", async () => {
    const admin = await createPlatformAdmin();
    const owner = await furnishedTenant("us");
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId, "eu-1", admin.token);
    // Up to the switch: the old cell's row is `moved`, its copy not yet removed.
    while ((await moveOf(harness, owner.tenantId, admin.token)).stage !== "remove_source") {
      await harness.step();
    }
    for (const [cell, label] of [
      ["us-1", "before the old copy is removed"],
      ["eu-1", "learnt"],
    ] as const) {
      learnCell(owner.tenantId, "us-1");
      const write = await harness.request(tenantPath(owner.tenantId), {
        method: "PUT",
        token: owner.token,
        body: { name: `Renamed ${label}` },
      });
      expect(write.status, `${cell}: ${JSON.stringify(write.body)}`).toBe(200);
      if (cell === "us-1") await harness.drain();
    }
    const renamed = await env.CELL_EU_1.prepare("SELECT name FROM tenants WHERE id = ?")
      .bind(owner.tenantId)
      .first<{ name: string }>();
    expect(renamed?.name).toBe("Renamed learnt");
    // A call start reads its body before its batch finds the tenant gone: sent again with it.
    learnCell(owner.tenantId, "us-1");
    const agent = await env.CELL_EU_1.prepare("SELECT id FROM agents WHERE tenant_id = ? LIMIT 1")
      .bind(owner.tenantId)
      .first<{ id: string }>();
    const started = await harness.request<{ id: string }>(tenantPath(owner.tenantId, "/calls"), {
      method: "POST",
      token: owner.token,
      body: callStart(agent?.id as string),
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const call = await env.CELL_EU_1.prepare("SELECT count(*) AS n FROM calls WHERE id = ?")
      .bind(started.body.id)
      .first<{ n: number }>();
    expect(call?.n).toBe(1);
    expect(await rowsIn(env.CELL_US_1, owner.tenantId)).toEqual({});
  });

  it.each([...MOVE_STAGES, "remove"])(
    "ends the same when its %s step fails once, and when each step is delivered twice",
    async (stage) => {
      const admin = await createPlatformAdmin();
      const owner = await furnishedTenant("us");
      const harness = createMoveHarness();
      const rowsBefore = await rowsIn(env.CELL_US_1, owner.tenantId);
      await startMove(harness, owner.tenantId, "eu-1", admin.token);
      const faults: Record<string, ReturnType<typeof failOn>> = {
        fence: failOn(/^d1: update "tenants"/),
        copy_rows: failOn(/^d1: INSERT INTO "activity_logs"/),
        copy_blobs: failOn(/^r2: put$/),
        // A tally's first read, once the copy has begun verifying.
        verify: failOn(/^d1: SELECT rowid/, { after: /"checks" = \?/ }),
        switch: failOn(/^d1: update "tenant_directory"/),
        remove_source: failOn(/^d1: insert into "deletion_jobs"/),
        remove: failOn(/^d1: delete from "activity_logs"/),
      };
      const fault = faults[stage] as ReturnType<typeof failOn>;
      harness.faults.push(fault);
      // Every message twice, as Queues may: a step the move no longer expects does nothing.
      while (harness.queue.length > 0) {
        const next = harness.queue[0];
        await harness.step();
        if (next && next.attempts === 1) await harness.deliver({ ...next });
      }
      expect(fault.fired, `the ${stage} fault`).toBe(1);
      expect(await moveOf(harness, owner.tenantId, admin.token)).toMatchObject({
        status: "completed",
      });
      expect(await rowsIn(env.CELL_US_1, owner.tenantId)).toEqual({});
      const { tenants: _, ...moved } = await rowsIn(env.CELL_EU_1, owner.tenantId);
      const { tenants: __, ...before } = rowsBefore;
      expect(moved).toEqual(before);
      expect(await objectsIn(env.BLOBS_US, owner.tenantId)).toEqual([]);
      expect(await objectsIn(env.BLOBS_EU, owner.tenantId)).toHaveLength(6);
    },
  );
});

describe("the work queued for a moving tenant", () => {
  it("a webhook delivery waits while its rows are copied, then goes from the new cell", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup();
    const sent: string[] = [];
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockImplementation(async (messages) => {
      for (const m of messages) sent.push((m.body as { delivery_id: string }).delivery_id);
      return undefined as never;
    });
    await updateTenant(owner, { webhook_url: "https://hooks.example.com/moving" });
    const [deliveryId] = sent;
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId, "eu-1", admin.token);
    while ((await moveOf(harness, owner.tenantId, admin.token)).stage !== "copy_rows") {
      await harness.step();
    }
    const received = mockReceiver([204]);
    const waiting = await consume(deliveryId as string, 1, "webhook-deliveries", owner.tenantId);
    expect(waiting).toMatchObject({ retried: true, delaySeconds: 30 });
    expect(received).toEqual([]);
    await harness.drain();
    const delivered = await consume(deliveryId as string, 2, "webhook-deliveries", owner.tenantId);
    expect(delivered.retried).toBe(false);
    expect(received).toHaveLength(1);
    const row = await env.CELL_EU_1.prepare("SELECT status FROM webhook_deliveries WHERE id = ?")
      .bind(deliveryId)
      .first<{ status: string }>();
    expect(row?.status).toBe("succeeded");
  });
});

describe("a move refused", () => {
  it("to platform admins only, to a cell that exists, from another cell, not while deleting", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup();
    const harness = createMoveHarness();
    const path = tenantPath(owner.tenantId, "/move");
    const post = (token: string, cell: string) =>
      harness.request(path, { method: "POST", token, body: { cell } });
    expect((await post(owner.token, "eu-1")).status).toBe(403);
    expect(await harness.request(path, { token: admin.token })).toMatchObject({ status: 404 });
    expect((await post(admin.token, "mars-1")).status).toBe(422);
    expect(await post(admin.token, "us-1")).toMatchObject({
      status: 409,
      body: { code: "tenant_not_movable" },
    });
    const missing = await harness.request(tenantPath(crypto.randomUUID(), "/move"), {
      method: "POST",
      token: admin.token,
      body: { cell: "eu-1" },
    });
    expect(missing.status).toBe(404);
    // A second request while it runs answers the same move.
    const first = await post(admin.token, "eu-1");
    const again = await post(admin.token, "eu-1");
    expect(again.status).toBe(202);
    expect(again.body.move_id).toBe(first.body.move_id);
    await harness.drain();

    const deleting = await signup();
    await harness.request(tenantPath(deleting.tenantId), {
      method: "DELETE",
      token: deleting.token,
    });
    const refused = await harness.request(tenantPath(deleting.tenantId, "/move"), {
      method: "POST",
      token: admin.token,
      body: { cell: "eu-1" },
    });
    expect(refused).toMatchObject({ status: 409, body: { code: "tenant_deleting" } });
  });

  it("deletion while it moves: 409 tenant_moving, and nothing of the deletion is recorded", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup();
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId, "eu-1", admin.token);
    // Up to the copy: the source is fenced.
    while ((await moveOf(harness, owner.tenantId, admin.token)).stage === "fence") {
      await harness.step();
    }
    const deleted = await harness.request(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(deleted).toMatchObject({ status: 409, body: { code: "tenant_moving" } });
    const jobs = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM deletion_jobs WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(jobs?.n).toBe(0);
    await harness.drain();
    expect(await moveOf(harness, owner.tenantId, admin.token)).toMatchObject({
      status: "completed",
    });
  });
});
