import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signup } from "../../support/api-client";

/**
 * The fence's rule for a tenant's sessions and refresh tokens (src/db/fence.ts): open while the
 * tenant is being moved, as while it is being deleted, so ending access works in every state;
 * refused in a cell the tenant has left or is not in. Every other access table is fenced as usual.
 */
const OPEN_WHILE_MOVING = ["sessions", "refresh_tokens"];
const FENCED_WHILE_MOVING = ["members", "activity_logs"];

const setStatus = (tenantId: string, status: string) =>
  env.CELL_US_1.prepare("UPDATE tenants SET status = ? WHERE id = ?").bind(status, tenantId).run();

const touch = (table: string, tenantId: string) =>
  env.CELL_US_1.prepare(`UPDATE "${table}" SET tenant_id = tenant_id WHERE tenant_id = ?`)
    .bind(tenantId)
    .run();

const copy = (table: string, tenantId: string, key: string) =>
  env.CELL_US_1.prepare(
    `INSERT INTO "${table}" SELECT * FROM "${table}" WHERE tenant_id = ? LIMIT 1
     ON CONFLICT (${key}) DO UPDATE SET tenant_id = excluded.tenant_id`,
  )
    .bind(tenantId)
    .run();

const KEYS: Record<string, string> = { sessions: "id", refresh_tokens: "token_hash" };

describe("the fence of sessions and refresh tokens", () => {
  it("takes their writes while the tenant moves, refuses them once it moved away", async () => {
    const owner = await signup();
    await setStatus(owner.tenantId, "moving");
    for (const table of OPEN_WHILE_MOVING) {
      expect((await touch(table, owner.tenantId)).meta.changes, table).toBeGreaterThan(0);
      expect((await copy(table, owner.tenantId, KEYS[table] ?? "")).meta.changes, table).toBe(1);
    }
    for (const table of FENCED_WHILE_MOVING) {
      await expect(touch(table, owner.tenantId), table).rejects.toThrow(
        /write_fence:tenant_moving/,
      );
    }
    await setStatus(owner.tenantId, "moved");
    for (const table of OPEN_WHILE_MOVING) {
      await expect(touch(table, owner.tenantId), table).rejects.toThrow(/write_fence:tenant_moved/);
    }
  });
});
