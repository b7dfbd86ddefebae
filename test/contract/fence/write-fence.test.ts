import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { app } from "../../../src/app";
import { clientRequest, signup } from "../../support/api-client";
import { seedTenantRows } from "../../support/deletion-seed";
import { interceptWrites } from "../../support/gated-d1";
import { isTenantDeletion, mutatingWalk } from "../../support/mutating-walk";
import { operationOptions } from "../../support/requests";
import { GENERATED_BODY_TRIES } from "../../support/schema-arbitrary";
import {
  differences,
  onlyObjectsRemoved,
  tablesWithTenantIdColumn,
  tenantState,
} from "../../support/tenant-state";

/**
 * Written while a tenant is being deleted, on purpose: the delivery log (the deletion finishes
 * the tenant's deliveries), the users (its last step removes them) and the receipt itself. And
 * the call counters (the monthly count, the rollups): written only in the batch of a call's start
 * or end, guarded by that fenced write, so a trigger of their own would only add a tenant lookup
 * per counter row to the busiest write.
 */
const UNFENCED = [
  "call_months",
  "call_rollups",
  "deletion_jobs",
  "users",
  "webhook_attempts",
  "webhook_deliveries",
];

/**
 * Fenced but open while the tenant is being deleted: its people may still log in, refresh and
 * log out then, and the deletion's last step removes these rows with the tenant.
 */
const OPEN_WHILE_DELETING = ["refresh_tokens", "sessions"];

const triggersOf = async () =>
  (
    await env.CELL_US_1.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all<{
      name: string;
    }>()
  ).results.map((row) => row.name);

/**
 * A D1 binding on which the tenant starts being deleted right before a request's first write:
 * the request has read the tenant as it was, and writes after the deletion began.
 */
function deletionBeforeFirstWrite(tenantId: string) {
  let fired = false;
  const binding = interceptWrites(env.CELL_US_1, async () => {
    if (fired) return;
    fired = true;
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(tenantId)
      .run();
  });
  return { binding, fired: () => fired };
}

/** The tenant active again, past its own fence: only a test may do this. */
async function reactivate(tenantId: string) {
  const fence = await env.CELL_US_1.prepare(
    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'fence_tenants_update'",
  ).first<{ sql: string }>();
  await env.CELL_US_1.exec("DROP TRIGGER fence_tenants_update");
  await env.CELL_US_1.prepare("UPDATE tenants SET status = 'active' WHERE id = ?")
    .bind(tenantId)
    .run();
  await env.CELL_US_1.exec((fence?.sql ?? "").replace(/\s+/g, " "));
}

describe("the write fence", () => {
  it("guards every table with a tenant_id, read off the database, but the ones unfenced on purpose", async () => {
    const triggers = await triggersOf();
    const fenced = (await tablesWithTenantIdColumn()).filter((t) => !UNFENCED.includes(t));
    expect(fenced.length).toBeGreaterThan(8);
    for (const table of fenced) {
      expect(triggers).toContain(`fence_${table}_insert`);
      expect(triggers).toContain(`fence_${table}_update`);
    }
    expect(triggers).toContain("fence_tenants_update");
  });

  it("refuses an insert or update under a deleting tenant in every fenced table; a gone one too", async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 1);
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(owner.tenantId)
      .run();
    const fenced = (await tablesWithTenantIdColumn()).filter(
      (t) => !UNFENCED.includes(t) && !OPEN_WHILE_DELETING.includes(t),
    );
    for (const table of fenced) {
      const update = env.CELL_US_1.prepare(
        `UPDATE "${table}" SET tenant_id = tenant_id WHERE tenant_id = ?`,
      ).bind(owner.tenantId);
      await expect(update.run(), table).rejects.toThrow(/write_fence:tenant_deleting/);
      const copy = env.CELL_US_1.prepare(
        `INSERT INTO "${table}" SELECT * FROM "${table}" WHERE tenant_id = ? LIMIT 1`,
      ).bind(owner.tenantId);
      await expect(copy.run(), table).rejects.toThrow(/write_fence:tenant_deleting/);
    }
    for (const table of OPEN_WHILE_DELETING) {
      const update = env.CELL_US_1.prepare(
        `UPDATE "${table}" SET tenant_id = tenant_id WHERE tenant_id = ?`,
      ).bind(owner.tenantId);
      expect((await update.run()).meta.changes, table).toBeGreaterThan(0);
    }
    const elsewhere = (table: string) =>
      env.CELL_US_1.prepare(
        `UPDATE "${table}" SET tenant_id = 'no-such-tenant' WHERE tenant_id = ?`,
      ).bind(owner.tenantId);
    for (const table of OPEN_WHILE_DELETING)
      await expect(elsewhere(table).run(), table).rejects.toThrow(/write_fence:tenant_gone/);
    const gone = env.CELL_US_1.prepare(
      "INSERT INTO agents (id, tenant_id, name, created_at, updated_at) VALUES ('x', 'no-such-tenant', 'x', 'x', 'x')",
    );
    await expect(gone.run()).rejects.toThrow(/write_fence:tenant_gone/);
    const back = env.CELL_US_1.prepare("UPDATE tenants SET status = 'active' WHERE id = ?").bind(
      owner.tenantId,
    );
    await expect(back.run()).rejects.toThrow(/write_fence:tenant_deleting/);
  });
});

