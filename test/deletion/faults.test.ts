import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { createDb } from "../../src/db/client";
import { DELETION_MAX_RETRIES } from "../../src/deletion/kind";
import {
  BLOBS_STAGE,
  deletionStages,
  FAREWELL_STAGE,
  RECEIPT_STAGE,
  TENANT_STAGE,
} from "../../src/deletion/stages";
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

const _db = createDb(env.CELL_US_1);
const jobOf = (tenantId: string) => jobOrReceiptOf(tenantId);

async function tenantWithData() {
  const owner = await signup();
  await seedTenantRows(owner.tenantId, 2);
  await putTenantBlobs(owner.tenantId, 4);
  return owner;
}

/** Starts the deletion in `harness`; what the finished job should count. */
async function start(harness: ReturnType<typeof createHarness>, tenantId: string) {
  await harness.startDeletion(tenantId);
  return countsOf(await snapshotTenant(tenantId));
}

async function expectCompleted(tenantId: string, counts: Record<string, number>) {
  expectNothingLeft(await snapshotTenant(tenantId));
  expect(await jobOf(tenantId)).toMatchObject({
    status: "completed",
    counts,
    attempts: 0,
    lastError: null,
  });
}

/** The first write of a step of `stage`, which a fault makes fail. */
function firstWriteOf(stage: string) {
  if (stage === BLOBS_STAGE) return /^r2: delete$/;
  // With nothing pending, the farewell gives up what is still pending and moves on, in one step.
  if (stage === FAREWELL_STAGE) return /^d1: update "webhook_deliveries"/;
  if (stage === TENANT_STAGE) return /^d1: delete from "blob_uploads"/;
  if (stage === RECEIPT_STAGE) return /^d1: insert into "deletion_receipts"/;
  return new RegExp(`^d1: delete from "${stage}"`);
}

async function runSweep(harness: ReturnType<typeof createHarness>) {
  await runCellSweeps(harness.env, US_CELL, MAINTENANCE_CRON, new Date());
}

const makeStale = (tenantId: string) =>
  env.CELL_US_1.prepare("UPDATE deletion_jobs SET updated_at = ? WHERE tenant_id = ?")
    .bind(new Date(Date.now() - 20 * 60_000).toISOString(), tenantId)
    .run();

