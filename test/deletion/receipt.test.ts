import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../../src/db/client";
import { FAREWELL_WINDOW_MS } from "../../src/deletion/farewell";
import { FAREWELL_STAGE } from "../../src/deletion/stages";
import { MAINTENANCE_CRON, runCellSweeps } from "../../src/scheduled";
import { callJson, createPlatformAdmin, signup, tenantPath } from "../support/api-client";
import { US_CELL } from "../support/cells";
import { createHarness, failOn } from "../support/deletion-harness";
import {
  countsOf,
  expectNothingLeft,
  jobOrReceiptOf,
  putTenantBlobs,
  seedTenantRows,
  snapshotTenant,
} from "../support/deletion-seed";
import { webhookTenant } from "../support/webhooks";

const _db = createDb(env.CELL_US_1);
const jobOf = (tenantId: string) => jobOrReceiptOf(tenantId);

afterEach(() => vi.restoreAllMocks());

describe("the deletion receipt", () => {
  it("counts objects deleted by a step that died before recording them, resumed by the sweep", async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 60);
    await putTenantBlobs(owner.tenantId, 40);
    const harness = createHarness();
    // The Worker is killed after the R2 delete, before the step records it.
    const crash = failOn(/^d1: /, { after: /^r2: delete$/ });
    harness.faults.push(crash);
    await harness.startDeletion(owner.tenantId);
    const counts = countsOf(await snapshotTenant(owner.tenantId));
    // The killed invocation's message is lost with it: nothing retries it but the sweep.
    await harness.deliver(harness.queue.splice(0, 1));
    expect(crash.fired).toBe(1);
    expect((await env.BLOBS_US.list({ prefix: `tenants/${owner.tenantId}/` })).objects).toEqual([]);

    await env.CELL_US_1.prepare("UPDATE deletion_jobs SET updated_at = ? WHERE tenant_id = ?")
      .bind(new Date(Date.now() - 60 * 60_000).toISOString(), owner.tenantId)
      .run();
    await runCellSweeps(harness.env, US_CELL, MAINTENANCE_CRON, new Date());
    expect(harness.queue).toHaveLength(1);
    await harness.drain();

    const job = await jobOf(owner.tenantId);
    expect(job?.status).toBe("completed");
    expect(job?.counts).toEqual(counts);
    expect(job?.counts.r2_objects).toBe(40);
    expectNothingLeft(await snapshotTenant(owner.tenantId));
  });

  it("says what the farewell waits for, and until when", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["tenant.deleted"] });
    // Deliveries stay pending: no consumer runs them here.
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
    const harness = createHarness();
    await harness.startDeletion(owner.tenantId);
    for (let i = 0; i < 100; i++) {
      const job = await jobOf(owner.tenantId);
      if (job?.stage === FAREWELL_STAGE && job.farewellAt) break;
      await harness.deliver(harness.queue.splice(0, 1));
    }
    const job = await jobOf(owner.tenantId);
    expect(job?.farewellAt).toBeTruthy();
    const { status, body } = await callJson(tenantPath(owner.tenantId, "/deletion"), {
      token: owner.token,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      stage: FAREWELL_STAGE,
      waiting_for: {
        pending_deliveries: 1,
        uploads_in_flight: 0,
        gives_up_at: new Date(
          Date.parse(job?.farewellAt as string) + FAREWELL_WINDOW_MS,
        ).toISOString(),
      },
    });
    expect(body.waiting_for).toHaveProperty("next_attempt_at");
  });

  it("waits for nothing once completed", async () => {
    const owner = await signup();
    const harness = createHarness();
    await harness.startDeletion(owner.tenantId);
    await harness.drain();
    // Recorded by hand, with no requesting session: platform admins read its receipt.
    const admin = await createPlatformAdmin();
    const { body } = await callJson(tenantPath(owner.tenantId, "/deletion"), {
      token: admin.token,
    });
    expect(body).toMatchObject({ status: "completed", waiting_for: null });
  });
});
