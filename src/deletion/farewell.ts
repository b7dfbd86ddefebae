import { createDb } from "../db/client";
import type { DeletionJobRow } from "../db/schema";
import type { Bindings } from "../env";
import { findTenant } from "../tenants/queries";
import { deliverNow } from "../webhooks/deliver";
import { prepareEvent } from "../webhooks/emit";
import { insertDelivery } from "../webhooks/queries";

/**
 * `tenant.deleted`, sent once, right before the tenant row and its webhook secret go: a queued
 * delivery could not outlive them. The delivery takes the job's id, so a retried last step finds
 * it already attempted and sends nothing twice.
 */
export async function sendTenantDeleted(env: Bindings, job: DeletionJobRow) {
  const db = createDb(env.DB);
  const tenant = await findTenant(db, job.tenantId);
  const delivery = tenant && prepareEvent(tenant, "tenant.deleted", { deletion_id: job.id });
  if (!delivery) return;
  await insertDelivery(db, { ...delivery, id: job.id }).onConflictDoNothing();
  await deliverNow(env, job.id);
}
