import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  callJson,
  createPlatformAdmin,
  type Owner,
  signup,
  tenantPath,
} from "../support/api-client";
import { callStart, configure, createAgent } from "../support/resource-fixtures";

type Started = { status: number; code?: string; retryAfter: string | null; id?: string };

async function startCalls(owner: Owner, agentId: string, count: number): Promise<Started[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const { res, status, body } = await callJson<{ id?: string; code?: string }>(
        tenantPath(owner.tenantId, "/calls"),
        {
          method: "POST",
          token: owner.token,
          body: callStart(agentId, {
            direction: "outbound",
            to_number: `+1415555${String(i).padStart(4, "0")}`,
          }),
        },
      );
      return { status, code: body.code, id: body.id, retryAfter: res.headers.get("Retry-After") };
    }),
  );
}

async function tenantWithAgent(settings: Record<string, unknown>) {
  const owner = await signup();
  await configure(owner, settings);
  const agent = await createAgent(owner);
  return { owner, agentId: agent.id };
}

const admitted = (results: Started[]) => results.filter((r) => r.status === 201);

async function activeCallsInDb(tenantId: string) {
  const row = await env.CELL_US_1.prepare(
    "SELECT count(*) AS n FROM calls WHERE tenant_id = ? AND status = 'active'",
  )
    .bind(tenantId)
    .first<{ n: number }>();
  return row?.n;
}

async function usage(owner: Owner) {
  return (await callJson(tenantPath(owner.tenantId, "/usage"), { token: owner.token })).body;
}

function endCall(owner: Owner, id: string) {
  return callJson(tenantPath(owner.tenantId, `/calls/${id}/end`), {
    method: "POST",
    token: owner.token,
  });
}

