import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { cellNamed } from "../../../src/cells/config";
import { createDb } from "../../../src/db/client";
import { runDueDeletions } from "../../../src/deletion/due";
import { findTenant } from "../../../src/tenants/queries";
import { recordEndpointOutcome } from "../../../src/webhook-endpoints/health";
import { findEndpoint } from "../../../src/webhook-endpoints/queries";
import { prepareEvent } from "../../../src/webhooks/emit";
import { WEBHOOK_EVENT_TYPES } from "../../../src/webhooks/events";
import { signedHeaders } from "../../../src/webhooks/signature";
import { callJson, type Owner, tenantPath } from "../../support/api-client";
import { deref, loadDocument } from "../../support/api-document";
import { US_CELL } from "../../support/cells";
import { storedDeliveries } from "../../support/deliveries";
import { configure, createAgent, startCall } from "../../support/resource-fixtures";
import type { JsonSchema } from "../../support/schema-arbitrary";
import { webhookTenant } from "../../support/webhooks";

type WebhookOperation = {
  post: {
    parameters: { name: string; in: string; required: boolean; schema: JsonSchema }[];
    requestBody: { content: { "application/json": { schema: JsonSchema } } };
    responses: Record<string, unknown>;
  };
};

let webhooks: Record<string, WebhookOperation>;
let resolve: (ref: string) => JsonSchema;

beforeAll(async () => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
  vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
  const loaded = await loadDocument();
  webhooks = (loaded.document as { webhooks?: Record<string, WebhookOperation> }).webhooks ?? {};
  resolve = loaded.resolve;
});
afterAll(() => vi.restoreAllMocks());

/** What is wrong with `payload` as the document describes the event `type`, or null. */
function undescribed(type: string, payload: string) {
  const schema = webhooks[type]?.post.requestBody.content["application/json"].schema;
  if (!schema) return `${type} is not in the document's webhooks`;
  const result = z.fromJSONSchema(deref(schema, resolve) as never).safeParse(JSON.parse(payload));
  return result.success ? null : `${type}: ${JSON.stringify(result.error.issues)} in ${payload}`;
}

/** Every event the API sends, made through the API (the last one, `tenant.deleted`, as its step does). */
async function emitEveryEvent(owner: Owner) {
  const path = tenantPath(owner.tenantId);
  const ok = async (what: string, res: Promise<{ status: number; body: unknown }>) => {
    const { status, body } = await res;
    if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
    return body as { id: string };
  };
  await ok(
    "update",
    callJson(path, { method: "PUT", token: owner.token, body: { name: "Renamed" } }),
  );
  await ok("test", callJson(`${path}/webhooks/test`, { method: "POST", token: owner.token }));
  // The start reaches this alert: usage.threshold_reached.
  await ok(
    "alert",
    callJson(`${path}/usage-alerts`, {
      method: "POST",
      token: owner.token,
      body: { metric: "active_calls", threshold: 1 },
    }),
  );
  const agent = await createAgent(owner);
  const call = await ok("start", startCall(owner, agent.id));
  await ok(
    "end",
    callJson(`${path}/calls/${call.id}/end`, {
      method: "POST",
      token: owner.token,
      body: { ended_reason: "hangup" },
    }),
  );
  await ok(
    "invite",
    callJson(`${path}/members`, {
      method: "POST",
      token: owner.token,
      body: { email: `invited-${owner.tenantId}@example.com`, role: "developer" },
    }),
  );
  // An endpoint disabled as the consumer disables it: a failed attempt after three days of them.
  const endpoint = await ok(
    "endpoint",
    callJson(`${path}/webhook-endpoints`, {
      method: "POST",
      token: owner.token,
      body: { url: "https://other.example.com/hooks" },
    }),
  );
  const db = createDb(env.CELL_US_1);
  await env.CELL_US_1.prepare("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ?")
    .bind("2000-01-01T00:00:00.000Z", endpoint.id)
    .run();
  const [tenantRow, endpointRow] = await Promise.all([
    findTenant(db, owner.tenantId),
    findEndpoint(db, owner.tenantId, endpoint.id),
  ]);
  if (!tenantRow || !endpointRow) throw new Error("no tenant or endpoint");
  await recordEndpointOutcome(db, env.WEBHOOK_DELIVERIES, tenantRow, endpointRow, false);
  // A deletion scheduled, reminded of a day before, cancelled; then one run at once.
  await ok(
    "grace",
    callJson(path, { method: "PUT", token: owner.token, body: { deletion_grace_days: 2 } }),
  );
  const scheduled = await ok("schedule", callJson(path, { method: "DELETE", token: owner.token }));
  const at = Date.parse(String((scheduled as { scheduled_for?: string }).scheduled_for));
  const cell = cellNamed(env, US_CELL);
  if (!cell) throw new Error("no US cell");
  const sweep = { env, cell, db: createDb(env.CELL_US_1), blobs: env.BLOBS_US };
  await runDueDeletions(sweep, new Date(at - 12 * 60 * 60 * 1000));
  await ok("cancel", callJson(`${path}/deletion/cancel`, { method: "POST", token: owner.token }));
  await ok("delete", callJson(`${path}?now=true`, { method: "DELETE", token: owner.token }));
  const payloads: Record<string, string[]> = {};
  for (const type of WEBHOOK_EVENT_TYPES) {
    payloads[type] = (await storedDeliveries(owner.tenantId, type)).map((d) => d.payload);
  }
  const tenant = await findTenant(createDb(env.CELL_US_1), owner.tenantId);
  const farewell = tenant && prepareEvent(tenant, "tenant.deleted", { deletion_id: "job" });
  payloads["tenant.deleted"] = farewell ? [farewell.payload] : [];
  return payloads;
}