describe("every mutating route, from the OpenAPI document, when the deletion begins mid-request", () => {
  let walk: Awaited<ReturnType<typeof mutatingWalk>>;
  beforeAll(async () => {
    walk = await mutatingWalk();
  }, 120_000);
  afterAll(() => vi.restoreAllMocks());

  it("answers 409 tenant_deleting and writes nothing", { timeout: 180_000 }, async () => {
    const { world } = walk;
    const wrong: string[] = [];
    const unexercised: string[] = [];
    for (const op of await walk.ordered()) {
      const name = `${op.method} ${op.path}`;
      if (isTenantDeletion(op)) await walk.endActiveCalls();
      const path = await walk.pathFor(op);
      let outcome: { status: number; text: string; changed: string[]; wrote: boolean } | undefined;
      for (let tries = 0; tries < GENERATED_BODY_TRIES; tries++) {
        const before = await tenantState(world.tenantId);
        const fence = deletionBeforeFirstWrite(world.tenantId);
        const options = await operationOptions(op, world.owner, world);
        // Straight into the app, a body has no length header unless it is given one.
        if (typeof options.body === "string") {
          const length = String(new TextEncoder().encode(options.body).length);
          options.headers = { ...options.headers, "Content-Length": length };
        }
        const ctx = createExecutionContext();
        const res = await app.fetch(
          clientRequest(path, options),
          { ...env, CELL_US_1: fence.binding },
          ctx,
        );
        const text = await res.text();
        await waitOnExecutionContext(ctx);
        const after = await tenantState(world.tenantId);
        if (fence.fired()) await reactivate(world.tenantId);
        // Objects a DELETE removed before its refused D1 write are no write (see
        // `onlyObjectsRemoved`): the deletion removes them too.
        const bytesGone = op.method === "DELETE" && onlyObjectsRemoved(before, after);
        const changed = differences(before, after).filter(
          (t) => t !== "tenants" && (t !== "r2" || !bytesGone),
        );
        outcome = { status: res.status, text: text.slice(0, 200), changed, wrote: fence.fired() };
        // A body refused before any write (a rule the schema cannot express) tells nothing.
        if (fence.fired()) break;
      }
      if (!outcome?.wrote) unexercised.push(`${name} → ${outcome?.status} ${outcome?.text}`);
      else if (outcome.status !== 409 || !outcome.text.includes('"tenant_deleting"'))
        wrong.push(`${name} → ${outcome.status} ${outcome.text}`);
      else if (outcome.changed.length > 0)
        wrong.push(`${name} wrote ${outcome.changed.join(", ")}`);
    }
    console.info(JSON.stringify({ write_fence: { mutating_routes: walk.operations.length } }));
    expect(wrong).toEqual([]);
    expect(unexercised).toEqual([]);
  });
});
