import { and, eq, getTableColumns, gte, lt, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type AccessValues, accessOf, roleIn } from "../access/checks";
import type { Credential } from "../access/credentials";
import { recordKeyUse } from "../access/key-use";
import {
  type Actor,
  activityIfChangedStatement,
  insertActivityIfChanged,
} from "../activity/queries";
import {
  addEndedCall,
  addStartedCall,
  dropEmptyActiveReason,
  groupKeyOf,
} from "../analytics/rollups";
import type { Db } from "../db/client";
import { batchStatements, compiledOnce, statementOf, tableRow } from "../db/compiled";
import { qualified } from "../db/qualified";
import { agents, apiKeys, callMonths, calls, tenants } from "../db/schema";
import { once } from "../lib/once";
import { newestFirst } from "../lib/pagination";
import { familyAdmits, familyPool } from "../subaccounts/pool";
import { settled } from "../tenants/settled";
import { type CrossingValues, callStartAlerts, reachedDeliveries } from "../usage-alerts/crossings";
import {
  compiledDeliveryIfReceived,
  eventIdOf,
  insertDeliveryIfChanged,
  type NewDelivery,
  type RowDecidedDelivery,
} from "../webhooks/queries";
import { endedCallPayload } from "./events";
import type { CallListQuery, CallRow } from "./schemas";

// The outer row's id, qualified: inside a subquery a bare `id` or `tenant_id` would name the
// subquery's own table.
const tenantsId = qualified(tenants.id);

/** The `call_months` key of a billing period: its start's `YYYY-MM`. */
const monthOf = (periodStart: string | Placeholder) => sql`substr(${periodStart}, 1, 7)`;

/**
 * One call more in the month's count, written only when the statement before it in the batch
 * (the admitted insert) wrote its row. An upsert changes one row either way, so the chain of
 * guards after it holds.
 */
const countStartedCall = compiledOnce<{ tenantId: string; periodStart: string }>((db) =>
  db
    .insert(callMonths)
    .select(
      sql`SELECT ${sql.placeholder("tenantId")}, ${monthOf(sql.placeholder("periodStart"))}, 1
        WHERE changes() = 1`,
    )
    .onConflictDoUpdate({
      target: [callMonths.tenantId, callMonths.month],
      set: { calls: sql`${qualified(callMonths.calls)} + 1` },
    }),
);

/** A tenant's limits and what counts against them, read in one statement. */
const usageColumns = (periodStart: string | Placeholder) => ({
  status: tenants.status,
  billingPlan: tenants.billingPlan,
  maxConcurrentCalls: tenants.maxConcurrentCalls,
  monthlyCallLimit: tenants.monthlyCallLimit,
  activeCalls: sql<number>`(SELECT count(*) FROM ${calls}
    WHERE ${calls.tenantId} = ${tenantsId} AND ${calls.status} = 'active')`,
  callsThisMonth: sql<number>`coalesce((SELECT ${callMonths.calls} FROM ${callMonths}
    WHERE ${callMonths.tenantId} = ${tenantsId} AND ${callMonths.month} = ${monthOf(periodStart)}), 0)`,
});

export const usageOf = (db: Db, tenantId: string, periodStart: string) =>
  db.select(usageColumns(periodStart)).from(tenants).where(eq(tenants.id, tenantId));

/** The usage of the family whose parent is `parentId`: the parent first, then its sub-accounts. */
export const familyUsageOf = (db: Db, parentId: string, periodStart: string) =>
  db
    .select({ id: tenants.id, name: tenants.name, ...usageColumns(periodStart) })
    .from(tenants)
    .where(sql`${tenants.id} = ${parentId} OR ${tenants.parentId} = ${parentId}`)
    .orderBy(sql`${tenants.parentId} IS NOT NULL`, tenants.id);

export type UsageSnapshot = Awaited<ReturnType<typeof usageOf>>[number];

const agentOfTenant = (agentId: string | Placeholder) =>
  sql`EXISTS (SELECT 1 FROM ${agents} WHERE ${agents.id} = ${agentId} AND ${agents.tenantId} = ${tenantsId})`.mapWith(
    Boolean,
  );

export type Admission = {
  call: CallRow | undefined;
  /**
   * The tenant as the admission saw it, in the same transaction, and what the request's
   * credential gave there (its access JSON, or null): why a call was refused.
   */
  seen:
    | (UsageSnapshot & { agentKnown: boolean; access: string | null; family: string | null })
    | undefined;
  /** The delivery written with the admitted call, if its tenant receives the event: to send. */
  delivery: { id: string; tenantId: string } | undefined;
  /** The `usage.threshold_reached` deliveries of the alerts the call reached: to send. */
  alertDeliveries: { id: string; tenantId: string }[];
};

