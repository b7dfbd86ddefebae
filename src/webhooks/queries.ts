import { and, asc, count, eq, gt, isNull, lt, lte, min, ne, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { compiledOnce } from "../db/compiled";
import { insertIf } from "../db/insert-if";
import { tenants, webhookAttempts, webhookDeliveries, webhookEndpoints } from "../db/schema";
import { newId, nowIso } from "../lib/ids";
import { newestFirst } from "../lib/pagination";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
/**
 * One event's delivery, as prepared in the Worker: `id` is the event's, and the delivery to the
 * tenant's own webhook_url (the primary endpoint) when `primary` is not false; each other endpoint
 * that takes the event gets a delivery of its own, `{id}.{endpoint_id}` (`fanOutDeliveries`).
 */
export type NewDelivery = Pick<DeliveryRow, "id" | "tenantId" | "eventType" | "payload"> &
  Partial<Pick<DeliveryRow, "sealedDataEnc">> & { primary?: boolean };
export type AttemptRow = typeof webhookAttempts.$inferSelect;

/** A delivery's state when written at `at`: pending, never attempted. */
const pendingAt = <T extends SQL | string>(at: T) => ({
  status: "pending" as const,
  attempts: 0,
  createdAt: at,
  updatedAt: at,
  lastStatusCode: null,
  lastLatencyMs: null,
  lastError: null,
  nextRetryAt: null,
});

const pendingRow = (delivery: NewDelivery) => {
  const { primary: _primary, ...row } = delivery;
  return { ...row, ...pendingAt(nowIso()) };
};

/** The id the tenant's own webhook_url goes by among its webhook endpoints. */
export const PRIMARY_ENDPOINT_ID = "primary";

/** The event id a delivery belongs to: its own id for the primary endpoint's, else its prefix. */
export const eventIdOf = (deliveryId: string) => deliveryId.split(".")[0] ?? deliveryId;

/** The delivery row, written only if `condition` holds when it runs (a rate, say). */
export const insertDeliveryIf = (db: Db, delivery: NewDelivery, condition: SQL) =>
  insertIf(db, webhookDeliveries, pendingRow(delivery), condition);

const ofEndpoint = (column: SQLiteColumn) => sql`e.${sql.identifier(column.name)}`;
const ofTenant = (column: SQLiteColumn) => sql`${tenants}.${sql.identifier(column.name)}`;

/**
 * `prepareEvent`'s rule for the primary endpoint, read off the tenant's row by the statement
 * itself: a webhook_url, and the type among its webhook_events.
 */
export const primaryTakes = (tenantId: SQL | string, eventType: string) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${ofTenant(tenants.id)} = ${tenantId}
    AND ${ofTenant(tenants.webhookUrl)} <> ''
    AND EXISTS (SELECT 1 FROM json_each(${ofTenant(tenants.webhookEvents)})
      WHERE value = ${eventType}))`;

/**
 * The recipients of one event of the tenant, as rows `r(endpoint_id)`: the primary endpoint
 * (NULL) when `primary` holds, then every enabled endpoint of the tenant that takes the event
 * type. Every statement writing an event's deliveries reads them here, so each event reaches the
 * same endpoints whoever writes it.
 */
export const recipients = (tenantId: SQL | string, eventType: string, primary: SQL) => sql`(
  SELECT NULL AS endpoint_id WHERE ${primary}
  UNION ALL
  SELECT ${ofEndpoint(webhookEndpoints.id)} FROM ${webhookEndpoints} AS e
    WHERE ${ofEndpoint(webhookEndpoints.tenantId)} = ${tenantId}
      AND ${ofEndpoint(webhookEndpoints.enabled)} = 1
      AND (${ofEndpoint(webhookEndpoints.events)} IS NULL OR EXISTS (
        SELECT 1 FROM json_each(${ofEndpoint(webhookEndpoints.events)})
        WHERE value = ${eventType}))
) AS r`;

/** The recipient's endpoint, from `recipients`' row: null for the primary. */
export const recipientEndpoint = sql`r.endpoint_id`;

/** A recipient's delivery id: the event's own for the primary, `{event}.{endpoint}` for the others. */
export const recipientDeliveryId = (eventId: SQL | string) =>
  sql`${eventId} || coalesce('.' || ${recipientEndpoint}, '')`;

/**
 * What a fan-out writes of its event, each given as a value or as SQL (a compiled statement's
 * placeholder): the event's id, its tenant, its type, when, and the data sealed for the primary
 * endpoint.
 */
type FannedOutEvent = {
  id: SQL | string;
  tenantId: SQL | string;
  eventType: string;
  at: SQL | string;
  sealedDataEnc: string | null;
};

/**
 * One statement writing the event's deliveries, one per recipient (`recipients`), only while
 * `guard` holds: no row, one, or several. Sealed data (an invitation token) goes to the primary
 * endpoint only: the other endpoints' deliveries carry it as "[redacted]". `changes()` after it
 * counts them, so a statement guarded by the chain must not follow it.
 */
function fanOutDeliveries(db: Db, event: FannedOutEvent, guard: SQL, payload: SQL, primary: SQL) {
  return insertIf(
    db,
    webhookDeliveries,
    {
      id: recipientDeliveryId(event.id),
      tenantId: event.tenantId,
      endpointId: recipientEndpoint,
      eventType: event.eventType,
      payload,
      sealedDataEnc: sql`CASE WHEN ${recipientEndpoint} IS NULL THEN ${event.sealedDataEnc} END`,
      ...pendingAt(event.at),
    },
    guard,
    recipients(event.tenantId, event.eventType, primary),
  );
}

/** A delivery prepared in the Worker, as the event its fan-out writes, made now. */
const eventOf = (delivery: NewDelivery): FannedOutEvent => ({
  id: delivery.id,
  tenantId: delivery.tenantId,
  eventType: delivery.eventType,
  at: nowIso(),
  sealedDataEnc: delivery.sealedDataEnc ?? null,
});

/**
 * The event's deliveries (`fanOutDeliveries`), written only when the statement just before it in
 * the batch changed a row (a guarded update, or an `…IfChanged` insert that itself followed one),
 * so a change that lost a race reports nothing; or while `guard` holds, when given. A `payload`
 * given as SQL is computed by the statement itself. Last in its chain: it writes as many rows as
 * the event has recipients.
 */
export const insertDeliveryIfChanged = (
  db: Db,
  delivery: NewDelivery,
  payload?: SQL,
  guard: SQL = sql`changes() = 1`,
) =>
  fanOutDeliveries(
    db,
    eventOf(delivery),
    guard,
    payload ?? sql`${delivery.payload}`,
    delivery.primary === false ? sql`0` : sql`1`,
  );

/**
 * A delivery its tenant's row decides on in SQL (`prepareRowDecidedEvent`): `payload` as the
 * tenant receives it, `hipaaPayload` as it does with `hipaa_enabled`.
 */
export type RowDecidedDelivery = NewDelivery & { hipaaPayload: string };

/**
 * The event's deliveries, written only when `guard` holds, as the tenant's row, read by the
 * statement, decides: the primary endpoint by `prepareEvent`'s rule (a webhook_url, and the type
 * among its webhook_events), the other endpoints by theirs, with the payload for its settings:
 * `hipaaPayload` with `hipaa_enabled`. For a write that reads no tenant row before its batch.
 * Returns the ids of what it wrote.
 */
export const insertDeliveryIfReceived = (
  db: Db,
  delivery: RowDecidedDelivery,
  guard: SQL = sql`changes() = 1`,
) => rowDecidedDeliveries(db, eventOf(delivery), delivery, guard);

/** `insertDeliveryIfReceived`'s statement, its payloads given as values or as SQL. */
function rowDecidedDeliveries(
  db: Db,
  event: FannedOutEvent,
  payloads: { payload: SQL | string; hipaaPayload: SQL | string },
  guard: SQL,
) {
  const tenantRow = sql`FROM ${tenants} WHERE ${ofTenant(tenants.id)} = ${event.tenantId}`;
  const payload = sql`CASE WHEN (SELECT ${ofTenant(tenants.hipaaEnabled)} ${tenantRow})
    THEN ${payloads.hipaaPayload} ELSE ${payloads.payload} END`;
  const primary = primaryTakes(event.tenantId, event.eventType);
  return fanOutDeliveries(db, event, guard, payload, primary).returning({
    id: webhookDeliveries.id,
  });
}

type RowDecidedValues = {
  id: string;
  tenantId: string;
  at: string;
  payload: string;
  hipaaPayload: string;
};

/**
 * `insertDeliveryIfReceived` of `eventType` events after `guard`, compiled once per isolate: the
 * API's busiest write (call start) binds its delivery's values instead of building the statement
 * on each request. For events with no sealed data.
 */
export function compiledDeliveryIfReceived(eventType: string, guard: SQL) {
  const bound = (name: keyof RowDecidedValues) => sql`${sql.placeholder(name)}`;
  const statement = compiledOnce<RowDecidedValues>((db) =>
    rowDecidedDeliveries(
      db,
      {
        id: bound("id"),
        tenantId: bound("tenantId"),
        eventType,
        at: bound("at"),
        sealedDataEnc: null,
      },
      { payload: bound("payload"), hipaaPayload: bound("hipaaPayload") },
      guard,
    ),
  );
  return (db: Db, delivery: RowDecidedDelivery) => {
    if (delivery.eventType !== eventType || delivery.sealedDataEnc != null) {
      throw new Error(`a ${eventType} statement cannot write this ${delivery.eventType} delivery`);
    }
    const { id, tenantId, payload, hipaaPayload } = delivery;
    return statement(db, { id, tenantId, at: nowIso(), payload, hipaaPayload });
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

/**
 * The deliveries of the event `eventId` to the tenant's other endpoints (`{eventId}.{endpoint}`,
 * one primary-key range) not yet attempted: the event's message sends each on as its own.
 */
export const unsentEndpointDeliveries = (db: Db, eventId: string) =>
  db
    .select({ id: webhookDeliveries.id, tenantId: webhookDeliveries.tenantId })
    .from(webhookDeliveries)
    .where(
      and(
        gt(webhookDeliveries.id, `${eventId}.`),
        lt(webhookDeliveries.id, `${eventId}/`),
        eq(webhookDeliveries.status, "pending"),
        eq(webhookDeliveries.attempts, 0),
      ),
    );

export type DeliveryFilter = {
  limit: number;
  cursor?: string | undefined;
  status?: DeliveryRow["status"] | undefined;
  event_type?: string | undefined;
  /** `primary`: the tenant's own webhook_url. */
  endpoint_id?: string | undefined;
};

export const listDeliveries = (db: Db, tenantId: string, filter: DeliveryFilter) =>
  newestFirst(
    db.select().from(webhookDeliveries).$dynamic(),
    webhookDeliveries.id,
    filter,
    eq(webhookDeliveries.tenantId, tenantId),
    filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
    filter.event_type ? eq(webhookDeliveries.eventType, filter.event_type) : undefined,
    filter.endpoint_id === PRIMARY_ENDPOINT_ID
      ? isNull(webhookDeliveries.endpointId)
      : filter.endpoint_id
        ? eq(webhookDeliveries.endpointId, filter.endpoint_id)
        : undefined,
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