describe("the document's webhooks", () => {
  it("describe every event the API sends, with the Standard Webhooks headers", () => {
    expect(Object.keys(webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const [type, { post }] of Object.entries(webhooks)) {
      const headers = post.parameters.filter((p) => p.in === "header" && p.required);
      expect(headers.map((p) => p.name).sort(), type).toEqual([
        "webhook-id",
        "webhook-signature",
        "webhook-timestamp",
      ]);
      expect(Object.keys(post.responses), type).toContain("2XX");
    }
  });

  it.each([
    ["without HIPAA", {}],
    ["with HIPAA (personal data left out)", { billing_plan: "enterprise", hipaa_enabled: true }],
  ])("match every payload sent, %s", async (_, settings) => {
    const { owner } = await webhookTenant();
    await configure(owner, {
      ...settings,
      max_concurrent_calls: 5,
      monthly_call_limit: 100,
    });
    const payloads = await emitEveryEvent(owner);
    const wrong: string[] = [];
    for (const type of WEBHOOK_EVENT_TYPES) {
      expect(payloads[type]?.length, `${type} was sent`).toBeGreaterThan(0);
      for (const payload of payloads[type] ?? []) {
        const problem = undescribed(type, payload);
        if (problem) wrong.push(problem);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("document headers that a Standard Webhooks library verifies", async () => {
    const secret = `whsec_${btoa("a secret of twenty-four bytes!")}`;
    const previous = `whsec_${btoa("the previous secret, 24 bytes")}`;
    const body = JSON.stringify({ type: "webhook.test", timestamp: new Date().toISOString() });
    const headers = await signedHeaders([secret, previous], "delivery-1", body);
    const { parameters } = webhooks["webhook.test"]?.post ?? { parameters: [] };
    for (const param of parameters) {
      const value = headers[param.name];
      expect(value, param.name).toBeDefined();
      if (param.schema.pattern) expect(value).toMatch(new RegExp(param.schema.pattern));
    }
    for (const key of [secret, previous]) {
      expect(new Webhook(key).verify(body, headers)).toMatchObject({ type: "webhook.test" });
    }
  });
});