// What an admission reads besides the call row, bound by these names: the tenant, the month, the
// agent, and the request's credential with the roles that may start a call.
type AdmissionValues = {
  tenantId: string;
  periodStart: string;
  admittedAgentId: string;
  allowedRoles: string;
} & AccessValues;

/** The credential, as the admission checks it: its kind, its value, the roles that may start. */
export type AdmissionCredential = {
  kind: Credential["kind"];
  value: string;
  allowedRoles: string[];
};

/** A platform's own start (tests, tools): a platform admin's, whose session was checked. */
const TRUSTED: AdmissionCredential = {
  kind: "platform",
  value: "system",
  allowedRoles: ["owner"],
};

const byKind = <T>(build: (kind: Credential["kind"]) => T) => ({
  session: build("session"),
  key: build("key"),
  platform: build("platform"),
});

/**
 * Inserts the call row (its columns bound by name) if the tenant admits it and the credential
 * holds there with a role that may start a call; returns it.
 */
const insertIfAdmitted = byKind((kind) =>
  compiledOnce<CallRow & AdmissionValues>((db) => {
    const usage = usageColumns(sql.placeholder("periodStart"));
    const admissible = and(
      eq(tenants.id, sql.placeholder("tenantId")),
      eq(tenants.status, "active"),
      sql`${roleIn(accessOf(kind))} IN (SELECT value FROM json_each(${sql.placeholder("allowedRoles")}))`,
      agentOfTenant(sql.placeholder("admittedAgentId")),
      sql`${usage.activeCalls} < ${tenants.maxConcurrentCalls}`,
      sql`${usage.callsThisMonth} < ${tenants.monthlyCallLimit}`,
      familyAdmits(sql.placeholder("periodStart")),
    );
    // Every column in the table's order, as INSERT … SELECT requires.
    const values = Object.fromEntries(
      Object.keys(getTableColumns(calls)).map((key) => [key, sql`${sql.placeholder(key)}`.as(key)]),
    ) as Record<keyof CallRow, SQL.Aliased>;
    return db.insert(calls).select(db.select(values).from(tenants).where(admissible)).returning();
  }),
);
const toCallRow = tableRow(calls);

const seenFields = byKind((kind) =>
  once(() => ({
    ...usageColumns(sql.placeholder("periodStart")),
    agentKnown: agentOfTenant(sql.placeholder("admittedAgentId")),
    access: accessOf(kind),
    family: familyPool(sql.placeholder("periodStart")),
  })),
);
/**
 * The tenant's state, read only after a refusal: right after the admission's insert, which then
 * left `changes()` at 0. Its counts grow with the calls of the month, so an admitted call does
 * not pay for them twice. A read changes no rows, so the guard after it still reads the insert's.
 */
const selectSeenIfRefused = byKind((kind) =>
  compiledOnce<AdmissionValues>((db) =>
    db
      .select(seenFields[kind]())
      .from(tenants)
      .where(and(eq(tenants.id, sql.placeholder("tenantId")), sql`changes() = 0`)),
  ),
);

/** A raw row of `selectSeenIfRefused`; its values come in the select's order, as drizzle maps them too. */
function toSeen(
  kind: Credential["kind"],
  raw: Record<string, unknown>,
): NonNullable<Admission["seen"]> {
  const values = Object.values(raw);
  const names = Object.keys(seenFields[kind]());
  const seen = Object.fromEntries(names.map((key, i) => [key, values[i]]));
  return { ...seen, agentKnown: Boolean(seen.agentKnown) } as NonNullable<Admission["seen"]>;
}

// The `call.started` delivery, last in a start's chain: written when the rollups were.
const startedDelivery = compiledDeliveryIfReceived("call.started", sql`changes() > 0`);

/**
 * Starts a call only if the tenant admits it, in one statement: `INSERT … SELECT … FROM tenants
 * WHERE` the tenant is active, the agent is its own, and both counts are under the limits read
 * from the same row. D1 runs a batch as one transaction on a single writer, so parallel starts
 * cannot both take the last slot. After a refusal the tenant's state is read in the same batch,
 * so it can say why without another round trip (`seen` is undefined for an admitted call). The
 * month's count, the log entry, the call's rollups and the delivery are written only if the row
 * was, each guarded by the one before: `changes() = 1`, and for the delivery, which the tenant's
 * row decides on (`insertDeliveryIfReceived`), `changes() > 0`, the rollups having written their
 * four rows; the delivery comes last, so a tenant that receives no `call.started` breaks no
 * guard. With `alerts`, the usage alerts the call reaches are decided last, in the same batch
 * (src/usage-alerts/crossings.ts). Nothing reads the tenant before this batch: the start is one
 * round trip. The statements of its own are compiled once per isolate: this is the API's busiest
 * write.
 */
