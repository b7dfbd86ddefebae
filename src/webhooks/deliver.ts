import { cellDatabase, cellsOf } from "../cells/config";
import { directoryCell } from "../cells/routing";
import { createDb, type Db } from "../db/client";
import type { TenantRow, WebhookEndpointRow } from "../db/schema";
import type { Bindings } from "../env";
import { decryptSecret } from "../lib/secrets";
import { findTenant } from "../tenants/queries";
import { recordEndpointOutcome } from "../webhook-endpoints/health";
import { findEndpoint } from "../webhook-endpoints/queries";
import { endpointSigningSecrets } from "../webhook-endpoints/secrets";
import {
  type DeliveryRow,
  eventIdOf,
  findDelivery,
  markDeliveryFailed,
  recordAttempt,
  unsentEndpointDeliveries,
} from "./queries";
import {
  isRetryable,
  parseRetryAfter,
  retryDelaySeconds,
  WEBHOOK_TIMEOUT_MS,
} from "./retry-policy";
import { signedHeaders } from "./signature";
import { signingSecrets } from "./tenant-secrets";
import { webhookUrlProblem } from "./url";

/** A delivery to attempt: its id, and its tenant's, which names the cell. */
export type DeliveryRef = { deliveryId: string; tenantId: string | undefined };

/** How long a delivery waits while its tenant moves: its rows are being copied. */
const MOVING_RETRY_SECONDS = 30;

/**
 * The statuses a tenant's deliveries are attempted in: settled, its deletion waiting or running
 * (the tenant's last events are sent); not while its rows are being copied to another cell.
 */
const DELIVERED_IN: readonly TenantRow["status"][] = [
  "active",
  "inactive",
  "deletion_scheduled",
  "deleting",
];

/** What the caller does with the message: nothing more, or try again after a delay. */
export type DeliveryOutcome = { retryInSeconds: number | null };
const DONE: DeliveryOutcome = { retryInSeconds: null };

type Target = { url: string; secrets: string[] } | { problem: string };

/** The URL's problem, or the target: checked again at every attempt, as rules can tighten. */
const targetAt = (env: Bindings, url: string, secrets: string[]): Target => {
  // The environment can differ from the one that accepted the URL.
  const problem = webhookUrlProblem(url, env.ENVIRONMENT);
  return problem ? { problem } : { url, secrets };
};

/** Where and with what to sign, read fresh at every attempt: settings may change between retries. */
async function targetOf(env: Bindings, tenant: TenantRow | undefined): Promise<Target> {
  if (!tenant?.webhookUrl) return { problem: "the tenant has no webhook_url" };
  const secrets = await signingSecrets(env.ENCRYPTION_KEYS, tenant);
  if (secrets.length === 0) return { problem: "the tenant has no webhook secret" };
  return targetAt(env, tenant.webhookUrl, secrets);
}

/** The same for a delivery to one of the tenant's other endpoints. */
async function endpointTargetOf(
  env: Bindings,
  endpoint: WebhookEndpointRow | undefined,
): Promise<Target> {
  if (!endpoint) return { problem: "the webhook endpoint was deleted" };
  if (!endpoint.enabled) return { problem: "the webhook endpoint is disabled" };
  const secrets = await endpointSigningSecrets(env.ENCRYPTION_KEYS, endpoint);
  return targetAt(env, endpoint.url, secrets);
}

type PostResult = {
  statusCode: number | null;
  latencyMs: number;
  /** Null when the receiver answered 2xx. */
  error: string | null;
  retryAfterSeconds: number | null;
};

function errorOf(status: number): string | null {
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) return `redirect not followed (HTTP ${status})`;
  return `HTTP ${status}`;
}

