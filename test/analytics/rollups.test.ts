import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bucketTotals, bucketTotalsQuery } from "../../src/analytics/queries";
import { endOverdueCalls, MAX_CALL_DURATION_SECONDS } from "../../src/calls/sweep";
import { createDb } from "../../src/db/client";
import {
  callJson,
  type Owner,
  type RequestOptions,
  signup,
  tenantPath,
} from "../support/api-client";
import { callWithD1 } from "../support/app-with-d1";
import { gatedD1 } from "../support/gated-d1";
import { callStart, configure, createAgent } from "../support/resource-fixtures";
import { endCallAt, recountedRollups, startCallAt, storedRollups } from "../support/rollups";

const slot = (iso: string) => Math.floor(Date.parse(iso) / 900_000);

beforeAll(() => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
});
afterAll(() => vi.restoreAllMocks());

async function tenantWithAgent(settings: Record<string, unknown> = {}) {
  const owner = await signup();
  await configure(owner, { billing_plan: "business", max_concurrent_calls: 100, ...settings });
  const agent = await createAgent(owner);
  return { owner, agentId: agent.id };
}

const rowCount = async (table: string, tenantId: string) =>
  (
    await env.CELL_US_1.prepare(`SELECT count(*) AS n FROM "${table}" WHERE tenant_id = ?`)
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n;

describe("the rollups of a call", () => {
  it("count a start in its 15-minute slot under every dimension, and its end there", async () => {
    const { owner, agentId } = await tenantWithAgent();
    const id = await startCallAt(owner.tenantId, callStart(agentId), "2024-03-10T07:14:59.900Z");
    const s = slot("2024-03-10T07:00:00Z");
    const row = (
      dimension: string,
      group_key: string,
      calls: number,
      completed: number,
      seconds: number,
    ) => ({
      dimension,
      slot: s,
      group_key,
      calls,
      completed_calls: completed,
      total_duration_seconds: seconds,
      max_duration_seconds: seconds,
    });
    expect(await storedRollups(owner.tenantId)).toEqual([
      row("agent_id", agentId, 1, 0, 0),
      row("all", "", 1, 0, 0),
      row("direction", "inbound", 1, 0, 0),
      row("ended_reason", "", 1, 0, 0),
    ]);
    // Ended in a later slot: counted in the slot it started in.
    await endCallAt(owner.tenantId, id, "hangup", "2024-03-10T07:17:05Z");
    expect(await storedRollups(owner.tenantId)).toEqual([
      row("agent_id", agentId, 1, 1, 125),
      row("all", "", 1, 1, 125),
      row("direction", "inbound", 1, 1, 125),
      row("ended_reason", "hangup", 1, 1, 125),
    ]);
    expect(await storedRollups(owner.tenantId)).toEqual(await recountedRollups(owner.tenantId));
  });

  it("add up calls of a slot: counts and durations summed, the longest kept", async () => {
    const { owner, agentId } = await tenantWithAgent();
    const durations = [30, 300, 45];
    for (const [i, seconds] of durations.entries()) {
      const at = new Date(Date.parse("2024-05-01T10:00:00Z") + i * 60_000);
      const id = await startCallAt(
        owner.tenantId,
        callStart(agentId, { direction: "outbound" }),
        at,
      );
      await endCallAt(owner.tenantId, id, "completed", new Date(at.getTime() + seconds * 1000));
    }
    await startCallAt(owner.tenantId, callStart(agentId), "2024-05-01T10:14:00Z");
    const stored = await storedRollups(owner.tenantId);
    expect(stored.find((r) => r.dimension === "all")).toMatchObject({
      calls: 4,
      completed_calls: 3,
      total_duration_seconds: 375,
      max_duration_seconds: 300,
    });
    expect(stored.filter((r) => r.dimension === "ended_reason")).toEqual([
      expect.objectContaining({ group_key: "", calls: 1, completed_calls: 0 }),
      expect.objectContaining({ group_key: "completed", calls: 3, completed_calls: 3 }),
    ]);
    expect(stored).toEqual(await recountedRollups(owner.tenantId));
  });
});

describe("the guard chain", () => {
  it("writes no rollup for a refused start, with or without a webhook delivery, and still says why", async () => {
    for (const webhook of [false, true]) {
      const { owner, agentId } = await tenantWithAgent({
        max_concurrent_calls: 1,
        ...(webhook && { webhook_url: "https://hooks.example.com/analytics" }),
      });
      const start = () =>
        callJson(tenantPath(owner.tenantId, "/calls"), {
          method: "POST",
          token: owner.token,
          body: callStart(agentId),
        });
      expect((await start()).status).toBe(201);
      const admitted = await storedRollups(owner.tenantId);
      expect(admitted.map((r) => r.calls)).toEqual([1, 1, 1, 1]);
      const refused = await start();
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe("concurrency_limit_reached");
      expect(await storedRollups(owner.tenantId)).toEqual(admitted);
      // The delivery before the rollups is still written once, for the admitted call alone.
      const started = await env.CELL_US_1.prepare(
        "SELECT count(*) AS n FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'call.started'",
      )
        .bind(owner.tenantId)
        .first<{ n: number }>();
      expect(started?.n).toBe(webhook ? 1 : 0);
      expect(await rowCount("calls", owner.tenantId)).toBe(1);
    }
  });

  it("writes no rollup for a start refused by the monthly limit or an inactive tenant", async () => {
    const { owner, agentId } = await tenantWithAgent({ monthly_call_limit: 1 });
    const start = () =>
      callJson(tenantPath(owner.tenantId, "/calls"), {
        method: "POST",
        token: owner.token,
        body: callStart(agentId),
      });
    expect((await start()).status).toBe(201);
    const before = await storedRollups(owner.tenantId);
    expect((await start()).body.code).toBe("monthly_limit_reached");
    await configure(owner, { status: "inactive" });
    expect((await start()).body.code).toBe("tenant_inactive");
    expect(await storedRollups(owner.tenantId)).toEqual(before);
  });

  it("writes no rollup for a second end of an ended call", async () => {
    const { owner, agentId } = await tenantWithAgent();
    const id = await startCallAt(owner.tenantId, callStart(agentId), "2024-05-02T09:00:00Z");
    expect(await endCallAt(owner.tenantId, id, "hangup", "2024-05-02T09:01:00Z")).toBeDefined();
    const ended = await storedRollups(owner.tenantId);
    expect(await endCallAt(owner.tenantId, id, "other", "2024-05-02T09:05:00Z")).toBeUndefined();
    const again = await callJson(tenantPath(owner.tenantId, `/calls/${id}/end`), {
      method: "POST",
      token: owner.token,
      body: { ended_reason: "later" },
    });
    expect(again.status).toBe(409);
    expect(await storedRollups(owner.tenantId)).toEqual(ended);
    expect(ended).toEqual(await recountedRollups(owner.tenantId));
  });
});

describe("the null group ''", () => {
  it("is no real reason or agent: an empty or blank ended_reason or agent_id is refused", async () => {
    const { owner, agentId } = await tenantWithAgent();
    const id = await startCallAt(owner.tenantId, callStart(agentId), "2024-05-03T09:00:00Z");
    for (const ended_reason of ["", "   "]) {
      const end = await callJson(tenantPath(owner.tenantId, `/calls/${id}/end`), {
        method: "POST",
        token: owner.token,
        body: { ended_reason },
      });
      expect(end.status, JSON.stringify(ended_reason)).toBe(422);
    }
    const start = await callJson(tenantPath(owner.tenantId, "/calls"), {
      method: "POST",
      token: owner.token,
      body: callStart(""),
    });
    expect(start.status).toBe(422);
    expect((await storedRollups(owner.tenantId)).map((r) => r.group_key)).toEqual([
      agentId,
      "",
      "inbound",
      "",
    ]);
  });
});

const gate = gatedD1(env.CELL_US_1);

const through = (path: string, options: RequestOptions) =>
  callWithD1<{ id: string }>(gate.binding, path, options);

describe("racing requests", () => {
  it("leave the rollups equal to a recount: 20 starts in parallel, then 40 ends (each twice)", async () => {
    const { owner, agentId } = await tenantWithAgent({ max_concurrent_calls: 15 });
    const other = await createAgent(owner, "Second");
    gate.hold(20);
    const starts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        through(tenantPath(owner.tenantId, "/calls"), {
          method: "POST",
          token: owner.token,
          body: callStart(i % 2 ? agentId : other.id, {
            direction: i % 3 ? "inbound" : "outbound",
          }),
        }),
      ),
    );
    expect(gate.held).toBe(20);
    const admitted = starts.filter((s) => s.status === 201);
    // The limit refused some of them: refusals and admissions raced.
    expect(admitted).toHaveLength(15);
    expect(await storedRollups(owner.tenantId)).toEqual(await recountedRollups(owner.tenantId));
    gate.hold(30);
    const ends = await Promise.all(
      admitted.flatMap((call, i) =>
        [0, 1].map(() =>
          through(tenantPath(owner.tenantId, `/calls/${call.body.id}/end`), {
            method: "POST",
            token: owner.token,
            body: { ended_reason: i % 2 ? "hangup" : "transferred" },
          }),
        ),
      ),
    );
    expect(gate.held).toBe(30);
    expect(ends.filter((e) => e.status === 200)).toHaveLength(15);
    expect(ends.filter((e) => e.status === 409)).toHaveLength(15);
    const stored = await storedRollups(owner.tenantId);
    expect(stored).toEqual(await recountedRollups(owner.tenantId));
    expect(
      stored.filter((r) => r.dimension === "all").reduce((n, r) => n + r.completed_calls, 0),
    ).toBe(15);
  });
});

