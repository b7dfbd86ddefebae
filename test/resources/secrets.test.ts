import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { DecryptionError, decryptSecret } from "../../src/lib/secrets";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { configure, create } from "../support/resource-fixtures";

const API_KEY = "sk_live_integration_plaintext_1234";
const NEW_API_KEY = "sk_live_rotated_plaintext_5678";
const PASSWORD = "trunk-password-plaintext-9012";
const NEW_PASSWORD = "trunk-password-rotated-3456";
const SECRETS = [API_KEY, NEW_API_KEY, PASSWORD, NEW_PASSWORD];

let owner: Owner;
const responses: string[] = [];
let integrationId: string;
let trunkId: string;

async function record(path: string, options: Parameters<typeof callJson>[1]) {
  const res = await callJson(tenantPath(owner.tenantId, path), { token: owner.token, ...options });
  expect(res.status).toBeLessThan(300);
  responses.push(JSON.stringify(res.body));
  return res.body;
}

/** Every text value in every table, as stored. */
async function everythingInD1(): Promise<string> {
  const tables = await env.CELL_US_1.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
  ).all<{ name: string }>();
  const dumps = await Promise.all(
    tables.results.map(async ({ name }) =>
      JSON.stringify((await env.CELL_US_1.prepare(`SELECT * FROM "${name}"`).all()).results),
    ),
  );
  return dumps.join("\n");
}

beforeAll(async () => {
  owner = await signup("Secretive");
  await configure(owner, { sip_enabled: true });
  const integration = await create(owner, "integrations", {
    name: "Billing API",
    type: "rest",
    base_url: "https://billing.example.com",
    credentials: { api_key: API_KEY },
  });
  integrationId = integration.id;
  responses.push(JSON.stringify(integration));
  const trunk = await create(owner, "sip-trunks", {
    name: "Carrier",
    host: "sip.carrier.example",
    username: "acme",
    password: PASSWORD,
  });
  trunkId = trunk.id;
  responses.push(JSON.stringify(trunk));

  await record(`/integrations/${integrationId}`, {
    method: "PUT",
    body: { credentials: { api_key: NEW_API_KEY } },
  });
  await record(`/sip-trunks/${trunkId}`, { method: "PUT", body: { password: NEW_PASSWORD } });
  for (const path of [
    `/integrations/${integrationId}`,
    "/integrations",
    `/sip-trunks/${trunkId}`,
    "/sip-trunks",
    "/activity-logs?limit=100",
  ]) {
    await record(path, {});
  }
});

describe("integration credentials and trunk passwords", () => {
  it("never appear in a response; responses say only whether they are set", () => {
    for (const body of responses) for (const secret of SECRETS) expect(body).not.toContain(secret);
    const integration = JSON.parse(responses[0] as string);
    expect(integration).toMatchObject({ credentials_set: true });
    expect(integration).not.toHaveProperty("credentials");
    expect(JSON.parse(responses[1] as string)).toMatchObject({ password_set: true });
  });

  it("never reach D1 in plaintext, the activity log included", async () => {
    const stored = await everythingInD1();
    expect(stored).toContain(integrationId);
    for (const secret of SECRETS) expect(stored).not.toContain(secret);
    const logged = await env.CELL_US_1.prepare(
      "SELECT changes FROM activity_logs WHERE target_id = ? AND action = 'sip_trunk.updated'",
    )
      .bind(trunkId)
      .first<{ changes: string }>();
    expect(JSON.parse(logged?.changes as string)).toEqual({
      password: { from: "[redacted]", to: "[redacted]" },
    });
  });

  it("are stored sealed to their tenant, table, row and field", async () => {
    const row = await env.CELL_US_1.prepare("SELECT password_enc FROM sip_trunks WHERE id = ?")
      .bind(trunkId)
      .first<{ password_enc: string }>();
    const sealed = row?.password_enc as string;
    expect(sealed).toMatch(/^v1\.k2\./);
    const context = {
      tenantId: owner.tenantId,
      table: "sip_trunks",
      rowId: trunkId,
      field: "password",
    };
    expect(await decryptSecret(env.ENCRYPTION_KEYS, sealed, context)).toBe(NEW_PASSWORD);
    await expect(
      decryptSecret(env.ENCRYPTION_KEYS, sealed, { ...context, rowId: integrationId }),
    ).rejects.toBeInstanceOf(DecryptionError);

    const integration = await env.CELL_US_1.prepare(
      "SELECT credentials_enc FROM integrations WHERE id = ?",
    )
      .bind(integrationId)
      .first<{ credentials_enc: string }>();
    const credentials = await decryptSecret(
      env.ENCRYPTION_KEYS,
      integration?.credentials_enc as string,
      {
        tenantId: owner.tenantId,
        table: "integrations",
        rowId: integrationId,
        field: "credentials",
      },
    );
    expect(JSON.parse(credentials)).toEqual({ api_key: NEW_API_KEY });
  });

  it("can be cleared where optional", async () => {
    const body = await record(`/integrations/${integrationId}`, {
      method: "PUT",
      body: { credentials: null },
    });
    expect(body).toMatchObject({ credentials_set: false });
    const trunk = await callJson(tenantPath(owner.tenantId, `/sip-trunks/${trunkId}`), {
      method: "PUT",
      token: owner.token,
      body: { password: null },
    });
    expect(trunk.status).toBe(422);
  });
});
