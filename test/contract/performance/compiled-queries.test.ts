import { env } from "cloudflare:workers";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { activityIfChangedStatement, insertActivityIfChanged } from "../../../src/activity/queries";
import { billingPeriod } from "../../../src/calls/period";
import { findCall, startCall, usageOf } from "../../../src/calls/queries";
import { newCallRow } from "../../../src/calls/schemas";
import { createDb } from "../../../src/db/client";
import { batchStatements, statementOf } from "../../../src/db/compiled";
import { activityLogs, tenants, webhookDeliveries } from "../../../src/db/schema";
import { newId } from "../../../src/lib/ids";
import { findTenant, updateTenantAtVersion } from "../../../src/tenants/queries";
import {
  compiledDeliveryIfReceived,
  insertDeliveryIfReceived,
} from "../../../src/webhooks/queries";
import { type Owner, signup } from "../../support/api-client";
import { callStart, configure, createAgent } from "../../support/resource-fixtures";

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
    // The family's pool too: none for a tenant of its own.
    const { access, family, ...state } = seen ?? {};
    expect(state).toEqual({ ...usage, agentKnown: false });
    expect(family).toBeNull();
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

  it("a compiled activity entry is the row drizzle's own insert writes", async () => {
    const entry = (targetId: string) => ({
      tenantId: owner.tenantId,
      action: "compiled.checked",
      targetType: "check",
      targetId,
      changes: { flag: { from: false, to: true }, list: { from: null, to: ["a", "b"] } },
    });
    const withName = { ...actor, actorType: "user" as const, actorName: "Name", ip: "192.0.2.1" };
    // Each after a statement that changes one row: the entry's guard holds.
    const touch = db.$client
      .prepare("UPDATE tenants SET name = name WHERE id = ?")
      .bind(owner.tenantId);
    await batchStatements(db, [
      touch,
      statementOf(db, insertActivityIfChanged(db, withName, entry("built"))),
      touch,
      activityIfChangedStatement(db, withName, entry("compiled")),
    ]);
    const rowOf = async (targetId: string) => {
      const row = await db
        .select()
        .from(activityLogs)
        .where(and(eq(activityLogs.tenantId, owner.tenantId), eq(activityLogs.targetId, targetId)))
        .get();
      const { id, seq, createdAt, targetId: _, ...rest } = row ?? {};
      expect(id).toBeTypeOf("string");
      return { ...rest, seq };
    };
    const built = await rowOf("built");
    const compiled = await rowOf("compiled");
    // The next place in the chain, taken by the compiled statement as by the built one.
    expect(compiled).toEqual({ ...built, seq: Number(built.seq) + 1 });
    expect(compiled.changes).toEqual(entry("x").changes);
  });

  it("a compiled delivery is the row drizzle's own insert writes", async () => {
    const delivery = (payload: string) => ({
      id: newId(),
      tenantId: owner.tenantId,
      eventType: "call.started",
      payload,
      hipaaPayload: "{}",
    });
    const built = delivery('{"built":true}');
    const compiled = delivery('{"compiled":true}');
    const afterOneChange = sql`changes() > 0`;
    const touch = db.$client
      .prepare("UPDATE tenants SET name = name WHERE id = ?")
      .bind(owner.tenantId);
    const started = compiledDeliveryIfReceived("call.started", afterOneChange);
    const [, builtIds, , compiledIds] = await batchStatements(db, [
      touch,
      statementOf(db, insertDeliveryIfReceived(db, built, afterOneChange)),
      touch,
      started(db, compiled),
    ]);
    expect(builtIds).toEqual([{ id: built.id }]);
    expect(compiledIds).toEqual([{ id: compiled.id }]);
    const rowOf = async (id: string) => {
      const row = await db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.id, id))
        .get();
      const { id: _, payload, createdAt, updatedAt, ...rest } = row ?? {};
      expect(createdAt).toBe(updatedAt);
      return { rest, payload };
    };
    const [builtRow, compiledRow] = [await rowOf(built.id), await rowOf(compiled.id)];
    expect(compiledRow.rest).toEqual(builtRow.rest);
    expect([builtRow.payload, compiledRow.payload]).toEqual([built.payload, compiled.payload]);
    // Compiled for one event type, it writes no other.
    expect(() => started(db, { ...delivery("{}"), eventType: "call.ended" })).toThrow();
  });

  it("an update at a version is the row drizzle returns, and a stale version writes nothing", async () => {
    const before = await findTenant(db, owner.tenantId);
    if (!before) throw new Error("no tenant");
    const patch = { name: "Compiled Renamed", sipEnabled: false, webhookEvents: ["call.ended"] };
    const updated = await updateTenantAtVersion(db, actor, before, patch, {
      action: "tenant.updated",
      changes: { name: { from: before.name, to: patch.name } },
    });
    const own = await db.select().from(tenants).where(eq(tenants.id, owner.tenantId)).get();
    expect(updated).toEqual(own);
    expect(updated).toMatchObject({ ...patch, version: before.version + 1 });
    const stale = await updateTenantAtVersion(
      db,
      actor,
      before,
      { name: "Lost" },
      {
        action: "tenant.updated",
        changes: { name: { from: before.name, to: "Lost" } },
      },
    );
    expect(stale).toBeUndefined();
    expect((await findTenant(db, owner.tenantId))?.name).toBe("Compiled Renamed");
  });
});