export async function startCall(
  db: Db,
  actor: Actor,
  row: CallRow,
  periodStart: string,
  delivery: RowDecidedDelivery | null = null,
  credential: AdmissionCredential = TRUSTED,
  alerts: CrossingValues | null = null,
): Promise<Admission> {
  const admission = {
    tenantId: row.tenantId,
    periodStart,
    admittedAgentId: row.agentId ?? "",
    credential: credential.value,
    now: new Date().toISOString(),
    allowedRoles: JSON.stringify(credential.allowedRoles),
  };
  const results = await batchStatements(db, [
    insertIfAdmitted[credential.kind](db, { ...row, ...admission }),
    selectSeenIfRefused[credential.kind](db, admission),
    countStartedCall(db, { tenantId: row.tenantId, periodStart }),
    activityIfChangedStatement(db, actor, {
      tenantId: row.tenantId,
      action: "call.started",
      targetType: "call",
      targetId: row.id,
      changes: {
        agent_id: { from: null, to: row.agentId },
        direction: { from: null, to: row.direction },
        from_number: { from: null, to: row.fromNumber },
        to_number: { from: null, to: row.toNumber },
      },
    }),
    addStartedCall(db, {
      tenantId: row.tenantId,
      startedAt: row.startedAt,
      agentKey: groupKeyOf(row.agentId),
      direction: row.direction,
    }),
    ...(delivery ? [startedDelivery(db, delivery)] : []),
    // A key's use, at most once a minute, after the call's own writes: no round trip of its own.
    ...(credential.kind === "key"
      ? [statementOf(db, recordKeyUse(db, eq(apiKeys.keyHash, credential.value), new Date()))]
      : []),
    ...(alerts ? callStartAlerts(db, alerts) : []),
  ]);
  const inserted = results[0]?.[0];
  const seen = results[1]?.[0];
  const delivered = delivery ? results[5]?.[0] : undefined;
  return {
    call: inserted && toCallRow(inserted),
    seen: seen && toSeen(credential.kind, seen),
    // One message for the event: the consumer sends it on to each endpoint's delivery.
    delivery: delivered && { id: eventIdOf(String(delivered.id)), tenantId: row.tenantId },
    alertDeliveries: alerts ? reachedDeliveries(results.at(-1), row.tenantId) : [],
  };
}

const owned = (tenantId: string, id: string) => and(eq(calls.tenantId, tenantId), eq(calls.id, id));

/**
 * The guarded end of an active call, its log entry (guarded by the end), its rollups (guarded by
 * the entry) and its `call.ended` deliveries when the tenant receives some (guarded by the
 * rollups, their payload completed from the ended row): statements for one batch, in this order,
 * the end first.
 */
export function endCallStatements(
  db: Db,
  actor: Actor,
  target: { tenantId: string; id: string },
  reason: string,
  now: string,
  delivery: NewDelivery | null,
) {
  return [
    db
      .update(calls)
      .set({
        status: "ended",
        endedAt: now,
        durationSeconds: sql`max(0, CAST(round((julianday(${now}) - julianday(${calls.startedAt})) * 86400) AS INTEGER))`,
        endedReason: reason,
        updatedAt: now,
      })
      .where(and(owned(target.tenantId, target.id), eq(calls.status, "active")))
      .returning(),
    insertActivityIfChanged(db, actor, {
      tenantId: target.tenantId,
      action: "call.ended",
      targetType: "call",
      targetId: target.id,
      changes: {
        status: { from: "active", to: "ended" },
        ended_reason: { from: null, to: reason },
      },
    }),
    addEndedCall(db, target),
    // After the rollups, which wrote only if the end did: the delivery writes a row per endpoint
    // that takes the event, as many as there are, which no `changes() = 1` guard could follow.
    ...(delivery
      ? [
          insertDeliveryIfChanged(
            db,
            delivery,
            endedCallPayload(delivery, target),
            sql`changes() > 0`,
          ),
        ]
      : []),
    dropEmptyActiveReason(db, target),
  ] as const;
}

