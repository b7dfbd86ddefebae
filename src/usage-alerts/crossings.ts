import { and, eq, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { nextSeq } from "../activity/queries";
import type { Db } from "../db/client";
import { compiledOnce } from "../db/compiled";
import { insertIf } from "../db/insert-if";
import {
  activityLogs,
  calls,
  files,
  type UsageMetric,
  usageAlerts,
  webhookDeliveries,
} from "../db/schema";
import { newId, nowIso } from "../lib/ids";
import {
  eventIdOf,
  primaryTakes,
  recipientDeliveryId,
  recipientEndpoint,
  recipients,
} from "../webhooks/queries";
import { METRICS } from "./metrics";

/**
 * Usage alerts are decided in the batch of the write that changes their metric, by three
 * statements that follow the write (its guard says whether it was written):
 *
 * 1. `reach`: one `UPDATE usage_alerts` of the tenant's alerts on the write's metrics whose value,
 *    read in the statement, has reached the threshold, and which were not reached this month (a
 *    recurring alert) or ever (a one-time alert): it sets `reached_period` to the month and
 *    `reached_by` to this write's own id. The update is its own guard: of parallel writes
 *    crossing a threshold together, the first to run writes the month, and the others, running
 *    after it on the same database, find it there and reach nothing. Exactly one alert each.
 * 2. `entries`: a `usage.threshold_reached` activity entry for each alert `reached_by` this
 *    write, numbered on in the audit chain (one past the tenant's last, then one each).
 * 3. `deliveries`: the event for each of them, to each of its recipients as every event's
 *    (`recipients`: the primary endpoint when the tenant's row takes it, every enabled endpoint
 *    taking it), the event's id ranked, `{event}.{endpoint}` for an endpoint, its payload built
 *    in SQL; `RETURNING id`: what to send.
 *
 * A write that reaches no alert costs one indexed read of the tenant's few alerts and two empty
 * selects; nothing reads the alerts before the batch, so the write keeps its round trips. A
 * failure of any of them fails the write's whole batch: an alert is never lost nor half written.
 */

/** The values a crossing's statements are bound to. */
export type CrossingValues = {
  tenantId: string;
  periodStart: string;
  /** What the write's guard looks for: the call's or the file's id, a recording's key. */
  causeId: string;
  /** This write's own id, fresh: the alerts it reached are found by it. */
  reachedBy: string;
  /** Ids for the entries and the deliveries: each row's is the base with its rank at the end. */
  entryIdBase: string;
  deliveryIdBase: string;
  now: string;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
};

export const ALERTS_ACTOR_ID = "system:usage-alerts";

/** The values of one write's crossing, ready to bind; ids fresh for this write. */
export function crossingValues(
  request: { requestId: string; ip: string | null; userAgent: string | null },
  write: { tenantId: string; periodStart: string; causeId: string },
): CrossingValues {
  return {
    ...write,
    reachedBy: newId(),
    entryIdBase: newId(),
    deliveryIdBase: newId(),
    now: nowIso(),
    requestId: request.requestId,
    ip: request.ip,
    userAgent: request.userAgent,
  };
}

/** How a statement reads one of the values: a placeholder of a statement compiled once, or a parameter. */
type ValueOf = (name: keyof CrossingValues) => SQL;

const placeholders: ValueOf = (name) => sql`${sql.placeholder(name)}`;
const parameters =
  (values: CrossingValues): ValueOf =>
  (name) =>
    sql`${values[name]}`;

const alertColumn = (column: SQLiteColumn) => sql`${usageAlerts}.${sql.identifier(column.name)}`;

/** `CASE metric WHEN … THEN … END` over the write's metrics: a value per alert row. */
function byMetric(metrics: readonly UsageMetric[], pick: (metric: UsageMetric) => SQL | null) {
  const cases = metrics.map(
    (metric) => sql`WHEN ${sql.raw(`'${metric}'`)} THEN ${pick(metric) ?? sql`NULL`}`,
  );
  return sql`(CASE ${alertColumn(usageAlerts.metric)} ${sql.join(cases, sql` `)} END)`;
}

/**
 * The value that reaches the alert: its own threshold, or its percentage of the limit rounded
 * up (80 % of 5 is 4); null, so reached by nothing, when a percentage has no positive limit.
 */
const thresholdOf = (limit: SQL) =>
  sql`coalesce(${alertColumn(usageAlerts.threshold)},
    CASE WHEN ${limit} > 0 THEN (${alertColumn(usageAlerts.thresholdPercent)} * ${limit} + 99) / 100 END)`;

/**
 * An id of the write's own: the base's last byte replaced by the alert's rank (alerts are few),
 * one rank per alert, however many rows (recipients) it has.
 */
const rankedId = (base: SQL) =>
  sql`substr(${base}, 1, 34) || printf('%02x', dense_rank() OVER (ORDER BY ${alertColumn(usageAlerts.id)}))`;

const ALERT_EVENT = "usage.threshold_reached";

/** The three statements, reading their values through `v`. */
function crossingQueries(
  db: Db,
  metrics: readonly UsageMetric[],
  written: (causeId: SQL) => SQL,
  v: ValueOf,
) {
  const at = { tenantId: v("tenantId"), periodStart: v("periodStart") };
  const valueNow = byMetric(metrics, (metric) => METRICS[metric].value(at));
  const limit = byMetric(metrics, (metric) => METRICS[metric].limit?.(at) ?? null);
  const month = sql`substr(${v("periodStart")}, 1, 7)`;
  const reachedByThisWrite = sql`${alertColumn(usageAlerts.tenantId)} = ${v("tenantId")}
    AND ${alertColumn(usageAlerts.reachedBy)} = ${v("reachedBy")}`;
  const facts = {
    metric: alertColumn(usageAlerts.metric),
    threshold: thresholdOf(limit),
    threshold_percent: alertColumn(usageAlerts.thresholdPercent),
    value: alertColumn(usageAlerts.reachedValue),
    limit,
    period: alertColumn(usageAlerts.reachedPeriod),
  };

  const reach = db
    .update(usageAlerts)
    .set({
      reachedPeriod: month,
      reachedAt: v("now"),
      reachedValue: valueNow,
      reachedBy: v("reachedBy"),
    })
    .where(
      and(
        eq(usageAlerts.tenantId, v("tenantId")),
        inArray(usageAlerts.metric, [...metrics]),
        or(
          isNull(usageAlerts.reachedPeriod),
          and(eq(usageAlerts.recurring, true), lt(usageAlerts.reachedPeriod, month)),
        ),
        written(v("causeId")),
        sql`${valueNow} >= ${thresholdOf(limit)}`,
      ),
    );

  const changes = Object.entries(facts).map(
    ([field, fact]) => sql`${sql.raw(`'${field}'`)}, json_object('from', NULL, 'to', ${fact})`,
  );
  const entries = insertIf(
    db,
    activityLogs,
    {
      id: rankedId(v("entryIdBase")),
      tenantId: v("tenantId"),
      actorType: "system",
      actorId: ALERTS_ACTOR_ID,
      actorName: null,
      action: "usage.threshold_reached",
      targetType: "usage_alert",
      targetId: alertColumn(usageAlerts.id),
      changes: sql`json_object(${sql.join(changes, sql`, `)})`,
      accessed: null,
      requestId: v("requestId"),
      ip: v("ip"),
      userAgent: v("userAgent"),
      createdAt: v("now"),
      // One past the chain's last, then one each: SQLite reads the whole SELECT before it
      // inserts into a table the SELECT reads, so each row sees the same last number.
      seq: sql`${nextSeq(v("tenantId"))} + row_number() OVER (ORDER BY ${alertColumn(usageAlerts.id)}) - 1`,
      hash: null,
    },
    reachedByThisWrite,
    usageAlerts,
  );

  const data = Object.entries(facts).map(([field, fact]) => sql`${sql.raw(`'${field}'`)}, ${fact}`);
  const payload = sql`json_object('type', 'usage.threshold_reached', 'timestamp', ${v("now")},
    'data', json_object('tenant_id', ${v("tenantId")}, 'alert_id', ${alertColumn(usageAlerts.id)},
      ${sql.join(data, sql`, `)}))`;
  // One row per reached alert and recipient of its event.
  const alertsByRecipient = sql`${usageAlerts}, ${recipients(
    v("tenantId"),
    ALERT_EVENT,
    primaryTakes(v("tenantId"), ALERT_EVENT),
  )}`;
  const deliveries = insertIf(
    db,
    webhookDeliveries,
    {
      id: recipientDeliveryId(rankedId(v("deliveryIdBase"))),
      tenantId: v("tenantId"),
      endpointId: recipientEndpoint,
      eventType: ALERT_EVENT,
      payload,
      sealedDataEnc: null,
      status: "pending",
      attempts: 0,
      lastStatusCode: null,
      lastLatencyMs: null,
      lastError: null,
      nextRetryAt: null,
      createdAt: v("now"),
      updatedAt: v("now"),
    },
    reachedByThisWrite,
    alertsByRecipient,
  ).returning({ id: webhookDeliveries.id });

  return [reach, entries, deliveries] as const;
}

/**
 * The statements deciding the alerts on `metrics` in a write's batch, compiled once (for the
 * call start, the busiest write): `written` is the write's guard in SQL, given its `causeId`.
 * The last one's rows are the deliveries to send (`reachedDeliveries`).
 */
export function compiledCrossing(metrics: readonly UsageMetric[], written: (causeId: SQL) => SQL) {
  const compiled = (pick: 0 | 1 | 2) =>
    compiledOnce<CrossingValues>((db) => crossingQueries(db, metrics, written, placeholders)[pick]);
  const statements = [compiled(0), compiled(1), compiled(2)];
  return (db: Db, values: CrossingValues): D1PreparedStatement[] =>
    statements.map((statement) => statement(db, values));
}

/** The same statements as drizzle queries, for a write's `db.batch`; the last returns `{ id }`. */
export const crossingBatch = (
  db: Db,
  metrics: readonly UsageMetric[],
  written: (causeId: SQL) => SQL,
  values: CrossingValues,
) => crossingQueries(db, metrics, written, parameters(values));

/**
 * What to send of the deliveries the last of a crossing's statements wrote, from its rows: one
 * message per event, by the event's id, as for every event (the consumer sends it on to each
 * endpoint's delivery; a message per delivery as well would send an endpoint's twice).
 */
export const reachedDeliveries = (
  rows: Record<string, unknown>[] | undefined,
  tenantId: string,
): { id: string; tenantId: string }[] =>
  [...new Set((rows ?? []).map((row) => eventIdOf(String(row.id))))].map((id) => ({
    id,
    tenantId,
  }));

/**
 * The alerts on the call counters, decided in the call start's one batch, after the admitted
 * insert: the call's row written (its id is new, so it exists only if admitted) is the guard.
 */
export const callStartAlerts = compiledCrossing(
  ["calls_this_month", "active_calls"],
  (callId) =>
    sql`EXISTS (SELECT 1 FROM ${calls} WHERE ${calls}.${sql.identifier(calls.id.name)} = ${callId})`,
);

const ofTable = (column: SQLiteColumn) => sql`${column.table}.${sql.identifier(column.name)}`;

/**
 * The alerts on the files and their bytes, in the batch of a file's upload: the file's row written
 * (its id is new) is the guard.
 */
export const fileAlerts = (db: Db, values: CrossingValues) =>
  crossingBatch(
    db,
    ["files", "files_bytes"],
    (fileId) => sql`EXISTS (SELECT 1 FROM ${files} WHERE ${ofTable(files.id)} = ${fileId})`,
    values,
  );

/**
 * The alerts on the recordings' bytes, in the batch of a recording's upload: the call pointing at
 * the upload's own key (each upload has one) is the guard.
 */
export const recordingAlerts = (db: Db, values: CrossingValues) =>
  crossingBatch(
    db,
    ["recordings_bytes"],
    (key) => sql`EXISTS (SELECT 1 FROM ${calls}
      WHERE ${ofTable(calls.tenantId)} = ${values.tenantId} AND ${ofTable(calls.recordingKey)} = ${key})`,
    values,
  );
