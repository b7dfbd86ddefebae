import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DeletionStepMessage } from "../../src/deletion/step";
import { callJson, createPlatformAdmin, tenantPath } from "../support/api-client";
import { createHarness } from "../support/deletion-harness";
import {
  expectNothingLeft,
  putTenantBlobs,
  seedTenantRows,
  snapshotTenant,
} from "../support/deletion-seed";
import { family } from "../support/family";

afterEach(() => vi.restoreAllMocks());

const receiptOf = (tenantId: string) =>
  env.DB.prepare("SELECT completed_at, status FROM deletion_receipts WHERE tenant_id = ?")
    .bind(tenantId)
    .first<{ completed_at: string; status: string }>();

describe("sub-accounts: deleting a family", () => {
  it("is refused while the parent has sub-accounts, writing nothing", async () => {
    const { parent, subs } = await family(1);
    const before = await snapshotTenant(parent.tenantId);
    const refused = await callJson(tenantPath(parent.tenantId), {
      method: "DELETE",
      token: parent.token,
    });
    expect(refused).toMatchObject({ status: 409, body: { code: "has_subaccounts" } });
    expect(await snapshotTenant(parent.tenantId)).toEqual(before);
    expect((await snapshotTenant(subs[0]?.id ?? "")).tables.tenants).toHaveLength(1);
  });

  it("a family deleted with nothing left in any database or bucket, each sub-account's receipt before the parent's", async () => {
    const { parent, subs } = await family(2);
    const bystander = await family(1);
    const members = [parent.tenantId, ...subs.map((sub) => sub.id)];
    for (const id of [...members, bystander.parent.tenantId]) {
      await seedTenantRows(id, 2);
      await putTenantBlobs(id, 4);
    }
    const bystanderBefore = await snapshotTenant(bystander.parent.tenantId);
    const sent: DeletionStepMessage[] = [];
    vi.spyOn(env.TENANT_DELETIONS, "send").mockImplementation(async (body) => {
      sent.push(body as DeletionStepMessage);
      return undefined as never;
    });
    const admin = await createPlatformAdmin();
    const started = await callJson(
      tenantPath(parent.tenantId, "?include_subaccounts=true&force=true"),
      { method: "DELETE", token: admin.token },
    );
    expect(started.status).toBe(202);
    // One job each, the sub-accounts' first.
    expect(sent.map((message) => message.tenant_id)).toEqual([
      ...subs.map((sub) => sub.id),
      parent.tenantId,
    ]);

    const harness = createHarness();
    for (const body of sent) harness.queue.push({ body, attempts: 1 });
    await harness.drain();

    for (const id of members) expectNothingLeft(await snapshotTenant(id));
    expect(await snapshotTenant(bystander.parent.tenantId)).toEqual(bystanderBefore);
    const parentReceipt = await receiptOf(parent.tenantId);
    expect(parentReceipt?.status).toBe("completed");
    for (const sub of subs) {
      const receipt = await receiptOf(sub.id);
      expect(receipt?.status).toBe("completed");
      expect((receipt?.completed_at ?? "~") <= (parentReceipt?.completed_at ?? "")).toBe(true);
    }
  });
});
