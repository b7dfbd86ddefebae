import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EXPORT_PAGE_SIZE, exportedTables, NOT_EXPORTED } from "../../src/export/stream";
import { generateWebhookSecret } from "../../src/webhooks/secret";
import { call, signup, tenantPath, updateTenant } from "../support/api-client";
import { rowsOf, seedTenantRows, tablesWithTenantId } from "../support/deletion-seed";

type Export = {
  format: string;
  tenant: Record<string, unknown>;
  tables: Record<string, Record<string, unknown>[]>;
  blobs: Record<string, unknown>[];
};

async function exportOf(owner: { tenantId: string; token: string }) {
  const res = await call(tenantPath(owner.tenantId, "/export"), { token: owner.token });
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toContain("application/json");
  const text = await res.text();
  return { text, body: JSON.parse(text) as Export };
}

async function attachBlob(table: "files" | "calls", tenantId: string, key: string) {
  const object = await env.BLOBS_US.put(key, `bytes of ${key}`);
  const sha256 = "ab".repeat(32);
  const id = `${tenantId}-id-1`;
  const sql =
    table === "files"
      ? "UPDATE files SET r2_key = ?, size = ?, sha256 = ? WHERE id = ?"
      : "UPDATE calls SET recording_key = ?, recording_size = ?, recording_sha256 = ? WHERE id = ?";
  await env.CELL_US_1.prepare(sql).bind(key, object?.size, sha256, id).run();
  return { table, id, key, size: object?.size, sha256 };
}

describe("GET /v1/tenants/{tenant_id}/export", () => {
  it("holds every resource, page after page, and the activity log", async () => {
    const owner = await signup("Exported Org");
    // More rows than one page, so paging is exercised.
    await seedTenantRows(owner.tenantId, EXPORT_PAGE_SIZE + 50);
    const { body } = await exportOf(owner);

    expect(body.format).toBe("tenant-export/1");
    expect(body.tenant).toMatchObject({ id: owner.tenantId, name: "Exported Org" });
    // The cell's tables (its running deletion job aside), and the accounts in the control plane.
    const cellTables = tablesWithTenantId().filter(
      (table) => table !== "deletion_jobs" && !(table in NOT_EXPORTED),
    );
    const expectedTables = [...cellTables, "users"];
    expect(Object.keys(body.tables).sort()).toEqual(expectedTables.sort());
    expect(
      exportedTables()
        .map((owned) => owned.name)
        .sort(),
    ).toEqual(cellTables.sort());
    for (const table of expectedTables) {
      const stored = await rowsOf(table, owner.tenantId);
      expect(
        body.tables[table]?.map((row) => row.id ?? row.key),
        table,
      ).toEqual(stored.map((row) => row.id ?? row.key));
    }
    expect(body.tables.activity_logs?.map((entry) => entry.action)).toContain("tenant.created");
    // Decoded, not raw column text: JSON as objects, flags as booleans.
    expect(body.tables.agents?.[0]?.settings).toEqual({ seeded: true });
    expect(body.tenant.sip_enabled).toBe(false);
  });

  it("carries no secret: whether each is set, never the value or its ciphertext", async () => {
    const owner = await signup();
    const webhookSecret = generateWebhookSecret();
    const updated = await updateTenant(owner, {
      sip_password: "plain-sip-password",
      webhook_secret: webhookSecret,
    });
    expect(updated.status).toBe(200);
    await seedTenantRows(owner.tenantId, 2);
    const [stored] = await rowsOf("tenants", owner.tenantId);
    const [user] = await rowsOf("users", owner.tenantId);
    const { text, body } = await exportOf(owner);

    expect(body.tenant).toMatchObject({ sip_password_set: true, webhook_secret_set: true });
    expect(body.tables.users?.[0]).toMatchObject({ email: owner.email, password_set: true });
    expect(body.tables.integrations?.[0]).toMatchObject({ credentials_set: true });
    expect(body.tables.sip_trunks?.[0]).toMatchObject({ password_set: true });
    for (const secret of [
      "plain-sip-password",
      webhookSecret,
      stored?.sip_password_enc,
      stored?.webhook_secret_enc,
      user?.password_hash,
      "_enc",
      "password_hash",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("lists the tenant's R2 objects by key, size and sha256", async () => {
    const owner = await signup();
    await seedTenantRows(owner.tenantId, 1);
    await env.CELL_US_1.prepare("UPDATE calls SET recording_key = NULL WHERE tenant_id = ?")
      .bind(owner.tenantId)
      .run();
    const file = await attachBlob("files", owner.tenantId, `tenants/${owner.tenantId}/files/a`);
    const { body } = await exportOf(owner);
    expect(body.blobs).toEqual([{ ...file, content_type: `${owner.tenantId}-content_type-1` }]);

    const recording = await attachBlob(
      "calls",
      owner.tenantId,
      `tenants/${owner.tenantId}/recordings/b`,
    );
    const again = await exportOf(owner);
    expect(again.body.blobs).toEqual([
      { ...file, content_type: `${owner.tenantId}-content_type-1` },
      { ...recording, content_type: `${owner.tenantId}-recording_content_type-1` },
    ]);
  });

  it("is another tenant's 404", async () => {
    const owner = await signup();
    const other = await signup();
    const res = await call(tenantPath(owner.tenantId, "/export"), { token: other.token });
    expect(res.status).toBe(404);
  });
});
