import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { endOverdueCalls, MAX_CALL_DURATION_SECONDS } from "../../src/calls/sweep";
import { createDb } from "../../src/db/client";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { configure, createAgent, startCall } from "../support/resource-fixtures";
import { runScheduled } from "../support/scheduled";

type CallBody = {
  id: string;
  status: string;
  started_at: string;
  ended_at: string | null;
  duration_seconds: number | null;
  ended_reason: string | null;
};

let owner: Owner;
let agentId: string;
beforeAll(async () => {
  owner = await signup("Calls Co");
  await configure(owner, { max_concurrent_calls: 10, monthly_call_limit: 1000 });
  agentId = (await createAgent(owner)).id;
});

const path = (rest = "") => tenantPath(owner.tenantId, `/calls${rest}`);

async function start(direction = "inbound") {
  const { status, body } = await callJson<CallBody>(path(), {
    method: "POST",
    token: owner.token,
    body: { agent_id: agentId, direction, from_number: "+442071838750", to_number: "+14155550123" },
  });
  expect(status).toBe(201);
  return body;
}

/** Moves a call's start into the past, as if it had been running that long. */
async function backdate(id: string, seconds: number) {
  const startedAt = new Date(Date.now() - seconds * 1000).toISOString();
  await env.CELL_US_1.prepare("UPDATE calls SET started_at = ? WHERE id = ?")
    .bind(startedAt, id)
    .run();
  return startedAt;
}

