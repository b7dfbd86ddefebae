import { and, asc, count, eq, lte, min, ne, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { columnPlaceholders, compiledOnce, driverValues } from "../db/compiled";
import { insertIf } from "../db/insert-if";
import { tenants, webhookAttempts, webhookDeliveries } from "../db/schema";
import { newId, nowIso } from "../lib/ids";
import { newestFirst } from "../lib/pagination";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewDelivery = Pick<DeliveryRow, "id" | "tenantId" | "eventType" | "payload"> &
  Partial<Pick<DeliveryRow, "sealedDataEnc">>;
export type AttemptRow = typeof webhookAttempts.$inferSelect;

const UNATTEMPTED = {
  lastStatusCode: null,
  lastLatencyMs: null,
  lastError: null,
  nextRetryAt: null,
};

const pendingRow = (delivery: NewDelivery) => {
  const now = nowIso();
  return { ...delivery, status: "pending" as const, attempts: 0, createdAt: now, updatedAt: now };
};

/** The delivery row, written only if `condition` holds when it runs (a rate, say). */
export const insertDeliveryIf = (db: Db, delivery: NewDelivery, condition: SQL) =>
  insertIf(db, webhookDeliveries, { ...pendingRow(delivery), ...UNATTEMPTED }, condition);

/**
 * The delivery row, written only when the statement just before it in the batch changed a row
 * (a guarded update, or an `…IfChanged` insert that itself followed one), so a change that lost
 * a race reports nothing. A `payload` given as SQL is computed by the statement itself.
 */
export const insertDeliveryIfChanged = (db: Db, delivery: NewDelivery, payload?: SQL) =>
  insertIf(
    db,
    webhookDeliveries,
    { ...pendingRow(delivery), ...UNATTEMPTED, ...(payload && { payload }) },
    sql`changes() = 1`,
  );

/**
 * A delivery its tenant's row decides on in SQL (`prepareRowDecidedEvent`): `payload` as the
 * tenant receives it, `hipaaPayload` as it does with `hipaa_enabled`.
 */
export type RowDecidedDelivery = NewDelivery & { hipaaPayload: string };

const ofTenant = (column: SQLiteColumn) => sql`${tenants}.${sql.identifier(column.name)}`;

/**
 * The delivery row, written only when `guard` holds and the tenant's row, as the statement reads
 * it, receives the event (`prepareEvent`'s rule: a webhook_url, and the type among its
 * webhook_events), with the payload for its settings: `hipaaPayload` with `hipaa_enabled`. For a
 * write that reads no tenant row before its batch. Returns the id of what it wrote: what to send.
 */
export const insertDeliveryIfReceived = (
  db: Db,
  delivery: RowDecidedDelivery,
  guard: SQL = sql`changes() = 1`,
) => {
  const { hipaaPayload: _decidedInSql, ...written } = delivery;
  return insertIfReceived(db, { ...pendingRow(written), ...UNATTEMPTED }, delivery, guard);
};

/** What decides the delivery in SQL: its values, or placeholders for them. */
type DecidingValues = Record<
  "tenantId" | "eventType" | "payload" | "hipaaPayload",
  string | Placeholder
>;

function insertIfReceived(
  db: Db,
  row: Record<string, unknown>,
  delivery: DecidingValues,
  guard: SQL,
) {
  const payload = sql`CASE WHEN ${ofTenant(tenants.hipaaEnabled)} THEN ${delivery.hipaaPayload}
    ELSE ${delivery.payload} END`;
  const receives = sql`${ofTenant(tenants.id)} = ${delivery.tenantId}
    AND ${ofTenant(tenants.webhookUrl)} <> ''
    AND EXISTS (SELECT 1 FROM json_each(${ofTenant(tenants.webhookEvents)})
      WHERE value = ${delivery.eventType})`;
  return insertIf(
    db,
    webhookDeliveries,
    { ...(row as typeof webhookDeliveries.$inferInsert), payload },
    sql`(${receives}) AND (${guard})`,
    tenants,
  ).returning({ id: webhookDeliveries.id });
}

/**
 * `insertDeliveryIfReceived` with `guard`, compiled once per isolate: a statement for a batch of
 * statements (`batchStatements`), for the busiest writes.
 */
export function deliveryIfReceivedOnce(guard: SQL) {
  const compiled = compiledOnce<Record<string, unknown>>((db) =>
    insertIfReceived(
      db,
      columnPlaceholders(webhookDeliveries),
      {
        tenantId: sql.placeholder("tenantId"),
        eventType: sql.placeholder("eventType"),
        payload: sql.placeholder("payload"),
        hipaaPayload: sql.placeholder("hipaaPayload"),
      },
      guard,
    ),
  );
  return (db: Db, delivery: RowDecidedDelivery) => {
    const { hipaaPayload, ...written } = delivery;
    const row = { ...pendingRow(written), ...UNATTEMPTED };
    return compiled(db, { ...driverValues(webhookDeliveries, row), hipaaPayload });
  };
}

/** One delivery; with `tenantId`, only when it belongs to that tenant. */
export const findDelivery = (db: Db, id: string, tenantId?: string) =>
  db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.id, id),
        tenantId ? eq(webhookDeliveries.tenantId, tenantId) : undefined,
      ),
    )
    .get();

