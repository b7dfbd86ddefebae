import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { cellNamed } from "../../src/cells/config";
import { createDb } from "../../src/db/client";
import { runDueDeletions } from "../../src/deletion/due";
import { MAINTENANCE_CRON } from "../../src/scheduled";
import { callJson, type Owner, signup, tenantPath, updateTenant } from "../support/api-client";
import { callWithD1 } from "../support/app-with-d1";
import { US_CELL } from "../support/cells";
import {
  expectNothingLeft,
  putTenantBlobs,
  seedTenantRows,
  snapshotTenant,
} from "../support/deletion-seed";
import { gatedD1 } from "../support/gated-d1";
import { runScheduled } from "../support/scheduled";
import { createEndpoint } from "../support/webhook-endpoints";
import { captureQueuedDeliveries, webhookTenant } from "../support/webhooks";

const HOUR_MS = 60 * 60 * 1000;

/** The maintenance trigger's run at `at`: the clock the scheduled handler is given. */
const sweepAt = (at: number) => runScheduled({ cron: MAINTENANCE_CRON, scheduledTime: at });

async function schedule(owner: Owner, days: number) {
  await updateTenant(owner, { deletion_grace_days: days });
  const { status, body } = await callJson(tenantPath(owner.tenantId), {
    method: "DELETE",
    token: owner.token,
  });
  expect(status).toBe(202);
  return { deletionId: String(body.deletion_id), at: Date.parse(String(body.scheduled_for)) };
}

const statusOf = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT status FROM tenants WHERE id = ?")
      .bind(tenantId)
      .first<{ status: string }>()
  )?.status;

const jobsOf = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT id, scheduled_for FROM deletion_jobs WHERE tenant_id = ?")
      .bind(tenantId)
      .all<{ id: string; scheduled_for: string | null }>()
  ).results;

const deliveriesOf = async (tenantId: string, type: string) =>
  (
    await env.CELL_US_1.prepare(
      "SELECT id, payload FROM webhook_deliveries WHERE tenant_id = ? AND event_type = ?",
    )
      .bind(tenantId, type)
      .all<{ id: string; payload: string }>()
  ).results;

/** The tenant's deliveries of `type`, with their endpoint (null: the primary), by id. */
const endpointDeliveriesOf = async (tenantId: string, type: string) =>
  (
    await env.CELL_US_1.prepare(
      "SELECT id, endpoint_id FROM webhook_deliveries WHERE tenant_id = ? AND event_type = ? ORDER BY id",
    )
      .bind(tenantId, type)
      .all<{ id: string; endpoint_id: string | null }>()
  ).results;

const entriesOf = async (tenantId: string, action: string) =>
  (
    await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ? AND action = ?",
    )
      .bind(tenantId, action)
      .first<{ n: number }>()
  )?.n;

