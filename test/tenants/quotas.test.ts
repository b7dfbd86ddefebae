import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { newId, nowIso } from "../../src/lib/ids";
import { PLANS } from "../../src/tenants/plans";
import { callJson, type RequestOptions, signup, tenantPath } from "../support/api-client";
import { callWithD1 } from "../support/app-with-d1";
import { gatedD1 } from "../support/gated-d1";
import { send } from "../support/resource-fixtures";
import { webhookTenant } from "../support/webhooks";

const starter = PLANS.starter.quotas;
const gate = gatedD1(env.CELL_US_1);

afterEach(() => vi.restoreAllMocks());

const through = (path: string, options: RequestOptions) => callWithD1(gate.binding, path, options);

/** Rows written straight to D1: a tenant near its quota without thousands of requests. */
async function seedAgents(tenantId: string, count: number) {
  const now = nowIso();
  const statements = Array.from({ length: count }, (_, i) =>
    env.CELL_US_1.prepare(
      "INSERT INTO agents (id, tenant_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
    ).bind(newId(), tenantId, `Seeded ${i}`, now, now),
  );
  await env.CELL_US_1.batch(statements);
}

async function seedFiles(tenantId: string, count: number, size: number) {
  const now = nowIso();
  const statements = Array.from({ length: count }, (_, i) => {
    const id = newId();
    return env.CELL_US_1.prepare(
      `INSERT INTO files (id, tenant_id, name, content_type, size, sha256, r2_key, created_at, updated_at)
       VALUES (?, ?, ?, 'text/plain', ?, 'x', ?, ?, ?)`,
    ).bind(id, tenantId, `seeded-${i}.txt`, size, `tenants/${tenantId}/files/${id}`, now, now);
  });
  await env.CELL_US_1.batch(statements);
}

const objectsOf = async (tenantId: string) =>
  (await env.BLOBS_US.list({ prefix: `tenants/${tenantId}/files/` })).objects.length;

const uploadFile = (owner: { tenantId: string; token: string }, bytes = "hello") =>
  send(tenantPath(owner.tenantId, "/files"), {
    token: owner.token,
    body: bytes,
    headers: { "Content-Type": "text/plain", "X-Filename": "note.txt" },
  });

describe("quotas per plan", () => {
  it("agents: parallel creates at the quota admit exactly the room left; then 403 quota_exceeded", async () => {
    const owner = await signup();
    await seedAgents(owner.tenantId, starter.agents - 2);
    gate.hold(6);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        through(tenantPath(owner.tenantId, "/agents"), {
          method: "POST",
          token: owner.token,
          body: { name: `Racer ${i}` },
        }),
      ),
    );
    expect(gate.held).toBe(6);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 403, 403, 403, 403]);
    const refused = results.find((r) => r.status === 403);
    expect(refused?.body).toMatchObject({ code: "quota_exceeded" });
    expect(String(refused?.body.detail)).toContain("agents");
    const { body } = await callJson<{ quotas: Record<string, { used: number; limit: number }> }>(
      tenantPath(owner.tenantId, "/usage"),
      { token: owner.token },
    );
    expect(body.quotas.agents).toEqual({ used: starter.agents, limit: starter.agents });
  });

  it("files: the count quota refuses the next upload with 403, storing nothing", async () => {
    const owner = await signup();
    await seedFiles(owner.tenantId, starter.files, 1);
    const before = await objectsOf(owner.tenantId);
    const res = await uploadFile(owner);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "quota_exceeded" });
    expect(await objectsOf(owner.tenantId)).toBe(before);
  });

  it("files: the bytes quota counts the upload's own size", async () => {
    const owner = await signup();
    await seedFiles(owner.tenantId, 1, starter.fileBytes - 10);
    expect((await uploadFile(owner, "0123456789")).status).toBe(201);
    const over = await uploadFile(owner, "x");
    expect(over.status).toBe(403);
    const body = (await over.json()) as { code: string; detail: string };
    expect(body.code).toBe("quota_exceeded");
    expect(body.detail).toContain("file_bytes");
    const usage = await callJson<{ quotas: Record<string, { used: number; limit: number }> }>(
      tenantPath(owner.tenantId, "/usage"),
      { token: owner.token },
    );
    expect(usage.body.quotas.files).toEqual({ used: 2, limit: starter.files });
    expect(usage.body.quotas.file_bytes).toEqual({
      used: starter.fileBytes,
      limit: starter.fileBytes,
    });
  });

  it("test webhooks: the plan's rate per minute, then 429 rate_limited with Retry-After", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["webhook.test"] });
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
    const statuses: number[] = [];
    let refusal: Response | undefined;
    for (let i = 0; i < starter.testWebhooksPerMinute + 3; i++) {
      const res = await send(tenantPath(owner.tenantId, "/webhooks/test"), { token: owner.token });
      statuses.push(res.status);
      if (res.status === 429) refusal = res;
      else await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 202)).toHaveLength(starter.testWebhooksPerMinute);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(refusal?.headers.get("Retry-After")).toBe("60");
    expect(await refusal?.json()).toMatchObject({ code: "rate_limited" });
  });
});