/**
 * Ends an active call, with its `call.ended` delivery if any. Returns the ended call, or, when it
 * was not active, the call as it is (undefined if there is no such call), read in the same batch.
 */
export async function endCall(
  db: Db,
  actor: Actor,
  target: { tenantId: string; id: string },
  reason: string,
  now: string,
  delivery: NewDelivery | null = null,
): Promise<{ ended: CallRow | undefined; current: CallRow | undefined }> {
  const results = await db.batch([
    ...endCallStatements(db, actor, target, reason, now, delivery),
    db.select().from(calls).where(owned(target.tenantId, target.id)),
  ]);
  const ended = results[0] as CallRow[];
  const current = results.at(-1) as CallRow[];
  return { ended: ended[0], current: current[0] };
}

export const findCall = (db: Db, tenantId: string, id: string) =>
  db.select().from(calls).where(owned(tenantId, id)).get();

/** The calls of the parent's sub-account `subId`; none unless it is one. */
const ofSubaccount = (parentId: string, subId: string) =>
  and(
    eq(calls.tenantId, subId),
    sql`EXISTS (SELECT 1 FROM ${tenants} AS kin WHERE kin.id = ${subId} AND kin.parent_id = ${parentId})`,
  );

/** The tenant's calls a list selects: its filters. */
export const callListFilters = (tenantId: string, query: CallListQuery) => [
  query.subaccount_id ? ofSubaccount(tenantId, query.subaccount_id) : eq(calls.tenantId, tenantId),
  query.status ? eq(calls.status, query.status) : undefined,
  query.started_after ? gte(calls.startedAt, query.started_after) : undefined,
  query.started_before ? lt(calls.startedAt, query.started_before) : undefined,
];

export function listCalls(db: Db, tenantId: string, query: CallListQuery) {
  return newestFirst(
    db.select().from(calls).$dynamic(),
    calls.id,
    query,
    ...callListFilters(tenantId, query),
  );
}

export type RecordingMeta = { key: string; size: number; contentType: string; sha256: string };

/** The tenant stores recordings right now: `recording_enabled` on and `pci_enabled` off. */
const recordingsAllowed = (tenantId: string) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenantsId} = ${tenantId}
    AND ${tenants.recordingEnabled} = 1 AND ${tenants.pciEnabled} = 0)`;

/**
 * Points the call at its uploaded recording and logs it, in one batch; only while the tenant
 * stores recordings, checked by the update itself, so an upload racing a switch to PCI (or
 * recording off) writes nothing. `row` is undefined when refused or when there is no such call;
 * `also`, what each of `also` answered.
 */
export async function setRecording(
  db: Db,
  actor: Actor,
  target: { tenantId: string; id: string },
  recording: RecordingMeta,
  previous: { size: number | null; sha256: string | null },
  also: BatchItem<"sqlite">[] = [],
): Promise<{ row: CallRow | undefined; also: unknown[] }> {
  const [updated, , ...answered] = await db.batch([
    db
      .update(calls)
      .set({
        recordingKey: recording.key,
        recordingSize: recording.size,
        recordingContentType: recording.contentType,
        recordingSha256: recording.sha256,
        updatedAt: new Date().toISOString(),
      })
      .where(and(owned(target.tenantId, target.id), recordingsAllowed(target.tenantId)))
      .returning(),
    insertActivityIfChanged(db, actor, {
      tenantId: target.tenantId,
      action: "call.recording_uploaded",
      targetType: "call",
      targetId: target.id,
      changes: {
        recording_size: { from: previous.size, to: recording.size },
        recording_sha256: { from: previous.sha256, to: recording.sha256 },
      },
    }),
    ...also,
  ]);
  return { row: updated[0], also: answered };
}

/** Active calls that started before `cutoff`, oldest first, across all tenants. */
export const overdueCalls = (db: Db, cutoff: string, limit: number) =>
  db
    .select({
      id: calls.id,
      tenantId: calls.tenantId,
      // Whether and how the tenant hears of the end.
      recipient: {
        id: tenants.id,
        webhookUrl: tenants.webhookUrl,
        webhookEvents: tenants.webhookEvents,
        hipaaEnabled: tenants.hipaaEnabled,
        webhookEndpointsEnabled: tenants.webhookEndpointsEnabled,
      },
    })
    .from(calls)
    .innerJoin(tenants, eq(tenants.id, calls.tenantId))
    .where(and(eq(calls.status, "active"), lt(calls.startedAt, cutoff), settled()))
    .orderBy(calls.startedAt)
    .limit(limit);
