import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { archiveHistory } from "../../src/archive/sweep";
import { createDb } from "../../src/db/client";
import {
  call,
  callJson,
  type Owner,
  signup,
  tenantPath,
  updateTenant,
} from "../support/api-client";
import { sealAll } from "../support/audit";
import { claimsOf } from "../support/bad-credentials";
import { createHarness } from "../support/deletion-harness";
import { blobKeys, snapshotTenant } from "../support/deletion-seed";
import {
  archivedRows,
  archiveObjects,
  DAY,
  daysBefore,
  partsOf,
  seedHistory,
} from "../support/history";
import { createAgent, sha256Hex, startCall } from "../support/resource-fixtures";

const deps = { db: createDb(env.CELL_US_1), bucket: env.BLOBS_US };
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

type Part = {
  id: string;
  table: string;
  period: string;
  part: number;
  rows: number;
  bytes: number;
  sha256: string;
  created_at: string;
};

const listArchives = (owner: Owner, query = "") =>
  callJson<{ items: Part[]; next_cursor: string | null }>(
    tenantPath(owner.tenantId, `/archives${query}`),
    { token: owner.token },
  );

const readMonth = async (owner: Owner, table: string, period: string) => {
  const res = await call(tenantPath(owner.tenantId, `/archives/${table}/${period}`), {
    token: owner.token,
  });
  return { res, lines: res.ok ? (await res.text()).split("\n").filter(Boolean) : [] };
};

