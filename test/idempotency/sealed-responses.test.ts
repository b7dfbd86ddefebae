import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { DecryptionError, decryptSecret } from "../../src/lib/secrets";
import {
  call,
  clientRequest,
  createPlatformAdmin,
  type Owner,
  signup,
  tenantPath,
} from "../support/api-client";

// A third key, put in front of the configured ring "k2,k1" to rotate onto it.
const NEW_KEY = "k3:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

async function withKeys(keys: string, request: Request) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, { ...env, ENCRYPTION_KEYS: keys }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const rotate = (owner: Owner, key: string, keys = env.ENCRYPTION_KEYS) =>
  withKeys(
    keys,
    clientRequest(tenantPath(owner.tenantId, "/webhook-secret/rotate"), {
      method: "POST",
      token: owner.token,
      headers: { "Idempotency-Key": key },
    }),
  );

const storedRows = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT * FROM idempotency_keys WHERE tenant_id = ?")
      .bind(tenantId)
      .all<Record<string, unknown>>()
  ).results;

describe("stored responses", () => {
  it("keep no webhook secret in plaintext, and a replayed rotation returns the same secret", async () => {
    const owner = await signup();
    const first = await rotate(owner, "rotate-1");
    expect(first.status).toBe(200);
    const { webhook_secret: secret } = (await first.json()) as { webhook_secret: string };
    expect(secret).toMatch(/^whsec_/);

    const rows = await storedRows(owner.tenantId);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain("whsec_");
    expect(stored).not.toContain(secret.slice("whsec_".length));

    const replay = await rotate(owner, "rotate-1");
    expect(replay.status).toBe(200);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(((await replay.json()) as { webhook_secret: string }).webhook_secret).toBe(secret);
  });

  it("are sealed for their tenant and key: the ciphertext opens there and nowhere else", async () => {
    const owner = await signup();
    const created = await call(tenantPath(owner.tenantId, "/agents"), {
      method: "POST",
      token: owner.token,
      body: { name: "Sealed" },
      headers: { "Idempotency-Key": "agent-1" },
    });
    expect(created.status).toBe(201);
    const [row] = await storedRows(owner.tenantId);
    const sealed = String(row?.response_body_enc);
    const context = {
      tenantId: owner.tenantId,
      table: "idempotency_keys",
      rowId: "agent-1",
      field: "response_body",
    };
    expect(JSON.parse(await decryptSecret(env.ENCRYPTION_KEYS, sealed, context))).toEqual(
      await created.json(),
    );
    await expect(
      decryptSecret(env.ENCRYPTION_KEYS, sealed, { ...context, rowId: "agent-2" }),
    ).rejects.toThrow(DecryptionError);
  });

  it("are re-sealed by the key rotation, and replay with only the new key left", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup();
    const first = await rotate(owner, "rotate-before-rekey");
    const { webhook_secret: secret } = (await first.json()) as { webhook_secret: string };
    const [before] = await storedRows(owner.tenantId);
    expect(String(before?.response_body_enc)).toMatch(/^v1\.k2\./);

    const rekey = await withKeys(
      `${NEW_KEY},${env.ENCRYPTION_KEYS}`,
      clientRequest("/v1/admin/encryption/reencrypt", {
        method: "POST",
        token: admin.token,
        body: { limit: 200 },
      }),
    );
    expect(rekey.status).toBe(200);
    expect(await rekey.json()).toMatchObject({ unreadable: 0, remaining: 0 });
    const [after] = await storedRows(owner.tenantId);
    expect(String(after?.response_body_enc)).toMatch(/^v1\.k3\./);

    const replay = await rotate(owner, "rotate-before-rekey", NEW_KEY);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(((await replay.json()) as { webhook_secret: string }).webhook_secret).toBe(secret);
  });
});
