import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../src/app";
import {
  call,
  callJson,
  clientRequest,
  type Owner,
  signup,
  tenantPath,
} from "../support/api-client";
import { countingD1 } from "../support/counting-d1";
import { createHarness } from "../support/deletion-harness";
import { callStart, configure, createAgent, startCall } from "../support/resource-fixtures";
import { endCallAt, startCallAt, storedRollups } from "../support/rollups";

type Metrics = {
  calls: number;
  completed_calls: number;
  total_duration_seconds: number;
  average_duration_seconds: number;
  max_duration_seconds: number;
};
type Bucket = Metrics & { start: string; group: Record<string, string | null> | null };
type Answer = {
  interval: string;
  from: string;
  to: string;
  timezone: string;
  group_by: string | null;
  buckets: Bucket[];
  totals: Metrics;
};
type Issue = { loc: string[]; msg: string; type: string };

const path = (owner: Owner, query: Record<string, string> = {}) =>
  tenantPath(owner.tenantId, `/analytics/calls?${new URLSearchParams(query)}`);

async function analytics(owner: Owner, query: Record<string, string>) {
  const { status, body } = await callJson<Answer>(path(owner, query), { token: owner.token });
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

/** calls, completed, total, average, max: the counters in a line. */
const m = (calls: number, completed = 0, total = 0, average = 0, max = 0): Metrics => ({
  calls,
  completed_calls: completed,
  total_duration_seconds: total,
  average_duration_seconds: average,
  max_duration_seconds: max,
});

const bucketsOf = (answer: Answer) =>
  answer.buckets.map(({ start, group, ...metrics }) => [start, group, metrics]);

async function analyticsTenant() {
  const owner = await signup();
  await configure(owner, {
    billing_plan: "business",
    max_concurrent_calls: 100,
    analytics_enabled: true,
  });
  return owner;
}

type Planned = {
  at: string;
  direction: "inbound" | "outbound";
  agent: number;
  seconds?: number;
  reason?: string;
};

/** Calls started (and ended) at the given times, through the API's own statements. */
async function withCalls(owner: Owner, planned: Planned[]) {
  const agents = [(await createAgent(owner, "A")).id, (await createAgent(owner, "B")).id];
  for (const call of planned) {
    const body = callStart(agents[call.agent] as string, { direction: call.direction });
    const id = await startCallAt(owner.tenantId, body, call.at);
    if (call.seconds !== undefined) {
      const end = new Date(Date.parse(call.at) + call.seconds * 1000);
      await endCallAt(owner.tenantId, id, call.reason ?? "completed", end);
    }
  }
  return agents as [string, string];
}

describe("call analytics around an hour and a day boundary, in UTC and New York", () => {
  let owner: Owner;
  let agents: [string, string];
  beforeAll(async () => {
    owner = await analyticsTenant();
    agents = await withCalls(owner, [
      { at: "2024-03-09T23:50:00Z", direction: "inbound", agent: 0, seconds: 120 },
      {
        at: "2024-03-10T00:10:00Z",
        direction: "outbound",
        agent: 1,
        seconds: 330,
        reason: "hangup",
      },
      { at: "2024-03-10T00:59:59Z", direction: "inbound", agent: 0, seconds: 60, reason: "hangup" },
      { at: "2024-03-10T01:00:00Z", direction: "inbound", agent: 1 },
      // 03:20 in New York, just after the clocks went forward.
      {
        at: "2024-03-10T07:20:00Z",
        direction: "outbound",
        agent: 0,
        seconds: 600,
        reason: "voicemail",
      },
    ]);
  });

  it("by day in UTC: buckets, totals and the effective range", async () => {
    const answer = await analytics(owner, { from: "2024-03-09", to: "2024-03-11" });
    expect(answer).toMatchObject({
      interval: "day",
      from: "2024-03-09T00:00:00Z",
      to: "2024-03-11T00:00:00Z",
      timezone: "UTC",
      group_by: null,
      totals: m(5, 4, 1110, 277.5, 600),
    });
    expect(bucketsOf(answer)).toEqual([
      ["2024-03-09T00:00:00Z", null, m(1, 1, 120, 120, 120)],
      ["2024-03-10T00:00:00Z", null, m(4, 3, 990, 330, 600)],
    ]);
  });

  it("by hour in UTC, widened to whole hours, the hour boundary splitting 00:59:59 from 01:00", async () => {
    const answer = await analytics(owner, {
      from: "2024-03-09T23:30:00Z",
      to: "2024-03-10T01:30:00Z",
      interval: "hour",
    });
    expect([answer.from, answer.to]).toEqual(["2024-03-09T23:00:00Z", "2024-03-10T02:00:00Z"]);
    expect(bucketsOf(answer)).toEqual([
      ["2024-03-09T23:00:00Z", null, m(1, 1, 120, 120, 120)],
      ["2024-03-10T00:00:00Z", null, m(2, 2, 390, 195, 330)],
      ["2024-03-10T01:00:00Z", null, m(1)],
    ]);
  });

  it("by direction: both directions in every bucket", async () => {
    const answer = await analytics(owner, {
      from: "2024-03-09",
      to: "2024-03-11",
      group_by: "direction",
    });
    expect(answer.group_by).toBe("direction");
    expect(bucketsOf(answer)).toEqual([
      ["2024-03-09T00:00:00Z", { direction: "inbound" }, m(1, 1, 120, 120, 120)],
      ["2024-03-09T00:00:00Z", { direction: "outbound" }, m(0)],
      ["2024-03-10T00:00:00Z", { direction: "inbound" }, m(2, 1, 60, 60, 60)],
      ["2024-03-10T00:00:00Z", { direction: "outbound" }, m(2, 2, 930, 465, 600)],
    ]);
    expect(answer.totals).toEqual(m(5, 4, 1110, 277.5, 600));
  });

  it("by agent: every agent seen in the range, in every bucket; none that was not", async () => {
    const [a, b] = agents;
    const answer = await analytics(owner, {
      from: "2024-03-09",
      to: "2024-03-11",
      group_by: "agent_id",
    });
    const byAgent: Record<string, Metrics[]> = {
      [a]: [m(1, 1, 120, 120, 120), m(2, 2, 660, 330, 600)],
      [b]: [m(0), m(2, 1, 330, 330, 330)],
    };
    const [first, second] = [a, b].sort();
    expect(bucketsOf(answer)).toEqual([
      ["2024-03-09T00:00:00Z", { agent_id: first }, byAgent[first as string]?.[0]],
      ["2024-03-09T00:00:00Z", { agent_id: second }, byAgent[second as string]?.[0]],
      ["2024-03-10T00:00:00Z", { agent_id: first }, byAgent[first as string]?.[1]],
      ["2024-03-10T00:00:00Z", { agent_id: second }, byAgent[second as string]?.[1]],
    ]);
    const onlyA = await analytics(owner, {
      from: "2024-03-09",
      to: "2024-03-10",
      group_by: "agent_id",
    });
    expect(bucketsOf(onlyA)).toEqual([
      ["2024-03-09T00:00:00Z", { agent_id: a }, m(1, 1, 120, 120, 120)],
    ]);
  });

  it("by reason: active calls under null, first", async () => {
    const answer = await analytics(owner, {
      from: "2024-03-09",
      to: "2024-03-11",
      group_by: "ended_reason",
    });
    const day = (start: string, rows: [string | null, Metrics][]) =>
      rows.map(([reason, metrics]) => [start, { ended_reason: reason }, metrics]);
    expect(bucketsOf(answer)).toEqual([
      ...day("2024-03-09T00:00:00Z", [
        [null, m(0)],
        ["completed", m(1, 1, 120, 120, 120)],
        ["hangup", m(0)],
        ["voicemail", m(0)],
      ]),
      ...day("2024-03-10T00:00:00Z", [
        [null, m(1)],
        ["completed", m(0)],
        ["hangup", m(2, 2, 390, 195, 330)],
        ["voicemail", m(1, 1, 600, 600, 600)],
      ]),
    ]);
    expect(answer.totals).toEqual(m(5, 4, 1110, 277.5, 600));
  });

  it("by day in New York: the evening calls on the 9th, a 23-hour 10th", async () => {
    const answer = await analytics(owner, {
      from: "2024-03-09",
      to: "2024-03-11",
      timezone: "America/New_York",
    });
    expect(answer).toMatchObject({
      from: "2024-03-09T00:00:00-05:00",
      to: "2024-03-11T00:00:00-04:00",
      timezone: "America/New_York",
    });
    expect(bucketsOf(answer)).toEqual([
      ["2024-03-09T00:00:00-05:00", null, m(4, 3, 510, 170, 330)],
      ["2024-03-10T00:00:00-05:00", null, m(1, 1, 600, 600, 600)],
    ]);
  });

  it("by hour in New York: no 02:00 on the day the clocks go forward", async () => {
    const answer = await analytics(owner, {
      from: "2024-03-10",
      to: "2024-03-10T04:00:00-04:00",
      interval: "hour",
      timezone: "America/New_York",
    });
    expect(answer.to).toBe("2024-03-10T04:00:00-04:00");
    expect(bucketsOf(answer)).toEqual([
      ["2024-03-10T00:00:00-05:00", null, m(0)],
      ["2024-03-10T01:00:00-05:00", null, m(0)],
      ["2024-03-10T03:00:00-04:00", null, m(1, 1, 600, 600, 600)],
    ]);
  });

  it("agrees with itself: every interval's totals are the same calls", async () => {
    const query = { from: "2024-03-09T00:00:00Z", to: "2024-03-11T00:00:00Z" };
    const totals = await Promise.all(
      ["hour", "day", "month"].map(
        async (interval) => (await analytics(owner, { ...query, interval })).totals,
      ),
    );
    expect(totals[0]).toEqual(m(5, 4, 1110, 277.5, 600));
    expect(totals[1]).toEqual(totals[0]);
    // Widened to all of March.
    expect(totals[2]).toEqual(totals[0]);
  });
});

describe("call analytics in the repeated hour of a DST fall back", () => {
  it("counts 01:10 EDT and 01:10 EST in two buckets", async () => {
    const owner = await analyticsTenant();
    await withCalls(owner, [
      { at: "2024-11-03T05:10:00Z", direction: "inbound", agent: 0, seconds: 100 },
      { at: "2024-11-03T06:10:00Z", direction: "outbound", agent: 0, seconds: 200 },
      { at: "2024-11-03T06:50:00Z", direction: "inbound", agent: 1 },
    ]);
    const answer = await analytics(owner, {
      from: "2024-11-03T01:00:00-04:00",
      to: "2024-11-03T02:00:00-05:00",
      interval: "hour",
      timezone: "America/New_York",
      group_by: "direction",
    });
    expect(answer.to).toBe("2024-11-03T02:00:00-05:00");
    expect(bucketsOf(answer)).toEqual([
      ["2024-11-03T01:00:00-04:00", { direction: "inbound" }, m(1, 1, 100, 100, 100)],
      ["2024-11-03T01:00:00-04:00", { direction: "outbound" }, m(0)],
      ["2024-11-03T01:00:00-05:00", { direction: "inbound" }, m(1)],
      ["2024-11-03T01:00:00-05:00", { direction: "outbound" }, m(1, 1, 200, 200, 200)],
    ]);
    const day = await analytics(owner, {
      from: "2024-11-03",
      to: "2024-11-04",
      timezone: "America/New_York",
    });
    expect([day.from, day.to]).toEqual(["2024-11-03T00:00:00-04:00", "2024-11-04T00:00:00-05:00"]);
    expect(bucketsOf(day)).toEqual([["2024-11-03T00:00:00-04:00", null, m(3, 2, 300, 150, 200)]]);
  });
});

describe("call analytics in a half-hour zone (Asia/Kolkata)", () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await analyticsTenant();
    await withCalls(owner, [
      { at: "2024-03-10T18:20:00Z", direction: "inbound", agent: 0, seconds: 30 },
      { at: "2024-03-10T18:40:00Z", direction: "inbound", agent: 0, seconds: 90 },
      {
        at: "2024-03-10T18:41:00Z",
        direction: "outbound",
        agent: 1,
        seconds: 10,
        reason: 'busy, "call back"',
      },
    ]);
  });

  it("splits days at 18:30 UTC, which UTC days do not", async () => {
    const local = await analytics(owner, {
      from: "2024-03-10",
      to: "2024-03-12",
      timezone: "Asia/Kolkata",
    });
    expect(bucketsOf(local)).toEqual([
      ["2024-03-10T00:00:00+05:30", null, m(1, 1, 30, 30, 30)],
      ["2024-03-11T00:00:00+05:30", null, m(2, 2, 100, 50, 90)],
    ]);
    const utc = await analytics(owner, { from: "2024-03-10", to: "2024-03-11" });
    expect(bucketsOf(utc)).toEqual([["2024-03-10T00:00:00Z", null, m(3, 3, 130, 43.33, 90)]]);
  });

  it("starts its hours at half past UTC hours", async () => {
    const answer = await analytics(owner, {
      from: "2024-03-10T18:00:00Z",
      to: "2024-03-10T19:00:00Z",
      interval: "hour",
      timezone: "Asia/Kolkata",
    });
    expect([answer.from, answer.to]).toEqual([
      "2024-03-10T23:00:00+05:30",
      "2024-03-11T01:00:00+05:30",
    ]);
    expect(bucketsOf(answer)).toEqual([
      ["2024-03-10T23:00:00+05:30", null, m(1, 1, 30, 30, 30)],
      ["2024-03-11T00:00:00+05:30", null, m(2, 2, 100, 50, 90)],
    ]);
  });

  it("as CSV: the same buckets, RFC 4180 quoted, with the group column", async () => {
    const query = {
      from: "2024-03-10",
      to: "2024-03-12",
      timezone: "Asia/Kolkata",
      group_by: "ended_reason",
    };
    const json = await analytics(owner, query);
    const res = await call(path(owner, query), {
      token: owner.token,
      headers: { Accept: "text/csv" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Vary")).toContain("Accept");
    const text = await res.text();
    expect(text).toContain('"busy, ""call back"""');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      "start",
      "ended_reason",
      "calls",
      "completed_calls",
      "total_duration_seconds",
      "average_duration_seconds",
      "max_duration_seconds",
    ]);
    expect(
      rows.map(([start, reason, ...counts]) => [
        start,
        { ended_reason: reason || null },
        counts.map(Number),
      ]),
    ).toEqual(
      json.buckets.map((b) => [
        b.start,
        b.group,
        [
          b.calls,
          b.completed_calls,
          b.total_duration_seconds,
          b.average_duration_seconds,
          b.max_duration_seconds,
        ],
      ]),
    );
    const plain = await call(path(owner, { from: "2024-03-10", to: "2024-03-11" }), {
      token: owner.token,
      headers: { Accept: "text/csv" },
    });
    expect(await plain.text()).toBe(
      "start,calls,completed_calls,total_duration_seconds,average_duration_seconds,max_duration_seconds\r\n" +
        "2024-03-10T00:00:00Z,3,3,130,43.33,90\r\n",
    );
  });

  it("keeps JSON for other Accept values", async () => {
    for (const accept of ["*/*", "application/json", "text/html", "application/json, text/csv"]) {
      const res = await call(path(owner), { token: owner.token, headers: { Accept: accept } });
      expect(res.headers.get("Content-Type"), accept).toContain("application/json");
    }
  });
});

