import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { app } from "../../../src/app";
import {
  call,
  clientRequest,
  type Owner,
  type RequestOptions,
  signup,
  tenantPath,
} from "../../support/api-client";
import { d1Of } from "../../support/cells";
import { countingD1 } from "../../support/counting-d1";
import { actingOn, family } from "../../support/family";
import { callWithRecording, recordingPath, recordingTenant } from "../../support/recordings";
import { callStart, createAgent } from "../../support/resource-fixtures";
import { apiKey, invitedMember } from "../../support/team";
import { captureQueuedDeliveries, webhookTenant } from "../../support/webhooks";

// Every database counted: the control plane and both cells.
const d1 = countingD1(env.CELL_US_1);
const counted = {
  DB: countingD1(env.DB),
  CELL_US_1: d1,
  CELL_EU_1: countingD1(env.CELL_EU_1),
};

afterEach(() => vi.restoreAllMocks());

/**
 * One request through the app with counting D1 bindings; the response, its round trips to every
 * database, and to the control plane alone.
 */
async function roundTripsOf(path: string, options: RequestOptions = {}) {
  for (const counter of Object.values(counted)) counter.reset();
  const ctx = createExecutionContext();
  const bindings = Object.fromEntries(
    Object.entries(counted).map(([name, c]) => [name, c.binding]),
  );
  const res = await app.fetch(clientRequest(path, options), { ...env, ...bindings }, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  const roundTrips = Object.values(counted).reduce((sum, counter) => sum + counter.roundTrips, 0);
  return { status: res.status, roundTrips, control: counted.DB.roundTrips, body };
}

describe("the counting D1 binding", () => {
  it("counts a statement run and a batch as one round trip each, not prepare or bind", async () => {
    d1.reset();
    const select = d1.binding.prepare("SELECT ?1 AS n").bind(1);
    expect(d1.roundTrips).toBe(0);
    await select.first();
    expect(d1.roundTrips).toBe(1);
    await d1.binding.batch([select, d1.binding.prepare("SELECT 2")]);
    expect(d1.roundTrips).toBe(2);
    const session = d1.binding.withSession("first-primary");
    await session.prepare("SELECT 3").all();
    expect(d1.roundTrips).toBe(3);
  });
});

// The owner's token, an admin member's token and an admin API key: each checked in the statement
// that reads the tenant, so none costs a round trip of its own.
const CREDENTIALS = ["owner token", "member token", "API key"] as const;

/** The tenant's owner, with `token` the credential of that kind. */
async function credentialOf(owner: Owner, kind: (typeof CREDENTIALS)[number]): Promise<Owner> {
  if (kind === "owner token") return owner;
  if (kind === "member token")
    return { ...owner, token: (await invitedMember(owner, "admin")).token };
  const key = (await apiKey(owner, "admin")).key;
  // A key's use is written after the answer, once a minute: this first one writes it.
  await call(tenantPath(owner.tenantId), { token: key });
  await vi.waitFor(async () => {
    const row = await (await d1Of(owner.tenantId))
      .prepare("SELECT last_used_at FROM api_keys WHERE tenant_id = ?")
      .bind(owner.tenantId)
      .first<{ last_used_at: string | null }>();
    if (!row?.last_used_at) throw new Error("not yet");
  });
  return { ...owner, token: key };
}

describe.each(
  (["us", "eu"] as const).flatMap((region) => CREDENTIALS.map((kind) => [region, kind] as const)),
)("D1 round trips per request, a tenant in the %s cell, with its %s", (region, kind) => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await credentialOf(await signup("Round Trips", region), kind);
  });

  it("GET tenant: 1 (the tenant row read by the authorization check), none to the control plane", async () => {
    const { status, roundTrips, control } = await roundTripsOf(tenantPath(owner.tenantId), {
      token: owner.token,
    });
    expect(status).toBe(200);
    expect(roundTrips).toBe(1);
    expect(control).toBe(0);
  });

  it("PUT tenant with a secret: at most 2 (read, then update and log in one batch)", async () => {
    const { status, roundTrips, control } = await roundTripsOf(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: "Round Trips Inc", sip_password: "a sip secret" },
    });
    expect(status).toBe(200);
    expect(roundTrips).toBeLessThanOrEqual(2);
    expect(control).toBe(0);
  });

  it("call start: 1 (the tenant row read by admission, log entry and rollups in one batch)", async () => {
    const agent = await createAgent(owner);
    const { status, roundTrips, control } = await roundTripsOf(
      tenantPath(owner.tenantId, "/calls"),
      {
        method: "POST",
        token: owner.token,
        body: callStart(agent.id, { direction: "outbound" }),
      },
    );
    expect(status).toBe(201);
    expect(roundTrips).toBe(1);
    expect(control).toBe(0);
  });
});