describe("calls", () => {
  it("start active and end with a duration and a reason, once", async () => {
    const call = await start();
    expect(call).toMatchObject({ status: "active", ended_at: null, agent_id: agentId });
    await backdate(call.id, 90);

    const ended = await callJson<CallBody>(path(`/${call.id}/end`), {
      method: "POST",
      token: owner.token,
      body: { ended_reason: "hangup" },
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: "ended", ended_reason: "hangup" });
    expect(ended.body.duration_seconds).toBeGreaterThanOrEqual(90);
    expect(ended.body.duration_seconds).toBeLessThan(90 + 60);

    const again = await callJson(path(`/${call.id}/end`), { method: "POST", token: owner.token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("call_already_ended");
    const got = await callJson<CallBody>(path(`/${call.id}`), { token: owner.token });
    expect(got.body).toEqual(ended.body);

    const { body } = await callJson<{ items: { action: string; target_id: string }[] }>(
      tenantPath(owner.tenantId, "/activity-logs?limit=100"),
      { token: owner.token },
    );
    const actions = body.items.filter((e) => e.target_id === call.id).map((e) => e.action);
    expect(actions).toEqual(["call.ended", "call.started"]);
  });

  it("refuse malformed starts and unknown fields", async () => {
    const bodies = [
      { agent_id: agentId, direction: "sideways", from_number: "+1415555", to_number: "+1415555" },
      { agent_id: agentId, direction: "inbound", from_number: "4155550123", to_number: "+1" },
      {
        agent_id: agentId,
        direction: "inbound",
        from_number: "+14155550123",
        to_number: "+14155550124",
        status: "ended",
      },
    ];
    for (const body of bodies) {
      const res = await callJson(path(), { method: "POST", token: owner.token, body });
      expect(res.status).toBe(422);
    }
    const end = await callJson(path("/no-such-call/end"), {
      method: "POST",
      token: owner.token,
      body: { ended_reason: "x", extra: 1 },
    });
    expect(end.status).toBe(422);
    const missing = await callJson(path("/no-such-call/end"), {
      method: "POST",
      token: owner.token,
    });
    expect(missing.status).toBe(404);
  });

  it("list newest first, filtered by status and start time", async () => {
    const other = await signup("Lister");
    await configure(other, { max_concurrent_calls: 10 });
    const otherAgent = await createAgent(other);
    const started: CallBody[] = [];
    for (let i = 0; i < 4; i++) {
      const { body } = await startCall<CallBody>(other, otherAgent.id, { direction: "outbound" });
      started.push(body);
    }
    const [a, b, c, d] = started as [CallBody, CallBody, CallBody, CallBody];
    await callJson(tenantPath(other.tenantId, `/calls/${b.id}/end`), {
      method: "POST",
      token: other.token,
    });
    const old = await backdate(a.id, 3 * 3600);
    const list = (query: string) =>
      callJson<{ items: CallBody[]; next_cursor: string | null }>(
        tenantPath(other.tenantId, `/calls${query}`),
        { token: other.token },
      );
    expect((await list("")).body.items.map((x) => x.id)).toEqual([d.id, c.id, b.id, a.id]);
    expect((await list("?status=ended")).body.items.map((x) => x.id)).toEqual([b.id]);
    expect((await list("?status=active")).body.items.map((x) => x.id)).toEqual([d.id, c.id, a.id]);
    const cutoff = new Date(Date.parse(old) + 1000).toISOString();
    expect((await list(`?started_before=${cutoff}`)).body.items.map((x) => x.id)).toEqual([a.id]);
    expect(
      (await list(`?started_after=${encodeURIComponent(cutoff)}&status=active`)).body.items.map(
        (x) => x.id,
      ),
    ).toEqual([d.id, c.id]);
    const paged = await list("?limit=3");
    expect(paged.body.items).toHaveLength(3);
    const rest = await list(`?limit=3&cursor=${paged.body.next_cursor}`);
    expect(rest.body.items.map((x) => x.id)).toEqual([a.id]);
    expect((await list("?status=ringing")).status).toBe(422);
    expect((await list("?started_after=yesterday")).status).toBe(422);
  });
});

describe("the scheduled sweep", () => {
  it("ends calls past the maximum duration and frees their slots", async () => {
    const tenant = await signup("Stuck");
    await configure(tenant, { max_concurrent_calls: 2 });
    const agent = await createAgent(tenant);
    const startOne = () => startCall<CallBody>(tenant, agent.id);
    const stuck = (await startOne()).body;
    const fresh = (await startOne()).body;
    expect((await startOne()).body).toMatchObject({ code: "concurrency_limit_reached" });
    await backdate(stuck.id, MAX_CALL_DURATION_SECONDS + 60);
    await backdate(fresh.id, MAX_CALL_DURATION_SECONDS - 60);

    // Through the Worker's own scheduled handler, as the Cron Trigger runs it.
    await runScheduled();

    const read = async (id: string) =>
      (
        await callJson<CallBody>(tenantPath(tenant.tenantId, `/calls/${id}`), {
          token: tenant.token,
        })
      ).body;
    expect(await read(stuck.id)).toMatchObject({
      status: "ended",
      ended_reason: "max_duration_exceeded",
    });
    expect((await read(stuck.id)).duration_seconds).toBeGreaterThanOrEqual(
      MAX_CALL_DURATION_SECONDS + 60,
    );
    expect(await read(fresh.id)).toMatchObject({ status: "active" });
    expect((await startOne()).status).toBe(201);
  });

  it("works through a backlog larger than one batch, and a rerun finds nothing", async () => {
    const db = createDb(env.CELL_US_1);
    const tenant = await signup("Backlog");
    const at = new Date(Date.now() - (MAX_CALL_DURATION_SECONDS + 600) * 1000).toISOString();
    const statements = Array.from({ length: 120 }, (_, i) =>
      env.CELL_US_1.prepare(
        `INSERT INTO calls (id, tenant_id, agent_id, direction, from_number, to_number, status,
           started_at, created_at, updated_at)
         VALUES (?, ?, NULL, 'inbound', '+14155550100', '+14155550101', 'active', ?, ?, ?)`,
      ).bind(`0190b000-0000-7000-8000-${String(i).padStart(12, "0")}`, tenant.tenantId, at, at, at),
    );
    await env.CELL_US_1.batch(statements);

    expect((await endOverdueCalls(db)).ended).toHaveLength(120);
    expect((await endOverdueCalls(db)).ended).toHaveLength(0);
    const logged = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ? AND action = 'call.ended' AND actor_id = 'system:call-sweep'",
    )
      .bind(tenant.tenantId)
      .first<{ n: number }>();
    expect(logged?.n).toBe(120);
  });
});
