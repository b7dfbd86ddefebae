import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "../../src/lib/secrets";
import { generateWebhookSecret } from "../../src/webhooks/secret";
import { call, callJson, signup, tenantPath, updateTenant } from "../support/api-client";

const SIP_PASSWORD = "sip-plaintext-9f8e7d";
const WEBHOOK_SECRET = generateWebhookSecret();

const rawRow = (id: string) =>
  env.CELL_US_1.prepare("SELECT * FROM tenants WHERE id = ?")
    .bind(id)
    .first<Record<string, string | null>>();

describe("secrets at rest", () => {
  it("never stores, logs or returns the plaintext", async () => {
    const owner = await signup();
    const put = await call(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { sip_password: SIP_PASSWORD, webhook_secret: WEBHOOK_SECRET },
    });
    const texts = [
      await put.text(),
      await (await call(tenantPath(owner.tenantId), { token: owner.token })).text(),
      await (
        await call(tenantPath(owner.tenantId, "/activity-logs"), { token: owner.token })
      ).text(),
      JSON.stringify(await rawRow(owner.tenantId)),
      JSON.stringify((await env.CELL_US_1.prepare("SELECT * FROM activity_logs").all()).results),
    ];
    for (const text of texts) {
      expect(text).not.toContain(SIP_PASSWORD);
      expect(text).not.toContain(WEBHOOK_SECRET);
    }
    expect(JSON.parse(texts[0] as string)).toMatchObject({
      sip_password_set: true,
      webhook_secret_set: true,
    });
    const row = await rawRow(owner.tenantId);
    expect(row?.sip_password_enc).toMatch(/^v1\.k2\.[\w-]{16}\.[\w-]+$/);
    const logs = await callJson<{ items: { changes: Record<string, unknown> }[] }>(
      tenantPath(owner.tenantId, "/activity-logs?action=tenant.updated"),
      { token: owner.token },
    );
    expect(logs.body.items[0]?.changes.sip_password).toEqual({ from: null, to: "[redacted]" });
  });

  it("encrypts with a fresh IV each time", async () => {
    const owner = await signup();
    await updateTenant(owner, { sip_password: SIP_PASSWORD });
    const first = (await rawRow(owner.tenantId))?.sip_password_enc;
    await updateTenant(owner, { sip_password: SIP_PASSWORD });
    const second = (await rawRow(owner.tenantId))?.sip_password_enc;
    expect(first).not.toEqual(second);
  });

  it("decrypts only in its own tenant and field", async () => {
    const a = await signup();
    const b = await signup();
    await updateTenant(a, { sip_password: SIP_PASSWORD });
    const stolen = (await rawRow(a.tenantId))?.sip_password_enc as string;
    const own = {
      tenantId: a.tenantId,
      table: "tenants",
      rowId: a.tenantId,
      field: "sip_password",
    };
    expect(await decryptSecret(env.ENCRYPTION_KEYS, stolen, own)).toBe(SIP_PASSWORD);
    await expect(
      decryptSecret(env.ENCRYPTION_KEYS, stolen, {
        ...own,
        tenantId: b.tenantId,
        rowId: b.tenantId,
      }),
    ).rejects.toThrow();
    await expect(
      decryptSecret(env.ENCRYPTION_KEYS, stolen, { ...own, field: "webhook_secret" }),
    ).rejects.toThrow();
  });

  it("a value sealed under an old key still reads after a new current key is added", async () => {
    const ctx = { tenantId: "t1", table: "tenants", rowId: "t1", field: "sip_password" };
    const oldRing = env.ENCRYPTION_KEYS.split(",")[1] as string;
    const sealed = await encryptSecret(oldRing, SIP_PASSWORD, ctx);
    expect(sealed.startsWith("v1.k1.")).toBe(true);
    // The configured ring has k2 first (current) and k1 after it.
    expect(await decryptSecret(env.ENCRYPTION_KEYS, sealed, ctx)).toBe(SIP_PASSWORD);
    expect((await encryptSecret(env.ENCRYPTION_KEYS, SIP_PASSWORD, ctx)).startsWith("v1.k2.")).toBe(
      true,
    );
  });

  it("clearing a secret sets it to null and logs it redacted", async () => {
    const owner = await signup();
    await updateTenant(owner, { sip_password: SIP_PASSWORD });
    const { body } = await updateTenant(owner, { sip_password: null });
    expect(body.sip_password_set).toBe(false);
    expect((await rawRow(owner.tenantId))?.sip_password_enc).toBeNull();
  });
});