describe("deletion under faults", () => {
  // Failed steps are logged; here they are expected, and kept out of the test output.
  let errorLog: MockInstance<typeof console.error>;
  beforeEach(() => {
    errorLog = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => errorLog.mockRestore());

  it.each(deletionStages())(
    "a step of %s that fails once is retried: same end state",
    async (stage) => {
      const owner = await tenantWithData();
      const harness = createHarness();
      const fault = failOn(firstWriteOf(stage));
      harness.faults.push(fault);
      const counts = await start(harness, owner.tenantId);
      await harness.drain();
      expect(fault.fired).toBe(1);
      await expectCompleted(owner.tenantId, counts);
    },
  );

  it("duplicate messages and whole batches delivered again: same end state, counted once", async () => {
    const owner = await tenantWithData();
    const harness = createHarness();
    const counts = await start(harness, owner.tenantId);
    let steps = 0;
    while (harness.queue.length > 0) {
      // One job is one chain: a duplicate never forks it.
      expect(harness.queue.length).toBe(1);
      const batch = harness.queue.splice(0);
      const duplicated = [...batch, ...batch];
      expect((await harness.deliver(duplicated)).retried).toEqual([]);
      const next = harness.queue.splice(0);
      // The same batch again, as when an invocation's acknowledgements are lost.
      expect((await harness.deliver(duplicated)).retried).toEqual([]);
      expect(harness.queue).toEqual([]);
      harness.queue.push(...next);
      steps++;
    }
    expect(steps).toBeGreaterThan(deletionStages().length - 1);
    await expectCompleted(owner.tenantId, counts);
  });

  it("a blob step failing after its delete ends the same; its objects are counted exactly once", async () => {
    const owner = await tenantWithData();
    const harness = createHarness();
    const fault = failOn(/^d1: update "deletion_jobs"/);
    harness.faults.push(fault);
    const counts = await start(harness, owner.tenantId);
    await harness.drain();
    expect(fault.fired).toBe(1);
    expectNothingLeft(await snapshotTenant(owner.tenantId));
    const job = await jobOf(owner.tenantId);
    expect(job?.status).toBe("completed");
    expect(job?.counts).toEqual(counts);
  });

  it("a step that always fails ends failed with its error; resumed without the fault, it completes", async () => {
    const owner = await tenantWithData();
    const admin = await createPlatformAdmin();
    const harness = createHarness();
    harness.faults.push(failOn(/^d1: delete from "agents"/, { always: true }));
    const counts = await start(harness, owner.tenantId);
    await harness.drain();

    const failed = await jobOf(owner.tenantId);
    expect(failed).toMatchObject({
      status: "failed",
      stage: "agents",
      attempts: DELETION_MAX_RETRIES + 1,
      lastError: expect.stringContaining("injected fault"),
    });
    expect(harness.deadLetters).toEqual([
      { job_id: failed?.id, tenant_id: owner.tenantId, cell: US_CELL, step: failed?.step },
    ]);
    const logged = errorLog.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(logged.at(-1)).toMatchObject({
      job_id: failed?.id,
      attempts: DELETION_MAX_RETRIES + 1,
      final: true,
    });
    // The dead-letter consumer and the sweep leave a failed job to an operator.
    await harness.deliver(
      harness.deadLetters.map((body) => ({ body, attempts: 1 })),
      "tenant-deletions-dlq",
    );
    await makeStale(owner.tenantId);
    await runSweep(harness);
    expect(harness.queue).toEqual([]);
    expect(await jobOf(owner.tenantId)).toMatchObject({ status: "failed", step: failed?.step });

    const path = tenantPath(owner.tenantId, "/deletion");
    const forbidden = await callJson(`${path}/resume`, { method: "POST", token: owner.token });
    expect(forbidden.status).toBe(403);
    // Resumed through the API: the Worker's own queue consumer runs the rest, fault-free.
    const resumed = await callJson(`${path}/resume`, { method: "POST", token: admin.token });
    expect(resumed.status).toBe(202);
    expect(resumed.body).toMatchObject({ status: "running", attempts: 0 });
    await vi.waitFor(
      async () =>
        expect((await callJson(path, { token: admin.token })).body.status).toBe("completed"),
      { timeout: 10_000, interval: 100 },
    );
    await expectCompleted(owner.tenantId, counts);
    const again = await callJson(`${path}/resume`, { method: "POST", token: admin.token });
    expect(again).toMatchObject({ status: 409, body: { code: "deletion_completed" } });
  });

  it("a step that crashed through its retries is marked failed by the dead-letter consumer", async () => {
    const owner = await tenantWithData();
    const harness = createHarness();
    const job = await harness.startDeletion(owner.tenantId);
    const stale = { job_id: job.id, tenant_id: owner.tenantId, cell: US_CELL, step: job.step + 7 };
    await harness.deliver([{ body: stale, attempts: 1 }], "tenant-deletions-dlq");
    expect((await jobOf(owner.tenantId))?.status).toBe("pending");

    await harness.deliver(
      [
        {
          body: { job_id: job.id, tenant_id: owner.tenantId, cell: US_CELL, step: job.step },
          attempts: 1,
        },
      ],
      "tenant-deletions-dlq",
    );
    expect(await jobOf(owner.tenantId)).toMatchObject({
      status: "failed",
      lastError: "step 0 ran out of retries",
    });
  });

  it("a lost next-step message is sent again by the sweep once the job has stalled", async () => {
    const owner = await tenantWithData();
    const harness = createHarness();
    const fault = failOn(/^queue: send$/);
    harness.faults.push(fault);
    const counts = await start(harness, owner.tenantId);
    await harness.drain();
    expect(fault.fired).toBe(1);
    const stalled = await jobOf(owner.tenantId);
    expect(stalled).toMatchObject({ status: "running", step: 1, lastError: null });

    await runSweep(harness);
    expect(harness.queue).toEqual([]);
    await makeStale(owner.tenantId);
    await runSweep(harness);
    expect(harness.queue.map((message) => message.body)).toEqual([
      { job_id: stalled?.id, tenant_id: owner.tenantId, cell: US_CELL, step: 1 },
    ]);
    await harness.drain();
    await expectCompleted(owner.tenantId, counts);
  });

  it("stale, finished and malformed messages are acknowledged and do nothing", async () => {
    const owner = await tenantWithData();
    const harness = createHarness();
    const job = await harness.startDeletion(owner.tenantId);
    await harness.drain();
    for (const body of [
      { job_id: job.id, tenant_id: owner.tenantId, cell: US_CELL, step: 0 },
      { job_id: job.id, tenant_id: owner.tenantId, cell: US_CELL, step: 999 },
      { job_id: "no-such-job", tenant_id: owner.tenantId, cell: US_CELL, step: 0 },
      { not: "a step" },
    ]) {
      const { retried, usage } = await harness.deliver([{ body: body as never, attempts: 1 }]);
      expect(retried).toEqual([]);
      expect(usage.queries).toBeLessThanOrEqual(1);
      expect(usage.listCalls + usage.deleteCalls).toBe(0);
    }
    expect(harness.queue).toEqual([]);
    expect((await jobOf(owner.tenantId))?.status).toBe("completed");
  });
});