async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<PostResult> {
  const started = Date.now();
  try {
    // Redirects are not followed: a public URL must not bounce the request to an internal one.
    const res = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel();
    return {
      statusCode: res.status,
      latencyMs: Date.now() - started,
      error: errorOf(res.status),
      retryAfterSeconds: parseRetryAfter(res.headers.get("Retry-After")),
    };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      statusCode: null,
      latencyMs: Date.now() - started,
      error: timedOut
        ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`
        : `network error: ${error instanceof Error ? error.message : String(error)}`,
      retryAfterSeconds: null,
    };
  }
}

/** Where a delivery's sealed fields are bound: its tenant, table, row and field. */
export const sealedDataContext = (delivery: { id: string; tenantId: string }) => ({
  tenantId: delivery.tenantId,
  table: "webhook_deliveries",
  rowId: delivery.id,
  field: "sealed_data",
});

/** The payload to send: the stored one, with the sealed fields of its `data` opened into it. */
async function withSealedData(keys: string, delivery: DeliveryRow): Promise<string> {
  if (!delivery.sealedDataEnc) return delivery.payload;
  const sealed = JSON.parse(
    await decryptSecret(keys, delivery.sealedDataEnc, sealedDataContext(delivery)),
  ) as Record<string, unknown>;
  const event = JSON.parse(delivery.payload) as { data: Record<string, unknown> };
  return JSON.stringify({ ...event, data: { ...event.data, ...sealed } });
}

/**
 * The database of the delivery's cell: the directory names its tenant's; a message from before
 * messages named their tenant is looked for in every cell. Undefined: the tenant is gone.
 */
export async function deliveryCell(env: Bindings, ref: DeliveryRef): Promise<Db | undefined> {
  if (ref.tenantId) {
    const cell = await directoryCell(env, createDb(env.DB), ref.tenantId);
    return cell && createDb(cellDatabase(env, cell));
  }
  for (const cell of cellsOf(env)) {
    const db = createDb(cellDatabase(env, cell));
    if (await findDelivery(db, ref.deliveryId)) return db;
  }
  return undefined;
}

/**
 * An event's message is also its other endpoints' (`insertDeliveryIfChanged` writes one delivery
 * per endpoint, `{event}.{endpoint}`): each not yet attempted is sent on as a message of its own,
 * so each has its own series of attempts and retries.
 */
async function forwardToEndpoints(env: Bindings, db: Db, ref: DeliveryRef): Promise<void> {
  const unsent = await unsentEndpointDeliveries(db, ref.deliveryId);
  if (unsent.length === 0) return;
  await env.WEBHOOK_DELIVERIES.sendBatch(
    unsent.map(({ id, tenantId }) => ({ body: { delivery_id: id, tenant_id: tenantId } })),
  );
}

/**
 * One attempt at a delivery: load it, sign, POST, record the attempt. `attempt` is its place in
 * the current series (the queue message's attempt count) and `last` says no retry may follow.
 * Safe to repeat: a delivery that is no longer pending is left alone, so a duplicate message
 * sends nothing.
 */
export async function attemptDelivery(
  env: Bindings,
  ref: DeliveryRef,
  series: { attempt: number; last: boolean },
): Promise<DeliveryOutcome> {
  const db = await deliveryCell(env, ref);
  if (!db) return DONE;
  if (ref.deliveryId === eventIdOf(ref.deliveryId)) await forwardToEndpoints(env, db, ref);
  const delivery = await findDelivery(db, ref.deliveryId);
  if (delivery?.status !== "pending") return DONE;
  const tenant = await findTenant(db, delivery.tenantId);
  // Its rows are being copied to another cell: nothing is written until they are there.
  if (tenant && !DELIVERED_IN.includes(tenant.status)) {
    return { retryInSeconds: MOVING_RETRY_SECONDS };
  }
  const endpoint = delivery.endpointId
    ? await findEndpoint(db, delivery.tenantId, delivery.endpointId)
    : undefined;
  const target = delivery.endpointId
    ? await endpointTargetOf(env, endpoint)
    : await targetOf(env, tenant);
  if ("problem" in target) {
    await markDeliveryFailed(db, delivery.id, target.problem);
    return DONE;
  }
  const payload = await withSealedData(env.ENCRYPTION_KEYS, delivery);
  const headers = await signedHeaders(target.secrets, delivery.id, payload);
  const { retryAfterSeconds, ...result } = await post(target.url, headers, payload);
  const succeeded = result.error === null;
  const retryInSeconds =
    !succeeded && !series.last && isRetryable(result.statusCode)
      ? retryDelaySeconds(series.attempt, retryAfterSeconds)
      : null;
  await recordAttempt(db, delivery, {
    ...result,
    status: succeeded ? "succeeded" : retryInSeconds === null ? "failed" : "pending",
    nextRetryAt:
      retryInSeconds === null ? null : new Date(Date.now() + retryInSeconds * 1000).toISOString(),
  });
  // Only an endpoint's own tenant, settled, changes it (a deleting tenant's rows are fenced).
  if (endpoint && tenant && ["active", "inactive"].includes(tenant.status)) {
    await recordEndpointOutcome(db, env.WEBHOOK_DELIVERIES, tenant, endpoint, succeeded);
  }
  return { retryInSeconds };
}
