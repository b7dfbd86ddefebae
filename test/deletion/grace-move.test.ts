import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cellNamed } from "../../src/cells/config";
import { createDb } from "../../src/db/client";
import { runDueDeletions } from "../../src/deletion/due";
import type { Bindings } from "../../src/env";
import { createPlatformAdmin, signup, tenantPath, updateTenant } from "../support/api-client";
import { EU_CELL, US_CELL } from "../support/cells";
import { seedTenantRows } from "../support/deletion-seed";
import { createMoveHarness } from "../support/move-harness";

afterEach(() => vi.restoreAllMocks());

const tenantRow = (d1: D1Database, tenantId: string) =>
  d1
    .prepare("SELECT status, deletion_schedule FROM tenants WHERE id = ?")
    .bind(tenantId)
    .first<{ status: string; deletion_schedule: string | null }>();

describe("a scheduled deletion and a move", () => {
  it("moves with the tenant: the new cell keeps the schedule and its sweep starts the deletion", {
    timeout: 60_000,
  }, async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 1);
    await updateTenant(owner, { deletion_grace_days: 3 });
    const harness = createMoveHarness();
    const scheduled = await harness.request(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(scheduled.body).toMatchObject({ status: "scheduled" });
    const before = await tenantRow(env.CELL_US_1, owner.tenantId);

    const admin = await createPlatformAdmin();
    const move = await harness.request(tenantPath(owner.tenantId, "/move"), {
      method: "POST",
      token: admin.token,
      body: { cell: EU_CELL },
    });
    expect(move.status, JSON.stringify(move.body)).toBe(202);
    await harness.drain();
    expect(
      (await harness.request(tenantPath(owner.tenantId, "/move"), { token: admin.token })).body,
    ).toMatchObject({ status: "completed" });

    expect(await tenantRow(env.CELL_EU_1, owner.tenantId)).toEqual(before);
    const read = await harness.request(tenantPath(owner.tenantId), { token: owner.token });
    expect(read.body).toMatchObject({
      status: "deletion_scheduled",
      deletion_scheduled_for: scheduled.body.scheduled_for,
    });
    const write = await harness.request(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: "Changed" },
    });
    expect(write).toMatchObject({ status: 409, body: { code: "tenant_deletion_scheduled" } });

    // Its time, on the clock of the new cell's sweep: the deletion starts there, under its id.
    const sent: unknown[] = [];
    const sweepEnv = {
      ...env,
      TENANT_DELETIONS: { send: async (body: unknown) => void sent.push(body) },
    } as unknown as Bindings;
    const due = new Date(Date.parse(String(scheduled.body.scheduled_for)) + 60_000);
    for (const [name, d1] of [
      [US_CELL, env.CELL_US_1],
      [EU_CELL, env.CELL_EU_1],
    ] as const) {
      const cell = cellNamed(env, name);
      if (!cell) throw new Error(`no cell ${name}`);
      await runDueDeletions({ env: sweepEnv, cell, db: createDb(d1), blobs: env.BLOBS_US }, due);
    }
    expect(sent).toEqual([
      expect.objectContaining({
        job_id: scheduled.body.deletion_id,
        tenant_id: owner.tenantId,
        cell: EU_CELL,
      }),
    ]);
    expect((await tenantRow(env.CELL_EU_1, owner.tenantId))?.status).toBe("deleting");
  });
});
