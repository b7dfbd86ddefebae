import { and, eq, isNotNull, isNull, lte, type SQL, sql } from "drizzle-orm";
import { type ActivityEntry, type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { insertIf } from "../db/insert-if";
import { tenants, type WebhookEndpointRow, webhookEndpoints } from "../db/schema";
import { newestFirst } from "../lib/pagination";
import { insertDeliveryIfChanged, type NewDelivery } from "../webhooks/queries";

export type NewEndpoint = typeof webhookEndpoints.$inferInsert & { id: string; tenantId: string };
export type EndpointPatch = Partial<
  Pick<
    WebhookEndpointRow,
    | "url"
    | "events"
    | "description"
    | "enabled"
    | "secretEnc"
    | "previousSecretEnc"
    | "previousSecretExpiresAt"
    | "failingSince"
    | "disabledReason"
    | "updatedAt"
  >
>;
type Entry = Omit<ActivityEntry, "tenantId" | "targetType" | "targetId">;

const owned = (tenantId: string, id: string) =>
  and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id));

/**
 * The tenant's count of enabled endpoints recomputed (not added to), in the batch of every change
 * to them, so it cannot drift whatever races: the emit path reads it (src/webhooks/emit.ts).
 */
const recountEnabled = (db: Db, tenantId: string) =>
  db
    .update(tenants)
    .set({
      webhookEndpointsEnabled: sql`(SELECT count(*) FROM ${webhookEndpoints}
        WHERE ${webhookEndpoints.tenantId} = ${tenantId} AND ${webhookEndpoints.enabled} = 1)`,
    })
    .where(eq(tenants.id, tenantId));

const entryFor = (endpoint: { id: string; tenantId: string }, entry: Entry): ActivityEntry => ({
  ...entry,
  tenantId: endpoint.tenantId,
  targetType: "webhook_endpoint",
  targetId: endpoint.id,
});

export const listEndpoints = (
  db: Db,
  tenantId: string,
  page: { limit: number; cursor?: string | undefined },
) =>
  newestFirst(
    db.select().from(webhookEndpoints).$dynamic(),
    webhookEndpoints.id,
    page,
    eq(webhookEndpoints.tenantId, tenantId),
  );

export const findEndpoint = (db: Db, tenantId: string, id: string) =>
  db.select().from(webhookEndpoints).where(owned(tenantId, id)).get();

/**
 * The endpoint, if `guard` (the plan's room) holds when the insert runs, its entry and the
 * recount, in one batch. Undefined when the guard refused it; then nothing is written.
 */
export async function insertEndpoint(
  db: Db,
  actor: Actor,
  row: NewEndpoint,
  guard: SQL,
  entry: Entry,
): Promise<WebhookEndpointRow | undefined> {
  const [inserted] = await db.batch([
    insertIf(db, webhookEndpoints, row, guard).returning(),
    insertActivityIfChanged(db, actor, entryFor(row, entry)),
    recountEnabled(db, row.tenantId),
  ]);
  return inserted[0];
}

/**
 * Changes the endpoint, if it is still as `expected` says (its `updatedAt`), logs it, recounts,
 * and writes `delivery` (an event the change sends) after the entry, in one batch. Undefined
 * when the endpoint is gone or changed meanwhile.
 */
export async function updateEndpoint(
  db: Db,
  actor: Actor,
  expected: Pick<WebhookEndpointRow, "id" | "tenantId" | "updatedAt">,
  patch: EndpointPatch,
  entry: Entry,
  options: { guard?: SQL; delivery?: NewDelivery | null } = {},
): Promise<WebhookEndpointRow | undefined> {
  const [updated] = await db.batch([
    db
      .update(webhookEndpoints)
      .set(patch)
      .where(
        and(
          owned(expected.tenantId, expected.id),
          eq(webhookEndpoints.updatedAt, expected.updatedAt),
          options.guard,
        ),
      )
      .returning(),
    insertActivityIfChanged(db, actor, entryFor(expected, entry)),
    ...(options.delivery ? [insertDeliveryIfChanged(db, options.delivery)] : []),
    recountEnabled(db, expected.tenantId),
  ]);
  return updated[0];
}

/** Deletes the endpoint, logs it and recounts, in one batch; false when it was already gone. */
export async function deleteEndpoint(
  db: Db,
  actor: Actor,
  endpoint: Pick<WebhookEndpointRow, "id" | "tenantId">,
  entry: Entry,
): Promise<boolean> {
  const [deleted] = await db.batch([
    db
      .delete(webhookEndpoints)
      .where(owned(endpoint.tenantId, endpoint.id))
      .returning({ id: webhookEndpoints.id }),
    insertActivityIfChanged(db, actor, entryFor(endpoint, entry)),
    recountEnabled(db, endpoint.tenantId),
  ]);
  return deleted.length > 0;
}

/** An attempt succeeded: the endpoint is not failing (a write only when it was). */
export const markEndpointAnswering = (db: Db, endpoint: WebhookEndpointRow) =>
  db
    .update(webhookEndpoints)
    .set({ failingSince: null })
    .where(and(owned(endpoint.tenantId, endpoint.id), isNotNull(webhookEndpoints.failingSince)));

/** An attempt failed: the endpoint has been failing since now, unless it already was. */
export const markEndpointFailing = (db: Db, endpoint: WebhookEndpointRow, now: string) =>
  db
    .update(webhookEndpoints)
    .set({ failingSince: now })
    .where(and(owned(endpoint.tenantId, endpoint.id), isNull(webhookEndpoints.failingSince)));

/** The guard of a disabling: still enabled, and failing since `cutoff` or before. */
export const failingSinceBefore = (cutoff: string) =>
  and(eq(webhookEndpoints.enabled, true), lte(webhookEndpoints.failingSince, cutoff));
