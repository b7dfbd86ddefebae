import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { TENANT_STAGE } from "../../src/deletion/stages";
import { signup } from "../support/api-client";
import { createHarness } from "../support/deletion-harness";
import {
  jobOrReceiptOf,
  putTenantBlobs,
  RECEIPT_TABLE,
  seedTenantRows,
} from "../support/deletion-seed";
import { tenantState } from "../support/tenant-state";

type Harness = ReturnType<typeof createHarness>;

const jobOf = (tenantId: string) => jobOrReceiptOf(tenantId);

/**
 * A delivery and its two attempts, as the webhook consumer leaves them once it gives up (a
 * pending one would rightly hold the farewell for its window, which this harness does not wait).
 */
function writeDelivery(tenantId: string) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const attempt = (n: number) =>
    env.CELL_US_1.prepare(
      "INSERT INTO webhook_attempts (id, tenant_id, delivery_id, attempt, status_code, latency_ms, error, created_at) VALUES (?, ?, ?, ?, 500, 12, NULL, ?)",
    ).bind(crypto.randomUUID(), tenantId, id, n, now);
  return env.CELL_US_1.batch([
    env.CELL_US_1.prepare(
      "INSERT INTO webhook_deliveries (id, tenant_id, event_type, payload, status, attempts, last_status_code, created_at, updated_at) VALUES (?, ?, 'tenant.updated', '{}', 'failed', 2, 500, ?, ?)",
    ).bind(id, tenantId, now, now),
    attempt(1),
    attempt(2),
  ]);
}

/** Delivers the job's messages one at a time until its next step is the final one. */
async function runUntilFinalStep(harness: Harness, tenantId: string) {
  for (;;) {
    const job = await jobOf(tenantId);
    if (job?.stage === TENANT_STAGE && harness.queue.length === 1) return;
    const next = harness.queue.splice(0, 1);
    expect(next, `the job stalled at ${job?.stage}`).toHaveLength(1);
    expect((await harness.deliver(next)).retried).toEqual([]);
  }
}

/**
 * From now on, the harness's D1 runs `write` just before the next batch it is sent: a request in
 * flight that writes after the step's last read, before the step's own writes.
 */
function writeBeforeNextBatch(harness: Harness, write: () => Promise<unknown>) {
  const db = harness.env.CELL_US_1;
  let pending = true;
  const late = { written: false };
  harness.env.CELL_US_1 = new Proxy(db, {
    get(target, property) {
      if (property === "batch" && pending) {
        return async (statements: D1PreparedStatement[]) => {
          pending = false;
          await write();
          late.written = true;
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return late;
}

/** Every table with a tenant_id, read from D1: nothing of the tenant's but its receipt. */
async function expectNothingOfTenant(tenantId: string) {
  const { tables, objects } = await tenantState(tenantId, [RECEIPT_TABLE]);
  for (const [table, rows] of Object.entries(tables)) {
    expect(rows, `rows of the tenant left in ${table}`).toEqual([]);
  }
  expect(objects).toEqual([]);
}

async function doomedTenant() {
  const owner = await signup();
  await seedTenantRows(owner.tenantId, 2);
  await putTenantBlobs(owner.tenantId, 2);
  const harness = createHarness();
  await harness.startDeletion(owner.tenantId);
  await runUntilFinalStep(harness, owner.tenantId);
  return { tenantId: owner.tenantId, harness };
}

describe("webhook deliveries written after the delivery log was deleted", () => {
  it("before the final step: the cascade goes round again and leaves none", async () => {
    const { tenantId, harness } = await doomedTenant();
    await writeDelivery(tenantId);

    await harness.drain();

    await expectNothingOfTenant(tenantId);
    expect(await jobOf(tenantId)).toMatchObject({ status: "completed", lastError: null });
  });

  it("during the final step, after its last look: that same step deletes them", async () => {
    const { tenantId, harness } = await doomedTenant();
    const late = writeBeforeNextBatch(harness, () => writeDelivery(tenantId));

    const { retried } = await harness.deliver(harness.queue.splice(0));
    expect(late.written).toBe(true);
    expect(retried).toEqual([]);
    // The cell is done with in that step; the receipt in the control plane is the last.
    expect(await jobOf(tenantId)).toMatchObject({ stage: "receipt", lastError: null });
    expect(harness.queue).toHaveLength(1);
    await harness.drain();

    expect(await jobOf(tenantId)).toMatchObject({
      status: "completed",
      stage: "done",
      lastError: null,
    });
    await expectNothingOfTenant(tenantId);
  });
});