describe("D1 round trips per request", () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await signup("Round Trips");
  });

  it("call start in a sub-account, by the parent's owner: 1, the family's pool read in the admission", async () => {
    const { parent, subs } = await family(2, { max_concurrent_calls: 5 });
    const sub = actingOn(parent, subs[0]?.id ?? "");
    const agent = await createAgent(sub);
    const { status, roundTrips, control } = await roundTripsOf(tenantPath(sub.tenantId, "/calls"), {
      method: "POST",
      token: sub.token,
      body: callStart(agent.id, { direction: "outbound" }),
    });
    expect(status).toBe(201);
    expect(roundTrips).toBe(1);
    expect(control).toBe(0);
  });

  it("call start with a webhook: 1, its delivery decided by the tenant row in the batch; end: 2", async () => {
    const { owner: subscribed } = await webhookTenant({
      webhook_events: ["call.started", "call.ended"],
    });
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
    const agent = await createAgent(subscribed);
    const started = await roundTripsOf(tenantPath(subscribed.tenantId, "/calls"), {
      method: "POST",
      token: subscribed.token,
      body: callStart(agent.id),
    });
    expect(started.status).toBe(201);
    expect(started.roundTrips).toBe(1);
    const ended = await roundTripsOf(
      tenantPath(subscribed.tenantId, `/calls/${JSON.parse(started.body).id}/end`),
      { method: "POST", token: subscribed.token },
    );
    expect(ended.status).toBe(200);
    expect(ended.roundTrips).toBe(2);
  });

  it("call start reaching two usage alerts, with a webhook: 1, the alerts decided in its batch", async () => {
    const { owner: alerted } = await webhookTenant({ monthly_call_limit: 1 });
    const queued = captureQueuedDeliveries();
    const agent = await createAgent(alerted);
    const started = await roundTripsOf(tenantPath(alerted.tenantId, "/calls"), {
      method: "POST",
      token: alerted.token,
      body: callStart(agent.id),
    });
    expect(started.status).toBe(201);
    expect(started.roundTrips).toBe(1);
    expect(started.control).toBe(0);
    // call.started and both alerts (80 % and 100 % of 1), queued after that one round trip.
    expect(queued).toHaveLength(3);
  });

  it("GET activity log: 2 (the tenant row, then the page)", async () => {
    const { status, roundTrips } = await roundTripsOf(
      tenantPath(owner.tenantId, "/activity-logs"),
      {
        token: owner.token,
      },
    );
    expect(status).toBe(200);
    expect(roundTrips).toBe(2);
  });

  it("a refused token costs none", async () => {
    const { status, roundTrips } = await roundTripsOf(tenantPath(owner.tenantId), {
      token: "not.a.token",
    });
    expect(status).toBe(401);
    expect(roundTrips).toBe(0);
  });
});

describe("D1 round trips of reads of protected health information", () => {
  type Counts = Record<string, number>;
  const reads = (owner: Owner, callId: string) => ({
    "GET call": tenantPath(owner.tenantId, `/calls/${callId}`),
    "GET calls": tenantPath(owner.tenantId, "/calls"),
    "GET recording": recordingPath(owner, callId),
    "GET export": tenantPath(owner.tenantId, "/export"),
  });

  async function countsOf(settings: Record<string, unknown>): Promise<Counts> {
    const { owner, agentId } = await recordingTenant(settings);
    const { id } = await callWithRecording(owner, agentId);
    const counts: Counts = {};
    for (const [name, path] of Object.entries(reads(owner, id))) {
      const { status, roundTrips } = await roundTripsOf(path, { token: owner.token });
      expect(status, name).toBe(200);
      counts[name] = roundTrips;
    }
    return counts;
  }

  it("without HIPAA: the tenant row, then the read; with HIPAA, the entry rides in the read's batch", async () => {
    const plain = await countsOf({});
    const hipaa = await countsOf({ hipaa_enabled: true });
    console.info(JSON.stringify({ d1_round_trips: { plain, hipaa } }));
    expect(plain).toMatchObject({ "GET call": 2, "GET calls": 2, "GET recording": 2 });
    // A call and a page of calls: entry and read in one batch, no extra round trip.
    expect(hipaa["GET call"]).toBe(plain["GET call"]);
    expect(hipaa["GET calls"]).toBe(plain["GET calls"]);
    // A recording's entry waits until its object is found (a 404 logs nothing); an export's is
    // written before the stream begins.
    expect(hipaa["GET recording"]).toBe((plain["GET recording"] ?? 0) + 1);
    expect(hipaa["GET export"]).toBe((plain["GET export"] ?? 0) + 1);
  });
});
