import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { billingPeriod } from "../../src/calls/period";
import { findCall, startCall, usageOf } from "../../src/calls/queries";
import { newCallRow } from "../../src/calls/schemas";
import { createDb } from "../../src/db/client";
import { tenants } from "../../src/db/schema";
import { newId } from "../../src/lib/ids";
import { findTenant } from "../../src/tenants/queries";
import { type Owner, signup } from "../support/api-client";
import { callStart, configure, createAgent } from "../support/resource-fixtures";

// The hot queries compiled once per isolate map their raw rows themselves: they must return
// exactly what drizzle's own queries return for the same rows.
const db = createDb(env.CELL_US_1);
const actor = { actorId: "compiled-test", requestId: "req", ip: null, userAgent: null };

const newCall = (owner: Owner, agentId: string) =>
  newCallRow(owner.tenantId, callStart(agentId), new Date());

describe("queries compiled once per isolate", () => {
  let owner: Owner;
  let agentId: string;
  beforeAll(async () => {
    owner = await signup("Compiled");
    // Booleans, a JSON column and nullable text set, so every kind of column is decoded.
    await configure(owner, {
      recording_enabled: true,
      sip_enabled: true,
      sip_server: "sip.example.com",
      webhook_url: "https://hooks.example.com/calls",
      webhook_events: ["call.started", "call.ended"],
    });
    agentId = (await createAgent(owner)).id;
  });

  it("findTenant returns the row drizzle's own select returns", async () => {
    const own = await db.select().from(tenants).where(eq(tenants.id, owner.tenantId)).get();
    const compiled = await findTenant(db, owner.tenantId);
    expect(compiled).toEqual(own);
    expect(compiled?.recordingEnabled).toBe(true);
    expect(compiled?.webhookEvents).toEqual(["call.started", "call.ended"]);
    expect(await findTenant(db, "no-such-tenant")).toBeUndefined();
  });

  it("each call binds its own values", async () => {
    const other = await signup("Compiled Other");
    expect((await findTenant(db, other.tenantId))?.name).toBe("Compiled Other");
    expect((await findTenant(db, owner.tenantId))?.name).not.toBe("Compiled Other");
  });

  it("an admitted call is the row as stored, and the tenant's state is not read", async () => {
    const period = billingPeriod(new Date());
    const row = newCall(owner, agentId);
    const { call, seen } = await startCall(db, actor, row, period.start);
    expect(call).toEqual(row);
    expect(call).toEqual(await findCall(db, owner.tenantId, row.id));
    expect(seen).toBeUndefined();
  });

  it("a refused call is not written, and the state seen is the usage drizzle reads", async () => {
    const period = billingPeriod(new Date());
    const row = newCall(owner, "not-an-agent-of-this-tenant");
    const { call, seen } = await startCall(db, actor, row, period.start);
    expect(call).toBeUndefined();
    expect(await findCall(db, owner.tenantId, row.id)).toBeUndefined();
    const [usage] = await usageOf(db, owner.tenantId, period.start);
    // And the access the credential gives, read in the same statement.
    const { access, ...state } = seen ?? {};
    expect(state).toEqual({ ...usage, agentKnown: false });
    expect(JSON.parse(String(access))).toMatchObject({ role: "owner" });
    expect(seen).toMatchObject({ status: "active", activeCalls: 1, callsThisMonth: 1 });
  });

  it("a refusal says why also when the call would have had a webhook delivery", async () => {
    const period = billingPeriod(new Date());
    const row = newCall(owner, "not-an-agent-of-this-tenant");
    const delivery = {
      id: newId(),
      tenantId: owner.tenantId,
      eventType: "call.started",
      payload: "{}",
      hipaaPayload: "{}",
    };
    const refused = await startCall(db, actor, row, period.start, delivery);
    expect(refused.call).toBeUndefined();
    expect(refused.seen).toMatchObject({ agentKnown: false });
    expect(refused.delivery).toBeUndefined();
    const admitted = newCall(owner, agentId);
    const withDelivery = { ...delivery, id: newId() };
    expect(await startCall(db, actor, admitted, period.start, withDelivery)).toEqual({
      call: admitted,
      seen: undefined,
      delivery: { id: withDelivery.id, tenantId: owner.tenantId },
      alertDeliveries: [],
    });
  });
});