describe("a scheduled deletion on the clock", () => {
  it("waits until its time, then runs on its own and leaves nothing in any database or bucket", {
    timeout: 30_000,
  }, async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 3);
    await putTenantBlobs(owner.tenantId, 3);
    const { deletionId, at } = await schedule(owner, 2);

    // A day and an hour before, and a minute before: nothing starts.
    await sweepAt(at - 25 * HOUR_MS);
    await sweepAt(at - 60_000);
    expect(await statusOf(owner.tenantId)).toBe("deletion_scheduled");
    expect(await jobsOf(owner.tenantId)).toEqual([]);

    // Its time: the sweep starts the deletion under the scheduled id; the queue runs it.
    await sweepAt(at + 60_000);
    expect(await jobsOf(owner.tenantId)).toEqual([
      { id: deletionId, scheduled_for: new Date(at).toISOString() },
    ]);
    await vi.waitFor(
      async () => {
        const job = await callJson(tenantPath(owner.tenantId, "/deletion"), {
          token: owner.token,
        });
        expect(job.body).toMatchObject({ status: "completed", deletion_id: deletionId });
      },
      { timeout: 20_000, interval: 100 },
    );
    const receipt = await callJson(tenantPath(owner.tenantId, "/deletion"), {
      token: owner.token,
    });
    expect(receipt.body.scheduled_for).toBe(new Date(at).toISOString());
    expect(receipt.body.requested_by).toBe(owner.tenantId);
    expectNothingLeft(await snapshotTenant(owner.tenantId));
  });

  it("sends tenant.deletion_scheduled at once and one reminder a day before, not before", async () => {
    captureQueuedDeliveries();
    const { owner } = await webhookTenant();
    const { deletionId, at } = await schedule(owner, 3);
    const scheduled = await deliveriesOf(owner.tenantId, "tenant.deletion_scheduled");
    expect(scheduled.map((d) => JSON.parse(d.payload).data)).toEqual([
      {
        tenant_id: owner.tenantId,
        deletion_id: deletionId,
        scheduled_for: new Date(at).toISOString(),
      },
    ]);

    await sweepAt(at - 25 * HOUR_MS);
    expect(await deliveriesOf(owner.tenantId, "tenant.deletion_reminder")).toEqual([]);
    await sweepAt(at - 23 * HOUR_MS);
    await sweepAt(at - 22 * HOUR_MS);
    const reminders = await deliveriesOf(owner.tenantId, "tenant.deletion_reminder");
    expect(reminders.map((d) => JSON.parse(d.payload).data)).toEqual([
      {
        tenant_id: owner.tenantId,
        deletion_id: deletionId,
        scheduled_for: new Date(at).toISOString(),
      },
    ]);
    expect(await statusOf(owner.tenantId)).toBe("deletion_scheduled");
  });

  it("sends the reminder to every enabled endpoint that takes it, the primary included, once", async () => {
    const queued = captureQueuedDeliveries();
    const { owner } = await webhookTenant();
    const taker = await createEndpoint(owner, { url: "https://one.example.com/hooks" });
    await createEndpoint(owner, { url: "https://two.example.com/hooks", events: ["call.ended"] });
    const noPrimary = await signup();
    const only = await createEndpoint(noPrimary, {
      url: "https://three.example.com/hooks",
      events: ["tenant.deletion_reminder"],
    });
    const { at } = await schedule(owner, 3);
    await schedule(noPrimary, 3);
    await sweepAt(at - 23 * HOUR_MS);
    await sweepAt(at - 22 * HOUR_MS);

    const reminders = await endpointDeliveriesOf(owner.tenantId, "tenant.deletion_reminder");
    const event = reminders[0]?.id as string;
    expect(reminders).toEqual([
      { id: event, endpoint_id: null },
      { id: `${event}.${taker.id}`, endpoint_id: taker.id },
    ]);
    const alone = await endpointDeliveriesOf(noPrimary.tenantId, "tenant.deletion_reminder");
    expect(alone).toEqual([{ id: expect.stringMatching(`\\.${only.id}$`), endpoint_id: only.id }]);
    // One message per event: the consumer sends it on to each endpoint's delivery.
    const eventOfAlone = alone[0]?.id.split(".")[0];
    expect(queued.filter((id) => id === event || id === eventOfAlone)).toHaveLength(2);
  });

  it("cancel against the due sweep, really in parallel: exactly one wins, nothing half-written", {
    timeout: 60_000,
  }, async () => {
    captureQueuedDeliveries();
    const cell = cellNamed(env, US_CELL);
    if (!cell) throw new Error("no US cell");
    const outcomes = { cancelled: 0, started: 0 };
    for (let round = 0; round < 4; round++) {
      const owner = await signup();
      await seedTenantRows(owner.tenantId, 1);
      const { deletionId, at } = await schedule(owner, 1);
      const gated = gatedD1(env.CELL_US_1);
      // Both read before either writes.
      gated.hold(2);
      const [cancelled, swept] = await Promise.all([
        callWithD1(gated.binding, tenantPath(owner.tenantId, "/deletion/cancel"), {
          method: "POST",
          token: owner.token,
        }),
        runDueDeletions(
          { env, cell, db: createDb(gated.binding), blobs: env.BLOBS_US },
          new Date(at + 60_000),
        ),
      ]);
      expect(gated.held).toBe(2);
      const jobs = await jobsOf(owner.tenantId);
      const status = await statusOf(owner.tenantId);
      if (cancelled.status === 200) {
        outcomes.cancelled++;
        expect(swept.started).toBe(0);
        expect(jobs).toEqual([]);
        expect(status).toBe("active");
        expect(await entriesOf(owner.tenantId, "tenant.deletion_cancelled")).toBe(1);
        expect(await entriesOf(owner.tenantId, "tenant.deletion_requested")).toBe(0);
      } else {
        outcomes.started++;
        expect(cancelled).toMatchObject({ status: 409, body: { code: "tenant_deleting" } });
        expect(swept.started).toBe(1);
        expect(jobs.map((job) => job.id)).toEqual([deletionId]);
        expect(status).toBe("deleting");
        expect(await entriesOf(owner.tenantId, "tenant.deletion_cancelled")).toBe(0);
        expect(await entriesOf(owner.tenantId, "tenant.deletion_requested")).toBe(1);
      }
    }
    expect(outcomes.cancelled + outcomes.started).toBe(4);
  });

  it("two cancels in parallel: one 200, one 409, one entry", async () => {
    const owner = await signup();
    await schedule(owner, 4);
    const gated = gatedD1(env.CELL_US_1);
    gated.hold(2);
    const answers = await Promise.all(
      [0, 1].map(() =>
        callWithD1(gated.binding, tenantPath(owner.tenantId, "/deletion/cancel"), {
          method: "POST",
          token: owner.token,
        }),
      ),
    );
    expect(gated.held).toBe(2);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe("deletion_not_scheduled");
    expect(await entriesOf(owner.tenantId, "tenant.deletion_cancelled")).toBe(1);
    expect(await statusOf(owner.tenantId)).toBe("active");
  });
});
