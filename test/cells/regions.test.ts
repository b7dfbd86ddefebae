import { createExecutionContext, createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_CALL_DURATION_SECONDS } from "../../src/calls/sweep";
import { placeTenant } from "../../src/cells/directory";
import { createDb } from "../../src/db/client";
import worker from "../../src/index";
import {
  call,
  callJson,
  createPlatformAdmin,
  type Owner,
  signup,
  tenantPath,
  updateTenant,
} from "../support/api-client";
import {
  blobKeys,
  expectNothingLeft,
  jobOrReceiptOf,
  snapshotTenant,
} from "../support/deletion-seed";
import { createAgent, send, startCall, testBytes } from "../support/resource-fixtures";
import { runScheduled } from "../support/scheduled";
import { consume, mockReceiver } from "../support/webhooks";

afterEach(() => vi.restoreAllMocks());

const rowsIn = async (d1: D1Database, table: string, column: string, tenantId: string) =>
  (
    await d1
      .prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = ?`)
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n ?? 0;

/** Where the tenant's rows are: in each cell, its tenant row and its activity entries. */
async function whereIs(tenantId: string) {
  const cells: Record<string, number> = {};
  for (const [name, d1] of [
    ["us-1", env.CELL_US_1],
    ["eu-1", env.CELL_EU_1],
  ] as const) {
    cells[name] =
      (await rowsIn(d1, "tenants", "id", tenantId)) +
      (await rowsIn(d1, "activity_logs", "tenant_id", tenantId));
  }
  return cells;
}

async function uploadFile(owner: Owner) {
  const res = await send(tenantPath(owner.tenantId, "/files"), {
    token: owner.token,
    body: testBytes(64),
    headers: { "Content-Type": "text/plain", "X-Filename": "notes.txt" },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; r2_key?: string };
}

const objectsIn = async (bucket: R2Bucket, tenantId: string) =>
  (await bucket.list({ prefix: `tenants/${tenantId}/` })).objects.map((object) => object.key);

describe("data regions", () => {
  it("places a tenant in its region's cell and its objects in its region's bucket, and nowhere else", async () => {
    const eu = await signup("Acme EU", "eu");
    const us = await signup("Acme US");
    for (const [owner, region, here, there] of [
      [eu, "eu", "eu-1", "us-1"],
      [us, "us", "us-1", "eu-1"],
    ] as const) {
      const { body } = await callJson(tenantPath(owner.tenantId), { token: owner.token });
      expect(body).toMatchObject({ id: owner.tenantId, data_region: region });
      await updateTenant(owner, { name: `${region} renamed` });
      await uploadFile(owner);
      const cells = await whereIs(owner.tenantId);
      expect(cells[here], `${region} rows in ${here}`).toBeGreaterThanOrEqual(3);
      expect(cells[there], `${region} rows in ${there}`).toBe(0);
      const directory = await env.DB.prepare(
        "SELECT cell, region, status FROM tenant_directory WHERE tenant_id = ?",
      )
        .bind(owner.tenantId)
        .first();
      expect(directory).toEqual({ cell: here, region, status: "active" });
    }
    expect(await objectsIn(env.BLOBS_EU, eu.tenantId)).toHaveLength(1);
    expect(await objectsIn(env.BLOBS_US, eu.tenantId)).toEqual([]);
    expect(await objectsIn(env.BLOBS_US, us.tenantId)).toHaveLength(1);
    expect(await objectsIn(env.BLOBS_EU, us.tenantId)).toEqual([]);
  });

  it("answers the signup with its region, and refuses one that is none (422)", async () => {
    const { status, body } = await callJson("/v1/auth/signup", {
      method: "POST",
      body: {
        email: `eu-${Date.now()}@example.com`,
        password: "correct horse battery",
        data_region: "eu",
      },
    });
    expect(status).toBe(201);
    expect(body.data_region).toBe("eu");
    const refused = await callJson<{ detail: { loc: string[] }[] }>("/v1/auth/signup", {
      method: "POST",
      body: {
        email: `ap-${Date.now()}@example.com`,
        password: "correct horse battery",
        data_region: "ap",
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.detail[0]?.loc).toEqual(["body", "data_region"]);
  });

  it("places a signup in the region's accepting cell with the fewest tenants", async () => {
    // Two cells in one region: the EU database stands in for a second US cell here.
    const cells = {
      "us-1": { binding: "CELL_US_1", region: "us", accepting: true },
      "us-2": { binding: "CELL_EU_1", region: "us", accepting: true },
      "us-3": { binding: "CELL_EU_1", region: "us", accepting: false },
    };
    const control = createDb(env.DB);
    const counted = { ...env, CELLS: cells };
    const before = await placeTenant(counted, control, "us");
    const { results } = await env.DB.prepare(
      "SELECT cell, count(*) AS n FROM tenant_directory GROUP BY cell",
    ).all<{ cell: string; n: number }>();
    const usTenants = results.find((row) => row.cell === "us-1")?.n ?? 0;
    // us-2 holds none yet: it takes the next signups, and us-3 none, however empty.
    expect(usTenants).toBeGreaterThan(0);
    expect(before?.name).toBe("us-2");
    expect((await placeTenant(counted, control, "eu"))?.name).toBeUndefined();
    expect((await placeTenant(env, control, "eu"))?.name).toBe("eu-1");
  });

  it("lists every cell's tenants to an admin, newest first, one cursor over all of them", async () => {
    const admin = await createPlatformAdmin();
    const owners = [
      await signup(),
      await signup(undefined, "eu"),
      await signup(),
      await signup(undefined, "eu"),
    ];
    await updateTenant(owners[1] as Owner, { billing_plan: "business" });
    const seen: { id: string; data_region: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const { body } = await callJson<{
        items: { id: string; data_region: string }[];
        next_cursor: string | null;
      }>(`/v1/tenants${query}`, { token: admin.token });
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items);
      cursor = body.next_cursor;
    } while (cursor);
    const ids = seen.map((tenant) => tenant.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
    for (const owner of owners) expect(ids).toContain(owner.tenantId);
    expect(seen.find((t) => t.id === owners[3]?.tenantId)?.data_region).toBe("eu");
    const business = await callJson<{ items: { id: string }[] }>(
      "/v1/tenants?billing_plan=business",
      {
        token: admin.token,
      },
    );
    expect(business.body.items.map((t) => t.id)).toContain(owners[1]?.tenantId);
  });

  it("reaches an admin's request to a tenant's cell through the directory", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup("Admin reaches EU", "eu");
    const { status, body } = await callJson(tenantPath(owner.tenantId), { token: admin.token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: owner.tenantId, data_region: "eu" });
    const missing = await callJson(tenantPath(crypto.randomUUID()), { token: admin.token });
    expect(missing.status).toBe(404);
  });

  it("logs in an EU owner with a token for its cell", async () => {
    const owner = await signup(undefined, "eu");
    const { status, body } = await callJson<{ access_token: string }>("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: owner.password },
    });
    expect(status).toBe(200);
    const claims = JSON.parse(atob(body.access_token.split(".")[1] as string));
    expect(claims.cell).toBe("eu-1");
    expect((await call(tenantPath(owner.tenantId), { token: body.access_token })).status).toBe(200);
  });
});

describe("work across cells", () => {
  it("deletes an EU tenant to nothing, in every cell and bucket, ending in the control plane", async () => {
    const owner = await signup(undefined, "eu");
    const other = await signup(undefined, "eu");
    await uploadFile(owner);
    await uploadFile(other);
    const otherBefore = await snapshotTenant(other.tenantId);
    const { status } = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(status).toBe(202);
    // The queue consumer runs the steps in the test runtime: wait for the receipt.
    for (
      let i = 0;
      i < 100 && (await jobOrReceiptOf(owner.tenantId))?.status !== "completed";
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expectNothingLeft(await snapshotTenant(owner.tenantId));
    expect(await blobKeys(`tenants/${owner.tenantId}/`)).toEqual([]);
    expect((await jobOrReceiptOf(owner.tenantId))?.counts).toMatchObject({
      r2_objects: 1,
      users: 1,
    });
    const receipt = await callJson(tenantPath(owner.tenantId, "/deletion"), { token: owner.token });
    expect(receipt).toMatchObject({ status: 200, body: { status: "completed" } });
    expect(await snapshotTenant(other.tenantId)).toEqual(otherBefore);
  });

  it("delivers an EU tenant's webhook from its cell, the message naming its tenant", async () => {
    const owner = await signup(undefined, "eu");
    const sent: { delivery_id: string; tenant_id: string }[] = [];
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockImplementation(async (messages) => {
      for (const m of messages) sent.push(m.body as never);
      return undefined as never;
    });
    await updateTenant(owner, { webhook_url: "https://hooks.example.com/eu" });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.tenant_id).toBe(owner.tenantId);
    const received = mockReceiver([204]);
    await consume(sent[0]?.delivery_id as string, 1, "webhook-deliveries", owner.tenantId);
    expect(received).toHaveLength(1);
    const row = await env.CELL_EU_1.prepare("SELECT status FROM webhook_deliveries WHERE id = ?")
      .bind(sent[0]?.delivery_id)
      .first<{ status: string }>();
    expect(row?.status).toBe("succeeded");
  });

  it("sweeps every cell: an EU tenant's overdue call is ended by its cell's sweep", async () => {
    const owner = await signup(undefined, "eu");
    await updateTenant(owner, { max_concurrent_calls: 5 });
    const agent = await createAgent(owner);
    const started = await startCall(owner, agent.id);
    const longAgo = new Date(Date.now() - (MAX_CALL_DURATION_SECONDS + 60) * 1000).toISOString();
    await env.CELL_EU_1.prepare("UPDATE calls SET started_at = ? WHERE id = ?")
      .bind(longAgo, started.body.id)
      .run();
    expect(await runScheduled()).toBe(2);
    const { body } = await callJson(tenantPath(owner.tenantId, `/calls/${started.body.id}`), {
      token: owner.token,
    });
    expect(body).toMatchObject({ status: "ended", ended_reason: "max_duration_exceeded" });
  });
});

describe("the scheduled handler under wrangler dev", () => {
  it("runs every cell's sweeps in its own invocation, so a local run answers once they are done", async () => {
    const owner = await signup(undefined, "eu");
    await updateTenant(owner, { max_concurrent_calls: 5 });
    const agent = await createAgent(owner);
    const started = await startCall(owner, agent.id);
    const longAgo = new Date(Date.now() - (MAX_CALL_DURATION_SECONDS + 60) * 1000).toISOString();
    await env.CELL_EU_1.prepare("UPDATE calls SET started_at = ? WHERE id = ?")
      .bind(longAgo, started.body.id)
      .run();
    const queued = vi.spyOn(env.CELL_SWEEPS, "sendBatch");
    await worker.scheduled(createScheduledController(), env, createExecutionContext());
    expect(queued).not.toHaveBeenCalled();
    const { body } = await callJson(tenantPath(owner.tenantId, `/calls/${started.body.id}`), {
      token: owner.token,
    });
    expect(body.status).toBe("ended");
  });
});