describe("the archive's routes", () => {
  it("lists the parts and serves a month as NDJSON in the JSON the API answered", async () => {
    const owner = await signup();
    const agent = await createAgent(owner);
    const started = (await startCall(owner, agent.id)).body;
    await callJson(tenantPath(owner.tenantId, `/calls/${started.id}/end`), {
      method: "POST",
      token: owner.token,
      body: { ended_reason: "hangup" },
    });
    const asServed = (
      await callJson(tenantPath(owner.tenantId, `/calls/${started.id}`), { token: owner.token })
    ).body;
    // The entries as served once sealed, within their minute.
    await sealAll();
    const log = (
      await callJson<{ items: Record<string, unknown>[] }>(
        tenantPath(owner.tenantId, "/activity-logs?limit=100"),
        { token: owner.token },
      )
    ).body.items;

    // A month and a day on, the starter plan's 30 days have passed for all of it.
    const later = new Date(Date.now() + 31 * DAY);
    await archiveHistory(deps, later);

    expect(
      (await call(tenantPath(owner.tenantId, `/calls/${started.id}`), { token: owner.token }))
        .status,
    ).toBe(404);
    const { status, body } = await listArchives(owner);
    expect(status).toBe(200);
    const tables = body.items.map((part) => part.table).sort();
    expect(tables).toEqual(["activity_logs", "calls"]);
    const period = monthOf(new Date());
    for (const part of body.items) {
      expect(part).toMatchObject({ period, part: 1, rows: expect.any(Number) });
      const object = await env.BLOBS_US.get(
        `tenants/${owner.tenantId}/archive/${part.table}/${period}/00001.ndjson.gz`,
      );
      const bytes = new Uint8Array(await (object as R2ObjectBody).arrayBuffer());
      expect(part.bytes).toBe(bytes.byteLength);
      expect(part.sha256).toBe(await sha256Hex(bytes));
    }
    const calls = await readMonth(owner, "calls", period);
    expect(calls.res.headers.get("Content-Type")).toMatch(/^application\/x-ndjson/);
    expect(calls.lines.map((line) => JSON.parse(line))).toEqual([asServed]);
    const entries = await readMonth(owner, "activity_logs", period);
    expect(entries.lines.map((line) => JSON.parse(line))).toEqual([...log].reverse());

    const onlyCalls = await listArchives(owner, "?table=calls");
    expect(onlyCalls.body.items.map((part) => part.table)).toEqual(["calls"]);
  });

  it("answers 404 for a month with nothing archived and 422 for a table or month that is none", async () => {
    const owner = await signup();
    expect((await readMonth(owner, "calls", "2020-01")).res.status).toBe(404);
    for (const [table, period] of [
      ["agents", "2020-01"],
      ["calls", "2020-13"],
      ["calls", "202001"],
    ]) {
      const { res } = await readMonth(owner, table as string, period as string);
      expect(res.status, `${table}/${period}`).toBe(422);
      expect(await res.json()).toMatchObject({ code: "validation_failed" });
    }
    expect((await listArchives(owner, "?period=2020-1")).status).toBe(422);
  });

  it("puts archived rows in the export, beside the rows still in D1", async () => {
    const now = new Date();
    const owner = await signup();
    const old = await seedHistory(owner.tenantId, daysBefore(now, 70), {
      calls: 3,
      entries: 2,
      deliveries: 1,
    });
    await archiveHistory(deps, now);
    const { body } = await callJson<{
      tables: Record<string, { id: string }[]>;
      archived: Record<string, { id: string }[]>;
    }>(tenantPath(owner.tenantId, "/export"), { token: owner.token });
    expect(body.archived.calls?.map((row) => row.id).sort()).toEqual([...old.calls].sort());
    expect(body.archived.activity_logs?.map((row) => row.id).sort()).toEqual(
      [...old.entries].sort(),
    );
    expect(body.archived.webhook_deliveries?.map((row) => row.id)).toEqual(old.deliveries);
    expect(body.archived).toEqual(await archivedRows(owner.tenantId));
    expect(body.tables.calls).toEqual([]);
    expect(body.tables.archive_parts).toHaveLength(3);
    // The rows still in D1 are there too: the signup's own entries.
    expect(body.tables.activity_logs?.length).toBeGreaterThan(0);
  });

  it("logs a HIPAA tenant's read of an archived month before serving it", async () => {
    const now = new Date();
    const owner = await signup();
    await updateTenant(owner, { billing_plan: "enterprise", hipaa_enabled: true });
    await seedHistory(owner.tenantId, daysBefore(now, 500), { calls: 2 });
    await archiveHistory(deps, now);
    const period = monthOf(daysBefore(now, 500));
    const { res, lines } = await readMonth(owner, "calls", period);
    expect(res.status).toBe(200);
    expect(lines).toHaveLength(2);
    const log = await callJson<{ items: Record<string, unknown>[] }>(
      tenantPath(owner.tenantId, "/activity-logs?action=archive.accessed"),
      { token: owner.token },
    );
    expect(log.body.items[0]).toMatchObject({
      target_type: "archive",
      target_id: `calls/${period}`,
      accessed: (await partsOf(owner.tenantId)).map((part) => part.id),
    });
  });

  it("goes with the tenant: a deletion leaves no part and no archive object, and counts them", async () => {
    const now = new Date();
    const owner = await signup();
    await seedHistory(owner.tenantId, daysBefore(now, 40), { calls: 2, entries: 2, deliveries: 2 });
    await seedHistory(owner.tenantId, daysBefore(now, 80), { entries: 2 });
    await archiveHistory(deps, now);
    const parts = await partsOf(owner.tenantId);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(await archiveObjects(owner.tenantId)).toHaveLength(parts.length);

    const harness = createHarness();
    // Asked with the owner's session, whose token then reads the receipt once the tenant is gone.
    await harness.startDeletion(owner.tenantId, {
      force: false,
      requestedSession: claimsOf(owner.token).sid,
    });
    await harness.drain();

    expect(await blobKeys(`tenants/${owner.tenantId}/`)).toEqual([]);
    const left = await snapshotTenant(owner.tenantId);
    expect(left.tables.archive_parts).toEqual([]);
    const receipt = await callJson<{ counts: Record<string, number> }>(
      tenantPath(owner.tenantId, "/deletion"),
      { token: owner.token },
    );
    expect(receipt.body.counts.archive_parts).toBe(parts.length);
    expect(receipt.body.counts.r2_objects).toBe(parts.length);
  });
});