/** RFC 4180 records, quoted fields and CRLF line ends included. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += char;
  }
  return records;
}

describe("empty ranges", () => {
  it("list every bucket with zeros, and the null group where no group was seen", async () => {
    const owner = await analyticsTenant();
    const query = { from: "2024-01-01", to: "2024-01-03" };
    const none = await analytics(owner, query);
    expect(bucketsOf(none)).toEqual([
      ["2024-01-01T00:00:00Z", null, m(0)],
      ["2024-01-02T00:00:00Z", null, m(0)],
    ]);
    expect(none.totals).toEqual(m(0));
    for (const group_by of ["agent_id", "ended_reason"]) {
      const grouped = await analytics(owner, { ...query, group_by });
      expect(grouped.buckets.map((b) => b.group)).toEqual([
        { [group_by]: null },
        { [group_by]: null },
      ]);
    }
    const directions = await analytics(owner, { ...query, group_by: "direction" });
    expect(directions.buckets.map((b) => b.group?.direction)).toEqual([
      "inbound",
      "outbound",
      "inbound",
      "outbound",
    ]);
  });
});

describe("refusals", () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await analyticsTenant();
  });

  it("403 analytics_disabled while analytics_enabled is false", async () => {
    const off = await signup();
    const refused = await callJson(path(off), { token: off.token });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      detail:
        "This tenant does not have analytics enabled; set analytics_enabled to true on the tenant first",
      code: "analytics_disabled",
    });
    await configure(off, { analytics_enabled: true });
    expect((await call(path(off), { token: off.token })).status).toBe(200);
    await configure(off, { analytics_enabled: false });
    expect((await call(path(off), { token: off.token })).status).toBe(403);
  });

  const refusal = async (query: Record<string, string>) => {
    const { status, body } = await callJson<{ detail: Issue[]; code: string }>(path(owner, query), {
      token: owner.token,
    });
    expect(status, JSON.stringify(query)).toBe(422);
    expect(body.code).toBe("validation_failed");
    return body.detail;
  };

  it("422 past each interval's span, naming the rule and the limit", async () => {
    for (const [interval, from, to, limit] of [
      ["hour", "2024-01-01", "2024-02-02", "31 days"],
      ["day", "2024-01-01", "2025-02-05", "400 days"],
      ["month", "2014-01-01", "2024-02-01", "10 years (120 months)"],
    ] as const) {
      expect(await refusal({ interval, from, to })).toEqual([
        {
          loc: ["query", "to"],
          msg: `interval=${interval} spans at most ${limit}, in whole buckets`,
          type: "analytics_range_too_long",
        },
      ]);
    }
    expect(
      (
        await call(path(owner, { interval: "hour", from: "2024-01-01", to: "2024-02-01" }), {
          token: owner.token,
        })
      ).status,
    ).toBe(200);
  });

  it("422 when from is not before to", async () => {
    for (const [from, to] of [
      ["2024-03-10", "2024-03-10"],
      ["2024-03-10T12:00:00Z", "2024-03-10T11:59:59Z"],
      // The same instant, written in two zones.
      ["2024-03-10T17:30:00+05:30", "2024-03-10T12:00:00Z"],
    ]) {
      expect(await refusal({ from: from as string, to: to as string })).toEqual([
        { loc: ["query", "from"], msg: "from must be before to", type: "analytics_range_empty" },
      ]);
    }
  });

  it("422 naming a bad timezone, interval, group_by or bound", async () => {
    const named = async (query: Record<string, string>) => (await refusal(query)).map((d) => d.loc);
    expect(await named({ timezone: "Mars/Olympus_Mons" })).toEqual([["query", "timezone"]]);
    expect(await named({ timezone: "+05:30" })).toEqual([["query", "timezone"]]);
    expect(await named({ interval: "week" })).toEqual([["query", "interval"]]);
    expect(await named({ group_by: "agent" })).toEqual([["query", "group_by"]]);
    expect(await named({ from: "yesterday" })).toEqual([["query", "from"]]);
    expect(await named({ to: "2024-03-10T12:00:00" })).toEqual([["query", "to"]]);
    expect(await named({ from: "1969-12-31" })).toEqual([["query", "from"]]);
    expect((await refusal({ timezone: "Mars/Olympus_Mons" }))[0]?.msg).toMatch(/IANA time zone/);
  });
});

describe("costs and lifetime", () => {
  it("answers in 2 D1 round trips: the tenant, then one query for every bucket", async () => {
    const owner = await analyticsTenant();
    const d1 = countingD1(env.CELL_US_1);
    const ctx = createExecutionContext();
    const res = await app.fetch(
      clientRequest(path(owner, { from: "2024-01-01", to: "2025-01-01", group_by: "direction" }), {
        token: owner.token,
      }),
      { ...env, CELL_US_1: d1.binding },
      ctx,
    );
    const body = (await res.json()) as Answer;
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(200);
    expect(body.buckets).toHaveLength(366 * 2);
    expect(d1.roundTrips).toBe(2);
  });

  it("leaves no rollup of a deleted tenant", async () => {
    const owner = await analyticsTenant();
    const agent = await createAgent(owner);
    const started = await startCall<{ id: string }>(owner, agent.id);
    await startCall(owner, agent.id, { direction: "outbound" });
    await callJson(tenantPath(owner.tenantId, `/calls/${started.body.id}/end`), {
      method: "POST",
      token: owner.token,
    });
    expect((await storedRollups(owner.tenantId)).length).toBeGreaterThan(4);
    const harness = createHarness();
    await harness.startDeletion(owner.tenantId, { force: true });
    await harness.drain();
    const left = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM call_rollups WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