export type DeliveryFilter = {
  limit: number;
  cursor?: string | undefined;
  status?: DeliveryRow["status"] | undefined;
  event_type?: string | undefined;
};

export const listDeliveries = (db: Db, tenantId: string, filter: DeliveryFilter) =>
  newestFirst(
    db.select().from(webhookDeliveries).$dynamic(),
    webhookDeliveries.id,
    filter,
    eq(webhookDeliveries.tenantId, tenantId),
    filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
    filter.event_type ? eq(webhookDeliveries.eventType, filter.event_type) : undefined,
  );

export const listAttempts = (db: Db, tenantId: string, deliveryId: string) =>
  db
    .select()
    .from(webhookAttempts)
    .where(and(eq(webhookAttempts.tenantId, tenantId), eq(webhookAttempts.deliveryId, deliveryId)))
    .orderBy(asc(webhookAttempts.attempt), asc(webhookAttempts.id));

export type AttemptRecord = {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** What the delivery becomes: done, given up, or waiting for `nextRetryAt`. */
  status: DeliveryRow["status"];
  nextRetryAt: string | null;
};

/**
 * The attempts a delivery's log keeps: the latest. Redeliveries add a series each, with no end;
 * `attempts` on the delivery counts them all.
 */
export const ATTEMPT_LOG_SIZE = 20;

/**
 * Logs one attempt and moves the delivery on, in one batch, dropping what falls out of the last
 * `ATTEMPT_LOG_SIZE` attempts. A delivery that is no longer pending (a duplicate message raced
 * this one to the finish) keeps its final state; the attempt is logged all the same, since the
 * request was sent.
 */
export async function recordAttempt(db: Db, delivery: DeliveryRow, record: AttemptRecord) {
  const now = nowIso();
  const attempt = delivery.attempts + 1;
  await db.batch([
    db
      .delete(webhookAttempts)
      .where(
        and(
          eq(webhookAttempts.tenantId, delivery.tenantId),
          eq(webhookAttempts.deliveryId, delivery.id),
          lte(webhookAttempts.attempt, attempt - ATTEMPT_LOG_SIZE),
        ),
      ),
    db.insert(webhookAttempts).values({
      id: newId(),
      tenantId: delivery.tenantId,
      deliveryId: delivery.id,
      attempt,
      statusCode: record.statusCode,
      latencyMs: record.latencyMs,
      error: record.error,
      createdAt: now,
    }),
    db
      .update(webhookDeliveries)
      .set({
        status: record.status,
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: record.statusCode,
        lastLatencyMs: record.latencyMs,
        lastError: record.error,
        nextRetryAt: record.nextRetryAt,
        updatedAt: now,
      })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending"))),
  ]);
}

/** Gives up on a pending delivery without sending it (nowhere to send, or the consumer failed). */
export const markDeliveryFailed = (db: Db, id: string, error: string) =>
  db
    .update(webhookDeliveries)
    .set({ status: "failed", lastError: error, nextRetryAt: null, updatedAt: nowIso() })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "pending")));

/** The tenant's deliveries still to be attempted: how many, and the soonest retry among them. */
export const pendingDeliveriesOf = (db: Db, tenantId: string) =>
  db
    .select({ count: count(), nextRetryAt: min(webhookDeliveries.nextRetryAt) })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.status, "pending")))
    .get();

/** Every pending delivery of the tenant marked failed with `error`, while `guard` holds. */
export const failPendingDeliveries = (db: Db, tenantId: string, error: string, guard: SQL) =>
  db
    .update(webhookDeliveries)
    .set({ status: "failed", lastError: error, nextRetryAt: null, updatedAt: nowIso() })
    .where(
      and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.status, "pending"), guard),
    );

/**
 * Puts a finished delivery back to pending, and logs it, in one batch. Returns the row, or
 * undefined when it was already pending (then a message for it is still on its way).
 */
export async function reopenDelivery(db: Db, actor: Actor, delivery: DeliveryRow) {
  const [reopened] = await db.batch([
    db
      .update(webhookDeliveries)
      .set({ status: "pending", nextRetryAt: null, updatedAt: nowIso() })
      .where(and(eq(webhookDeliveries.id, delivery.id), ne(webhookDeliveries.status, "pending")))
      .returning(),
    insertActivityIfChanged(db, actor, {
      tenantId: delivery.tenantId,
      action: "webhook_delivery.redelivered",
      targetType: "webhook_delivery",
      targetId: delivery.id,
      changes: { status: { from: delivery.status, to: "pending" } },
    }),
  ]);
  return reopened[0];
}
