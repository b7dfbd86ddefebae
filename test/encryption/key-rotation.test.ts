import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contextOf, sealedColumns } from "../../src/encryption/reencrypt";
import worker from "../../src/index";
import { decryptSecret } from "../../src/lib/secrets";
import { generateWebhookSecret } from "../../src/webhooks/secret";
import {
  call,
  createPlatformAdmin,
  signup,
  tenantPath,
  uniqueEmail,
  updateTenant,
} from "../support/api-client";

// A third key, added in front of the configured ring "k2,k1".
const NEW_KEY = "k3:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
const ROTATING = `${NEW_KEY},${env.ENCRYPTION_KEYS}`;

afterEach(() => vi.restoreAllMocks());

async function reencrypt(keys: string, token: string, limit: number) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request("http://api.test/v1/admin/encryption/reencrypt", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ limit }),
    }),
    { ...env, ENCRYPTION_KEYS: keys },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { status: res.status, body: (await res.json()) as Record<string, number | string> };
}

/** The tenants' sealed values, in every cell. */
const sealedTenantValues = async () => {
  const values: { id: string; sip: string; hook: string }[] = [];
  for (const d1 of [env.CELL_US_1, env.CELL_EU_1]) {
    const { results } = await d1
      .prepare(
        "SELECT id, sip_password_enc AS sip, webhook_secret_enc AS hook FROM tenants WHERE sip_password_enc IS NOT NULL",
      )
      .all<{ id: string; sip: string; hook: string }>();
    values.push(...results);
  }
  return values;
};