describe("the aggregation", () => {
  let owner: Owner;
  let agentId: string;
  beforeAll(async () => {
    ({ owner, agentId } = await tenantWithAgent());
    for (const at of ["2024-06-01T00:05:00Z", "2024-06-01T00:20:00Z", "2024-06-01T01:40:00Z"]) {
      const id = await startCallAt(owner.tenantId, callStart(agentId), at);
      await endCallAt(owner.tenantId, id, "hangup", new Date(Date.parse(at) + 90_000));
    }
    await startCallAt(
      owner.tenantId,
      callStart(agentId, { direction: "outbound" }),
      "2024-06-01T01:50:00Z",
    );
  });

  it("sums each bucket's slots per group, in one statement; buckets without rollups have no row", async () => {
    const db = createDb(env.CELL_US_1);
    const hour = (h: number) => slot(`2024-06-01T0${h}:00:00Z`);
    const buckets: [number, number][] = [
      [hour(0), hour(1)],
      [hour(1), hour(2)],
      [hour(2), hour(3)],
    ];
    const rows = await bucketTotals(db, owner.tenantId, "direction", buckets);
    expect(rows.sort((a, b) => a.bucket - b.bucket || (a.groupKey < b.groupKey ? -1 : 1))).toEqual([
      {
        bucket: 0,
        groupKey: "inbound",
        calls: 2,
        completedCalls: 2,
        totalDurationSeconds: 180,
        maxDurationSeconds: 90,
      },
      {
        bucket: 1,
        groupKey: "inbound",
        calls: 1,
        completedCalls: 1,
        totalDurationSeconds: 90,
        maxDurationSeconds: 90,
      },
      {
        bucket: 1,
        groupKey: "outbound",
        calls: 1,
        completedCalls: 0,
        totalDurationSeconds: 0,
        maxDurationSeconds: 0,
      },
    ]);
    const other = await signup();
    expect(await bucketTotals(db, other.tenantId, "all", buckets)).toEqual([]);
  });

  it("searches the primary keys once per bucket, the buckets outside (EXPLAIN QUERY PLAN)", async () => {
    const db = createDb(env.CELL_US_1);
    const query = bucketTotalsQuery(db, owner.tenantId, "all", [
      [1, 2],
      [2, 3],
    ]).toSQL();
    const { results } = await env.CELL_US_1.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .bind(...query.params)
      .all<{ id: number; detail: string }>();
    const plan = results.map((step) => step.detail);
    console.info(JSON.stringify({ analytics_query_plan: plan }));
    expect(plan[0]).toMatch(/^SCAN b VIRTUAL TABLE/);
    expect(plan[1]).toMatch(/^CORRELATED SCALAR SUBQUERY/);
    // The slot rows, and the packed days of the bucket's range with their slots.
    expect(plan.filter((step) => step.startsWith("SEARCH"))).toEqual([
      "SEARCH call_rollups USING INDEX sqlite_autoindex_call_rollups_1 (tenant_id=? AND dimension=? AND slot>? AND slot<?)",
      "SEARCH call_rollup_days USING INDEX sqlite_autoindex_call_rollup_days_1 (tenant_id=? AND dimension=? AND day>? AND day<?)",
    ]);
    // Nothing else is read from a table: no scan of either, and never the calls.
    expect(plan.join(" ")).not.toMatch(/SCAN call_rollup|\bcalls\b/);
    // One JSON parameter for the buckets, however many: far under D1's 100.
    expect(query.params).toHaveLength(5);
  });
});

