import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, type Owner, signup, tenantPath } from "../../support/api-client";

const createAgent = (owner: Owner, key: string | undefined, body: unknown) =>
  call(tenantPath(owner.tenantId, "/agents"), {
    method: "POST",
    token: owner.token,
    body,
    headers: key ? { "Idempotency-Key": key } : {},
  });

const agentCount = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT count(*) AS n FROM agents WHERE tenant_id = ?")
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n;

describe("Idempotency-Key", () => {
  it("replays the first response for a retry of the same request, with one side effect", async () => {
    const owner = await signup();
    const first = await createAgent(owner, "create-agent-1", { name: "Receptionist" });
    const retry = await createAgent(owner, "create-agent-1", { name: "Receptionist" });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await retry.json()).toEqual(await first.json());
    expect(await agentCount(owner.tenantId)).toBe(1);
    const logged = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ? AND action = 'agent.created'",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(logged?.n).toBe(1);
  });

  it("the same key with another body → 422, and nothing is created", async () => {
    const owner = await signup();
    await createAgent(owner, "key-2", { name: "First" });
    const other = await createAgent(owner, "key-2", { name: "Second" });
    expect(other.status).toBe(422);
    expect(((await other.json()) as { code: string }).code).toBe("idempotency_key_reused");
    expect(await agentCount(owner.tenantId)).toBe(1);
  });

  it("concurrent duplicates: one winner, one side effect", async () => {
    const owner = await signup();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => createAgent(owner, "burst", { name: "Burst" })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(await agentCount(owner.tenantId)).toBe(1);
    const ids = new Set(
      await Promise.all(
        results
          .filter((r) => r.status === 201)
          .map(async (r) => ((await r.json()) as { id: string }).id),
      ),
    );
    expect(ids.size).toBe(1);
    const conflicts = results.filter((r) => r.status === 409);
    for (const res of conflicts) expect(res.headers.get("Retry-After")).toBe("1");
  });

  it("keys are per tenant", async () => {
    const a = await signup();
    const b = await signup();
    expect((await createAgent(a, "shared-key", { name: "A" })).status).toBe(201);
    const forB = await createAgent(b, "shared-key", { name: "A" });
    expect(forB.status).toBe(201);
    expect(forB.headers.get("Idempotent-Replayed")).toBeNull();
    expect(await agentCount(b.tenantId)).toBe(1);
  });

  it("a refused request is not kept: its retry runs again", async () => {
    const owner = await signup();
    const refused = await createAgent(owner, "retry-after-fix", { name: "" });
    expect(refused.status).toBe(422);
    const again = await createAgent(owner, "retry-after-fix", { name: "" });
    expect(again.headers.get("Idempotent-Replayed")).toBeNull();
    expect(again.status).toBe(422);
  });

  it("works for DELETE too", async () => {
    const owner = await signup();
    const created = (await (await createAgent(owner, undefined, { name: "Temp" })).json()) as {
      id: string;
    };
    const del = () =>
      call(tenantPath(owner.tenantId, `/agents/${created.id}`), {
        method: "DELETE",
        token: owner.token,
        headers: { "Idempotency-Key": "del-1" },
      });
    expect((await del()).status).toBe(204);
    const replay = await del();
    expect(replay.status).toBe(204);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it("refuses a malformed key", async () => {
    const owner = await signup();
    const res = await createAgent(owner, "bad key with spaces", { name: "X" });
    expect(res.status).toBe(400);
    expect(await agentCount(owner.tenantId)).toBe(0);
  });

  it("expires after 24 hours", async () => {
    const owner = await signup();
    await createAgent(owner, "old-key", { name: "Old" });
    await env.CELL_US_1.prepare(
      "UPDATE idempotency_keys SET expires_at = '2000-01-01T00:00:00.000Z' WHERE key = 'old-key'",
    ).run();
    const later = await createAgent(owner, "old-key", { name: "Old" });
    expect(later.status).toBe(201);
    expect(later.headers.get("Idempotent-Replayed")).toBeNull();
    expect(await agentCount(owner.tenantId)).toBe(2);
  });
});