describe("key rotation", () => {
  it("finds every encrypted column in the schema", () => {
    // A new `*_enc` column joins the rotation by its name alone.
    const names = sealedColumns().map((s) => `${s.table}.${s.field}`);
    expect(names).toEqual(
      expect.arrayContaining(["tenants.sip_password", "tenants.webhook_secret"]),
    );
  });

  it("moves every ciphertext to the new key in bounded steps; the old keys can then be retired", async () => {
    const admin = await createPlatformAdmin();
    // In both cells: one step of the rotation walks them all.
    const owners = await Promise.all([signup(), signup(undefined, "eu"), signup()]);
    const webhookSecrets = owners.map(() => generateWebhookSecret());
    for (const [i, owner] of owners.entries()) {
      await updateTenant(owner, {
        sip_password: `sip-${i}`,
        webhook_secret: webhookSecrets[i],
      });
    }
    expect((await sealedTenantValues()).every((r) => r.sip.startsWith("v1.k2."))).toBe(true);

    const first = await reencrypt(ROTATING, admin.token, 4);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      current_key: "k3",
      reencrypted: 4,
      unreadable: 0,
      remaining: 2,
    });
    const second = await reencrypt(ROTATING, admin.token, 100);
    expect(second.body).toMatchObject({ reencrypted: 2, remaining: 0 });

    // Only the new key is left in the ring, and everything still opens.
    for (const row of await sealedTenantValues()) {
      const i = owners.findIndex((o) => o.tenantId === row.id);
      const ctx = { tenantId: row.id, table: "tenants", rowId: row.id };
      expect(await decryptSecret(NEW_KEY, row.sip, { ...ctx, field: "sip_password" })).toBe(
        `sip-${i}`,
      );
      expect(await decryptSecret(NEW_KEY, row.hook, { ...ctx, field: "webhook_secret" })).toBe(
        webhookSecrets[i],
      );
    }

    const logged: { changes: string; tenant_id: string }[] = [];
    for (const d1 of [env.CELL_US_1, env.CELL_EU_1]) {
      const { results } = await d1
        .prepare("SELECT changes, tenant_id FROM activity_logs WHERE action = 'secret.reencrypted'")
        .all<{ changes: string; tenant_id: string }>();
      logged.push(...results);
    }
    expect(logged).toHaveLength(6);
    // Each entry in its tenant's own cell.
    expect(logged.filter((entry) => entry.tenant_id === owners[1]?.tenantId)).toHaveLength(2);
    expect(logged.map((r) => r.changes).join()).not.toMatch(/sip-\d|whsec_/);
  });

  it("covers every sealed column: resources' secrets and the rotated webhook secret too", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup();
    const token = owner.token;
    await updateTenant(owner, {
      sip_enabled: true,
      sip_password: "tenant-sip",
      webhook_url: "https://hooks.example.com/x",
    });
    // With a key, so the stored response is a sealed value too.
    await call(tenantPath(owner.tenantId, "/webhook-secret/rotate"), {
      method: "POST",
      token,
      headers: { "Idempotency-Key": "rotate" },
    });
    await call(tenantPath(owner.tenantId, "/integrations"), {
      method: "POST",
      token,
      body: {
        name: "CRM",
        type: "rest",
        base_url: "https://crm.example.com",
        credentials: { api_key: "crm-key" },
      },
    });
    await call(tenantPath(owner.tenantId, "/sip-trunks"), {
      method: "POST",
      token,
      body: { name: "Main", host: "sip.example.com", username: "u", password: "trunk-pass" },
    });
    // A webhook endpoint's secret, and the previous one a rotation keeps signing for a while.
    const endpoint = await call(tenantPath(owner.tenantId, "/webhook-endpoints"), {
      method: "POST",
      token,
      body: { url: "https://second.example.com/hooks" },
    });
    const { id: endpointId } = (await endpoint.json()) as { id: string };
    await call(tenantPath(owner.tenantId, `/webhook-endpoints/${endpointId}/rotate-secret`), {
      method: "POST",
      token,
    });
    // An invitation's token travels sealed in its delivery.
    await call(tenantPath(owner.tenantId, "/members"), {
      method: "POST",
      token,
      body: { email: uniqueEmail("invited"), role: "viewer" },
    });
    const sealedValues = async () => {
      const found: {
        sealed: ReturnType<typeof sealedColumns>[number];
        id: string;
        tenant: string;
        value: string;
      }[] = [];
      for (const sealed of sealedColumns()) {
        const { results } = await env.CELL_US_1.prepare(
          `SELECT ${sealed.rowColumn} AS id, ${sealed.tenantColumn} AS tenant, ${sealed.column} AS value FROM ${sealed.table} WHERE ${sealed.column} IS NOT NULL`,
        ).all<{ id: string; tenant: string; value: string }>();
        found.push(...results.map((r) => ({ sealed, ...r })));
      }
      return found;
    };
    const before = await sealedValues();
    expect(new Set(before.map((v) => `${v.sealed.table}.${v.sealed.column}`))).toEqual(
      new Set(sealedColumns().map((s) => `${s.table}.${s.column}`)),
    );

    const result = await reencrypt(ROTATING, admin.token, 200);
    expect(result.body).toMatchObject({ unreadable: 0, remaining: 0 });
    for (const value of await sealedValues()) {
      await expect(
        decryptSecret(NEW_KEY, value.value, contextOf(value.sealed, value)),
      ).resolves.toBeTypeOf("string");
    }
  });

  it("logs a value no key opens, by where it is, and answers without it", async () => {
    const admin = await createPlatformAdmin();
    const victim = await signup();
    const other = await signup();
    await updateTenant(other, { sip_password: "other-tenant-sip" });
    await updateTenant(victim, { sip_password: "victim-sip" });
    // A ciphertext copied from another tenant's row is bound to that tenant: it cannot open here.
    await env.CELL_US_1.prepare(
      "UPDATE tenants SET sip_password_enc = (SELECT sip_password_enc FROM tenants WHERE id = ?) WHERE id = ?",
    )
      .bind(other.tenantId, victim.tenantId)
      .run();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});

    const { status, body } = await reencrypt(ROTATING, admin.token, 100);
    expect(status).toBe(200);
    expect(body.unreadable).toBeGreaterThanOrEqual(1);
    const logged = errors.mock.calls.map(([line]) => String(line)).join("\n");
    expect(logged).toContain(victim.tenantId);
    expect(logged).toContain("secret_unreadable");
    expect(logged + JSON.stringify(body)).not.toMatch(/other-tenant-sip|victim-sip|v1\.k2\./);
  });

  it("finishes with unreadable values: each reported once by location, none left in remaining", async () => {
    const admin = await createPlatformAdmin();
    const victim = await signup();
    const other = await signup();
    await updateTenant(other, { sip_password: "other-tenant-sip" });
    await updateTenant(victim, { sip_password: "victim-sip" });
    await env.CELL_US_1.prepare(
      "UPDATE tenants SET sip_password_enc = (SELECT sip_password_enc FROM tenants WHERE id = ?) WHERE id = ?",
    )
      .bind(other.tenantId, victim.tenantId)
      .run();
    // A tenant being deleted keeps its old ciphertexts: the fence refuses writes under it, and
    // its secrets go with it.
    const doomed = await signup();
    await updateTenant(doomed, { sip_password: "doomed-sip" });
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(doomed.tenantId)
      .run();
    vi.spyOn(console, "error").mockImplementation(() => {});

    // The loop the README gives operators, with a small step: it must end.
    let unreadable = 0;
    let steps = 0;
    for (let remaining = -1; remaining !== 0; steps++) {
      if (steps === 200) throw new Error("re-encryption never finished");
      const { status, body } = await reencrypt(ROTATING, admin.token, 1);
      expect(status).toBe(200);
      unreadable += Number(body.unreadable);
      remaining = Number(body.remaining);
    }
    expect(unreadable).toBeGreaterThanOrEqual(1);
    const found = await env.CELL_US_1.prepare(
      "SELECT table_name, column_name, row_id FROM unreadable_secrets WHERE tenant_id = ?",
    )
      .bind(victim.tenantId)
      .all();
    expect(found.results).toEqual([
      { table_name: "tenants", column_name: "sip_password_enc", row_id: victim.tenantId },
    ]);
    // Reported once: the next pass neither counts it again nor spends its budget on it.
    const again = await reencrypt(ROTATING, admin.token, 1);
    expect(again.body).toMatchObject({ unreadable: 0, remaining: 0 });
    // Written again later (a new password), the value is looked at afresh and moves on.
    await updateTenant(victim, { sip_password: "victim-sip-2" });
    const rewritten = await reencrypt(ROTATING, admin.token, 10);
    expect(rewritten.body).toMatchObject({ reencrypted: 1, unreadable: 0, remaining: 0 });
  });

  it("is for platform admins only", async () => {
    const owner = await signup();
    expect((await reencrypt(ROTATING, owner.token, 10)).status).toBe(403);
  });
});