describe("the overdue-call sweep", () => {
  it("ends overdue calls into their rollups, each end's results picked by position", async () => {
    const { owner, agentId } = await tenantWithAgent();
    const longAgo = Date.now() - (MAX_CALL_DURATION_SECONDS + 600) * 1000;
    const overdue = [];
    for (let i = 0; i < 40; i++) {
      const body = callStart(agentId, { direction: i % 2 ? "inbound" : "outbound" });
      overdue.push(await startCallAt(owner.tenantId, body, new Date(longAgo + i * 1000)));
    }
    const fresh = await startCallAt(owner.tenantId, callStart(agentId), new Date());
    const { ended } = await endOverdueCalls(createDb(env.CELL_US_1));
    const mine = ended.filter((call) => call.tenantId === owner.tenantId);
    expect(mine.map((call) => call.id).sort()).toEqual([...overdue].sort());
    expect(mine.every((call) => call.status === "ended" && call.durationSeconds !== null)).toBe(
      true,
    );
    expect(mine.map((call) => call.id)).not.toContain(fresh);
    const stored = await storedRollups(owner.tenantId);
    expect(stored).toEqual(await recountedRollups(owner.tenantId));
    expect(
      stored
        .filter((r) => r.dimension === "ended_reason" && r.group_key === "max_duration_exceeded")
        .reduce((n, r) => n + r.calls, 0),
    ).toBe(40);
  });
});
