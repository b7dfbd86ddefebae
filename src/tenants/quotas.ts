import { and, eq, gte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { agents, files, tenants, webhookDeliveries, webhookEndpoints } from "../db/schema";
import { ApiError } from "../errors";
import { idFloorAt } from "../lib/ids";
import { type BillingPlan, quotasOf } from "./plans";

/**
 * Quotas are checked inside the statement that would exceed them (a condition of the guarded
 * insert), so parallel requests cannot all slip under the last unit. These are the conditions,
 * and the reads that explain a refusal afterwards.
 */

/** `quota` as the usage answer names it. */
export const quotaExceeded = (quota: string, detail: string) =>
  new ApiError(403, "quota_exceeded", `${detail} (quota: ${quota})`);

const agentCount = (tenantId: string) =>
  sql<number>`(SELECT count(*) FROM ${agents} WHERE ${agents.tenantId} = ${tenantId})`;

/** The agents quota leaves room for one more. */
export const roomForAgent = (tenantId: string, plan: BillingPlan): SQL =>
  sql`${agentCount(tenantId)} < ${quotasOf(plan).agents}`;

const fileUsage = (db: Db, tenantId: string) =>
  db
    .select({
      files: sql<number>`count(*)`,
      bytes: sql<number>`coalesce(sum(${files.size}), 0)`,
    })
    .from(files)
    .where(eq(files.tenantId, tenantId))
    .get();

/** The files and bytes quotas leave room for a file of `size` bytes. */
export const roomForFile = (tenantId: string, plan: BillingPlan, size: number): SQL => {
  const quotas = quotasOf(plan);
  const ofTenant = sql`FROM ${files} WHERE ${files.tenantId} = ${tenantId}`;
  return sql`(SELECT count(*) ${ofTenant}) < ${quotas.files}
    AND (SELECT coalesce(sum(${files.size}), 0) ${ofTenant}) + ${size} <= ${quotas.fileBytes}`;
};

/** The refusal for a file of `size` bytes, or null while it still fits (then it raced a delete). */
export async function fileQuotaRefusal(db: Db, tenantId: string, plan: BillingPlan, size: number) {
  const quotas = quotasOf(plan);
  const usage = (await fileUsage(db, tenantId)) ?? { files: 0, bytes: 0 };
  if (usage.files >= quotas.files) {
    return quotaExceeded("files", `The ${plan} plan keeps at most ${quotas.files} files`);
  }
  if (usage.bytes + size > quotas.fileBytes) {
    return quotaExceeded(
      "file_bytes",
      `The ${plan} plan keeps at most ${quotas.fileBytes} bytes of files; ${usage.bytes} are used`,
    );
  }
  return null;
}

export async function agentQuotaRefusal(db: Db, tenantId: string, plan: BillingPlan) {
  const limit = quotasOf(plan).agents;
  const row = await db.get<{ n: number }>(sql`SELECT ${agentCount(tenantId)} AS n`);
  return (row?.n ?? 0) >= limit
    ? quotaExceeded("agents", `The ${plan} plan keeps at most ${limit} agents`)
    : null;
}

const endpointCount = (tenantId: string) =>
  sql<number>`(SELECT count(*) FROM ${webhookEndpoints} WHERE ${webhookEndpoints.tenantId} = ${tenantId})`;

/** The plan leaves room for one more webhook endpoint (the primary one is not counted). */
export const roomForWebhookEndpoint = (tenantId: string, plan: BillingPlan): SQL =>
  sql`${endpointCount(tenantId)} < ${quotasOf(plan).webhookEndpoints}`;

export async function webhookEndpointRefusal(db: Db, tenantId: string, plan: BillingPlan) {
  const limit = quotasOf(plan).webhookEndpoints;
  const row = await db.get<{ n: number }>(sql`SELECT ${endpointCount(tenantId)} AS n`);
  return (row?.n ?? 0) >= limit
    ? new ApiError(
        403,
        "webhook_endpoint_limit_reached",
        `The ${plan} plan allows ${limit} webhook endpoints besides the webhook_url; delete one or choose a larger plan`,
      )
    : null;
}

const TEST_WINDOW_MS = 60_000;

/**
 * Test webhooks sent in the last minute stay under the plan's rate. Delivery ids are UUIDv7,
 * ordered by time, so the window is a range of the tenant's index.
 */
export function roomForTestWebhook(tenantId: string, plan: BillingPlan, now = Date.now()): SQL {
  const recent = and(
    eq(webhookDeliveries.tenantId, tenantId),
    gte(webhookDeliveries.id, idFloorAt(now - TEST_WINDOW_MS)),
    eq(webhookDeliveries.eventType, "webhook.test"),
  );
  return sql`(SELECT count(*) FROM ${webhookDeliveries} WHERE ${recent}) < ${quotasOf(plan).testWebhooksPerMinute}`;
}

export const testWebhookRateLimited = (plan: BillingPlan) =>
  new ApiError(
    429,
    "rate_limited",
    `The ${plan} plan sends at most ${quotasOf(plan).testWebhooksPerMinute} test webhooks a minute (quota: test_webhooks_per_minute)`,
    { "Retry-After": String(TEST_WINDOW_MS / 1000) },
  );

/** What counts against each quota now, read in one statement: the usage answer's `quotas`. */
export function quotaUsageOf(db: Db, tenantId: string, now = Date.now()) {
  const ofTenant = (table: typeof agents | typeof files) => sql`${table.tenantId} = ${tenantId}`;
  const recentTests = and(
    eq(webhookDeliveries.tenantId, tenantId),
    gte(webhookDeliveries.id, idFloorAt(now - TEST_WINDOW_MS)),
    eq(webhookDeliveries.eventType, "webhook.test"),
  );
  return db
    .select({
      agents: sql<number>`(SELECT count(*) FROM ${agents} WHERE ${ofTenant(agents)})`,
      files: sql<number>`(SELECT count(*) FROM ${files} WHERE ${ofTenant(files)})`,
      fileBytes: sql<number>`(SELECT coalesce(sum(${files.size}), 0) FROM ${files} WHERE ${ofTenant(files)})`,
      testWebhooks: sql<number>`(SELECT count(*) FROM ${webhookDeliveries} WHERE ${recentTests})`,
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
}

export type QuotaUsage = { agents: number; files: number; fileBytes: number; testWebhooks: number };

/** The usage answer's `quotas`: what is used of each, next to the plan's limit. */
export function quotasAnswer(plan: BillingPlan, used: QuotaUsage) {
  const limits = quotasOf(plan);
  return {
    agents: { used: used.agents, limit: limits.agents },
    files: { used: used.files, limit: limits.files },
    file_bytes: { used: used.fileBytes, limit: limits.fileBytes },
    test_webhooks_per_minute: { used: used.testWebhooks, limit: limits.testWebhooksPerMinute },
  };
}