// Hundreds of requests on a shared machine: generous timeouts, no assertion on time.
describe("call admission", () => {
  it.each([
    [100, 5],
    [500, 10],
  ])(
    "admits exactly the concurrency limit: %i parallel starts against %i",
    async (n, limit) => {
      const { owner, agentId } = await tenantWithAgent({
        max_concurrent_calls: limit,
        monthly_call_limit: 10_000,
      });
      const results = await startCalls(owner, agentId, n);

      expect(admitted(results)).toHaveLength(limit);
      const refused = results.filter((r) => r.status !== 201);
      expect(refused).toHaveLength(n - limit);
      for (const r of refused) {
        expect(r).toMatchObject({ status: 429, code: "concurrency_limit_reached" });
        expect(Number(r.retryAfter)).toBeGreaterThan(0);
      }
      expect(await activeCallsInDb(owner.tenantId)).toBe(limit);
      expect(await usage(owner)).toMatchObject({ active_calls: limit, calls_this_month: limit });
      expect(await monthCounts(owner.tenantId)).toEqual([{ month: thisMonth(), calls: limit }]);

      // Exactly one log entry per admitted call, none for a refusal.
      const logged = await env.CELL_US_1.prepare(
        "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ? AND action = 'call.started'",
      )
        .bind(owner.tenantId)
        .first<{ n: number }>();
      expect(logged?.n).toBe(limit);
    },
    60_000,
  );

  it("admits exactly the monthly limit, and ending calls does not give any back", async () => {
    const { owner, agentId } = await tenantWithAgent({
      max_concurrent_calls: 10,
      monthly_call_limit: 7,
    });
    const before = Date.now();
    const results = await startCalls(owner, agentId, 60);
    const after = Date.now();
    expect(admitted(results)).toHaveLength(7);
    // Retry-After points at the first second of next month, UTC.
    const now = new Date(before);
    const nextMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r).toMatchObject({ status: 429, code: "monthly_limit_reached" });
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(Math.floor((nextMonth - after) / 1000));
      expect(Number(r.retryAfter)).toBeLessThanOrEqual(Math.ceil((nextMonth - before) / 1000));
    }
    for (const r of admitted(results))
      expect((await endCall(owner, r.id as string)).status).toBe(200);
    const again = await startCalls(owner, agentId, 1);
    expect(again[0]).toMatchObject({ status: 429, code: "monthly_limit_reached" });
  });

  it("admits none with a monthly limit of 0, without suggesting to wait", async () => {
    const { owner, agentId } = await tenantWithAgent({ monthly_call_limit: 0 });
    const results = await startCalls(owner, agentId, 20);
    expect(admitted(results)).toHaveLength(0);
    for (const r of results) {
      expect(r).toMatchObject({ status: 429, code: "monthly_limit_reached", retryAfter: null });
    }
    expect(await activeCallsInDb(owner.tenantId)).toBe(0);
  });

  it("counts only calls started this UTC calendar month", async () => {
    const { owner, agentId } = await tenantWithAgent({ monthly_call_limit: 2 });
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 1000);
    const at = lastMonth.toISOString();
    await insertEndedCalls(owner.tenantId, agentId, at, ["a", "b"]);
    await env.CELL_US_1.prepare(
      "INSERT INTO call_months (tenant_id, month, calls) VALUES (?, ?, 2)",
    )
      .bind(owner.tenantId, at.slice(0, 7))
      .run();
    expect(await usage(owner)).toMatchObject({ calls_this_month: 0 });
    expect(admitted(await startCalls(owner, agentId, 5))).toHaveLength(2);
  });

  it("reads the month's count off its counter, never by counting calls", async () => {
    const { owner, agentId } = await tenantWithAgent({ monthly_call_limit: 3 });
    // Calls this month the counter never saw: admission does not count them.
    const now = new Date().toISOString();
    await insertEndedCalls(owner.tenantId, agentId, now, ["c1", "c2"]);
    expect(await usage(owner)).toMatchObject({ calls_this_month: 0 });
    expect(admitted(await startCalls(owner, agentId, 2))).toHaveLength(2);
    expect(await monthCounts(owner.tenantId)).toEqual([{ month: thisMonth(), calls: 2 }]);
    // The counter says the month is full: refused, whatever the calls table holds.
    await env.CELL_US_1.prepare("UPDATE call_months SET calls = 3 WHERE tenant_id = ?")
      .bind(owner.tenantId)
      .run();
    const [refused] = await startCalls(owner, agentId, 1);
    expect(refused).toMatchObject({ status: 429, code: "monthly_limit_reached" });
    expect(await usage(owner)).toMatchObject({ calls_this_month: 3 });
  });

  it("the backfill migration rebuilds the counts the live path kept", async () => {
    const { owner, agentId } = await tenantWithAgent({
      max_concurrent_calls: 10,
      monthly_call_limit: 100,
    });
    admitted(await startCalls(owner, agentId, 3));
    const live = await monthCounts(owner.tenantId);
    expect(live).toEqual([{ month: thisMonth(), calls: 3 }]);
    // The migration runs on an empty table (the other tests' tenants are rebuilt too).
    await env.CELL_US_1.exec("DELETE FROM call_months");
    const migration = env.CELL_MIGRATIONS.find((m) => m.name.includes("call_months_backfill"));
    expect(migration).toBeDefined();
    for (const query of migration?.queries ?? []) await env.CELL_US_1.prepare(query).run();
    expect(await monthCounts(owner.tenantId)).toEqual(live);
  });

  it("frees a slot when a call ends", async () => {
    const { owner, agentId } = await tenantWithAgent({ max_concurrent_calls: 2 });
    const [first, second] = admitted(await startCalls(owner, agentId, 2));
    expect(second).toBeDefined();
    expect((await startCalls(owner, agentId, 1))[0]?.code).toBe("concurrency_limit_reached");

    const ended = await endCall(owner, first?.id as string);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: "ended", ended_reason: "completed" });
    expect(admitted(await startCalls(owner, agentId, 3))).toHaveLength(1);
    expect(await activeCallsInDb(owner.tenantId)).toBe(2);
  });

  it("refuses every start while the tenant is not active (409)", async () => {
    const { owner, agentId } = await tenantWithAgent({ status: "inactive" });
    const results = await startCalls(owner, agentId, 5);
    for (const r of results) expect(r).toMatchObject({ status: 409, code: "tenant_inactive" });
    await configure(owner, { status: "active" });
    expect(admitted(await startCalls(owner, agentId, 1))).toHaveLength(1);
  });

  it("reads the tenant in its own batch, and answers for a deleting or missing one as others do", async () => {
    const { owner, agentId } = await tenantWithAgent({});
    const admin = await createPlatformAdmin();
    const missing = tenantPath(crypto.randomUUID());
    const start = (path: string, token: string) =>
      callJson(`${path}/calls`, { method: "POST", token, body: callStart(agentId) });
    const read = await callJson(missing, { token: admin.token });
    expect(await start(missing, admin.token)).toMatchObject({ status: 404, body: read.body });

    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(owner.tenantId)
      .run();
    const own = tenantPath(owner.tenantId);
    const refused = await callJson(own, { token: owner.token });
    expect(refused).toMatchObject({ status: 409, body: { code: "tenant_deleting" } });
    for (const token of [owner.token, admin.token]) {
      expect(await start(own, token)).toMatchObject({ status: 409, body: refused.body });
    }
    expect(await activeCallsInDb(owner.tenantId)).toBe(0);
  });

  it("needs an agent of the same tenant (422)", async () => {
    const { owner } = await tenantWithAgent({});
    const stranger = await createAgent(await signup());
    for (const agentId of [stranger.id, "no-such-agent"]) {
      const [result] = await startCalls(owner, agentId, 1);
      expect(result?.status).toBe(422);
    }
    expect(await activeCallsInDb(owner.tenantId)).toBe(0);
  });
});

const thisMonth = () => new Date().toISOString().slice(0, 7);

async function monthCounts(tenantId: string) {
  const { results } = await env.CELL_US_1.prepare(
    "SELECT month, calls FROM call_months WHERE tenant_id = ? ORDER BY month",
  )
    .bind(tenantId)
    .all<{ month: string; calls: number }>();
  return results;
}

/** Ended calls written straight to D1 at `at`, past admission and its counter. */
async function insertEndedCalls(tenantId: string, agentId: string, at: string, suffixes: string[]) {
  for (const suffix of suffixes) {
    await env.CELL_US_1.prepare(
      `INSERT INTO calls (id, tenant_id, agent_id, direction, from_number, to_number, status,
         started_at, ended_at, duration_seconds, created_at, updated_at)
       VALUES (?, ?, ?, 'inbound', '+14155550100', '+14155550101', 'ended', ?, ?, 1, ?, ?)`,
    )
      .bind(
        `0190a000-0000-7000-8000-${suffix.padStart(12, "0")}`,
        tenantId,
        agentId,
        at,
        at,
        at,
        at,
      )
      .run();
  }
}
