import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { stepDeps } from "../../src/deletion/consumer";
import { type DeletionStepMessage, runDeletionStep } from "../../src/deletion/steps";
import { callJson, tenantPath } from "../helpers";
import { captureQueuedDeliveries, mockReceiver, webhookTenant } from "./helpers";

let queued: string[];
beforeEach(() => {
  queued = captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

/** Runs the deletion's steps one after another, as the queue would, until none is sent. */
async function drainDeletion(first: DeletionStepMessage) {
  const pending = [first];
  const queue = { send: async (message: DeletionStepMessage) => void pending.push(message) };
  const deps = { ...stepDeps(env), queue: queue as unknown as Queue<DeletionStepMessage> };
  for (let message = pending.shift(); message; message = pending.shift()) {
    await runDeletionStep(deps, message);
  }
}

const countFor = async (table: string, tenantId: string) =>
  (
    await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = ?`)
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n;

describe("deletion events", () => {
  it("tenant.deletion_started commits with the job; tenant.deleted goes out, signed, before the secret is gone", async () => {
    const { owner, secret } = await webhookTenant();
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    const deletion = await callJson<{ deletion_id: string }>(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(deletion.status).toBe(202);

    const started = await env.DB.prepare(
      "SELECT id, payload FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'tenant.deletion_started'",
    )
      .bind(owner.tenantId)
      .first<{ id: string; payload: string }>();
    expect(queued).toContain(started?.id);
    expect(JSON.parse(started?.payload as string).data).toEqual({
      tenant_id: owner.tenantId,
      deletion_id: deletion.body.deletion_id,
    });

    const received = mockReceiver([200]);
    await drainDeletion({ job_id: deletion.body.deletion_id, step: 0 });
    const farewell = received.find((r) => JSON.parse(r.body).type === "tenant.deleted");
    expect(farewell).toBeDefined();
    const verified = new Webhook(secret).verify(
      farewell?.body as string,
      farewell?.headers as Record<string, string>,
    );
    expect(verified).toMatchObject({
      type: "tenant.deleted",
      data: { deletion_id: deletion.body.deletion_id },
    });

    for (const table of ["webhook_deliveries", "webhook_attempts", "users"]) {
      expect(await countFor(table, owner.tenantId)).toBe(0);
    }
    const job = await callJson(tenantPath(owner.tenantId, "/deletion"), { token: owner.token });
    expect(job.body.status).toBe("completed");
  });

  it("a tenant without a webhook gets no deletion events", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["call.started"] });
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    const deletion = await callJson<{ deletion_id: string }>(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    const received = mockReceiver([200]);
    await drainDeletion({ job_id: deletion.body.deletion_id, step: 0 });
    expect(received).toEqual([]);
    expect(queued).toEqual([]);
  });
});
