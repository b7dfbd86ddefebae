import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { packRollupDays, SLOTS_PER_DAY } from "../../src/analytics/packing";
import { archiveHistory } from "../../src/archive/sweep";
import { createDb } from "../../src/db/client";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { withFailingInserts } from "../support/failing-inserts";
import { callStart, configure, createAgent } from "../support/resource-fixtures";
import { endCallAt, startCallAt } from "../support/rollups";

beforeAll(() => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
});
afterAll(() => vi.restoreAllMocks());

const slotOf = (iso: string) => Math.floor(Date.parse(iso) / 900_000);
const REASONS = ["completed", "hangup", "voicemail"];

/** Calls over three UTC days around midnight, some in quarter-hour zones' half hours. */
async function tenantWithCalls() {
  const owner = await signup();
  await configure(owner, {
    billing_plan: "business",
    max_concurrent_calls: 100,
    analytics_enabled: true,
  });
  const agents = [(await createAgent(owner)).id, (await createAgent(owner)).id];
  let i = 0;
  for (const day of ["2024-03-09", "2024-03-10", "2024-03-11"]) {
    for (const time of ["00:10", "05:40", "18:20", "18:35", "23:50"]) {
      const at = `${day}T${time}:00Z`;
      const body = callStart(agents[i % 2] as string, {
        direction: i % 3 ? "inbound" : "outbound",
      });
      const id = await startCallAt(owner.tenantId, body, at);
      await endCallAt(
        owner.tenantId,
        id,
        REASONS[i % 3] as string,
        new Date(Date.parse(at) + (30 + i * 7) * 1000),
      );
      i++;
    }
  }
  return owner;
}

const ZONES = ["UTC", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York"];
const GROUPS = [undefined, "agent_id", "direction", "ended_reason"];

/** Every analytics answer the test compares: hours and days, four zones, every grouping. */
async function answers(owner: Owner) {
  const all: unknown[] = [];
  for (const timezone of ZONES) {
    for (const group_by of GROUPS) {
      for (const interval of ["hour", "day"]) {
        const query = new URLSearchParams({
          from: "2024-03-08T00:00:00Z",
          to: "2024-03-13T00:00:00Z",
          interval,
          timezone,
          ...(group_by ? { group_by } : {}),
        });
        const { status, body } = await callJson(
          tenantPath(owner.tenantId, `/analytics/calls?${query}`),
          { token: owner.token },
        );
        expect(status, JSON.stringify(body)).toBe(200);
        all.push(body);
      }
    }
  }
  return all;
}

const count = async (table: string, tenantId: string) =>
  (
    await env.CELL_US_1.prepare(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = ?`)
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n;

describe("packing rollups by day", () => {
  it("keeps every answer, in every zone and grouping, with a day's slot rows in one row a group", async () => {
    const owner = await tenantWithCalls();
    const before = await answers(owner);
    const slotRows = await count("call_rollups", owner.tenantId);
    const db = createDb(env.CELL_US_1);
    // Up to the end of 2024-03-10: two of the three days.
    const packed = await packRollupDays(db, owner.tenantId, slotOf("2024-03-11T00:00:00Z"));
    expect(packed).toBe(((slotRows ?? 0) * 2) / 3);
    expect(await packRollupDays(db, owner.tenantId, slotOf("2024-03-11T00:00:00Z"))).toBe(0);
    // all, 2 agents, 2 directions, 3 reasons, on each of 2 days.
    expect(await count("call_rollup_days", owner.tenantId)).toBe(16);
    expect(await answers(owner)).toEqual(before);
    // The day left is packed next, to the same answers.
    await packRollupDays(db, owner.tenantId, slotOf("2024-03-12T00:00:00Z"));
    expect(await count("call_rollups", owner.tenantId)).toBe(0);
    expect(await answers(owner)).toEqual(before);
  });

  it("packs only whole days before the one its bound falls in", async () => {
    const owner = await tenantWithCalls();
    const db = createDb(env.CELL_US_1);
    await packRollupDays(db, owner.tenantId, slotOf("2024-03-10T23:59:00Z"));
    const { results } = await env.CELL_US_1.prepare(
      "SELECT DISTINCT day FROM call_rollup_days WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .all<{ day: number }>();
    expect(results.map((row) => row.day)).toEqual([slotOf("2024-03-09T00:00:00Z") / SLOTS_PER_DAY]);
  });

  it("merges a day packed again (an end after its day was packed) into the same answers", async () => {
    const owner = await tenantWithCalls();
    const agent = await createAgent(owner);
    const late = await startCallAt(owner.tenantId, callStart(agent.id), "2024-03-09T12:00:00Z");
    const db = createDb(env.CELL_US_1);
    await packRollupDays(db, owner.tenantId, slotOf("2024-03-10T00:00:00Z"));
    await endCallAt(owner.tenantId, late, "hangup", "2024-03-09T12:05:00Z");
    const expected = await answers(owner);
    await packRollupDays(db, owner.tenantId, slotOf("2024-03-10T00:00:00Z"));
    expect(await answers(owner)).toEqual(expected);
    const { results } = await env.CELL_US_1.prepare(
      `SELECT count(*) AS n FROM call_rollups WHERE tenant_id = ? AND slot < ?`,
    )
      .bind(owner.tenantId, slotOf("2024-03-10T00:00:00Z"))
      .all<{ n: number }>();
    expect(results[0]?.n).toBe(0);
  });

  it("leaves the slot rows as they were when the packed row cannot be written", async () => {
    const owner = await tenantWithCalls();
    const before = await answers(owner);
    const rows = await count("call_rollups", owner.tenantId);
    await expect(
      withFailingInserts("call_rollup_days", () =>
        packRollupDays(createDb(env.CELL_US_1), owner.tenantId, slotOf("2024-03-12T00:00:00Z")),
      ),
    ).rejects.toThrow();
    expect(await count("call_rollups", owner.tenantId)).toBe(rows);
    expect(await count("call_rollup_days", owner.tenantId)).toBe(0);
    expect(await answers(owner)).toEqual(before);
  });

  it("is done by the archive sweep for the days past each tenant's hot window", async () => {
    const owner = await tenantWithCalls();
    const before = await answers(owner);
    const deps = { db: createDb(env.CELL_US_1), bucket: env.BLOBS_US };
    // business: 90 days. On 2024-06-09 the window starts 2024-03-11, so two days are past it.
    const run = await archiveHistory(deps, new Date("2024-06-09T12:00:00Z"));
    expect(run.packed).toBeGreaterThan(0);
    const { results } = await env.CELL_US_1.prepare(
      "SELECT min(slot) AS first FROM call_rollups WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .all<{ first: number }>();
    expect(results[0]?.first).toBeGreaterThanOrEqual(slotOf("2024-03-11T00:00:00Z"));
    expect(await count("call_rollup_days", owner.tenantId)).toBe(16);
    expect(await answers(owner)).toEqual(before);
    expect((await archiveHistory(deps, new Date("2024-06-09T12:00:00Z"))).packed).toBe(0);
  });
});
