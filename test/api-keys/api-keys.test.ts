import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callJson, signup, tenantPath } from "../support/api-client";
import { everyCellD1 } from "../support/cells";
import { createAgent, startCall } from "../support/resource-fixtures";
import { apiKey } from "../support/team";

/** Every value of every row of every table of every database, as text. */
async function everythingStored() {
  const databases = [{ name: "control", d1: env.DB }, ...everyCellD1()];
  const values: string[] = [];
  for (const { d1 } of databases) {
    const tables = await d1
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'",
      )
      .all<{ name: string }>();
    for (const { name } of tables.results) {
      const rows = await d1.prepare(`SELECT * FROM "${name}"`).all();
      for (const row of rows.results) values.push(...Object.values(row).map(String));
    }
  }
  return values.join("\n");
}

const setKey = (id: string, column: "expires_at" | "last_used_at", value: string) =>
  env.CELL_US_1.prepare(`UPDATE api_keys SET ${column} = ? WHERE id = ?`).bind(value, id).run();

describe("API keys", () => {
  it("are shown once, stored only as a keyed hash, and work as a bearer credential", async () => {
    const owner = await signup();
    const key = await apiKey(owner, "developer", { name: "backend" });
    expect(key.key).toMatch(/^sk_us-1_[0-9a-f-]{36}_[0-9A-Za-z]{43}$/);
    expect(key.prefix).toBe(key.key.split("_").at(-1)?.slice(0, 8));

    const listed = await callJson<{ items: Record<string, unknown>[] }>(
      tenantPath(owner.tenantId, "/api-keys"),
      { token: owner.token },
    );
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ id: key.id, name: "backend", role: "developer" });
    expect(JSON.stringify(listed.body)).not.toContain(key.key.split("_").at(-1));

    const stored = await everythingStored();
    const secret = key.key.split("_").at(-1) as string;
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(8));

    const res = await call(tenantPath(owner.tenantId), { token: key.key });
    expect(res.status).toBe(200);
    const agent = await callJson(tenantPath(owner.tenantId, "/agents"), {
      method: "POST",
      token: key.key,
      body: { name: "made by a key" },
    });
    expect(agent.status).toBe(201);
    const entry = await env.CELL_US_1.prepare(
      "SELECT actor_type, actor_id, actor_name FROM activity_logs WHERE tenant_id = ? AND action = 'agent.created'",
    )
      .bind(owner.tenantId)
      .first();
    expect(entry).toEqual({ actor_type: "key", actor_id: key.id, actor_name: "backend" });
  });

  it("refuses a revoked key on the next request, and an expired one", async () => {
    const owner = await signup();
    const revoked = await apiKey(owner, "viewer");
    const expiring = await apiKey(owner, "viewer", {
      expires_at: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect((await call(tenantPath(owner.tenantId), { token: revoked.key })).status).toBe(200);
    expect((await call(tenantPath(owner.tenantId), { token: expiring.key })).status).toBe(200);

    const deleted = await call(tenantPath(owner.tenantId, `/api-keys/${revoked.id}`), {
      method: "DELETE",
      token: owner.token,
    });
    expect(deleted.status).toBe(204);
    const refused = await callJson(tenantPath(owner.tenantId), { token: revoked.key });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: "invalid_token" });

    await setKey(expiring.id, "expires_at", new Date(Date.now() - 1000).toISOString());
    expect((await call(tenantPath(owner.tenantId), { token: expiring.key })).status).toBe(401);
    // Refused as well where the request reads its credential in its own batch.
    const agent = await createAgent(owner);
    const start = await startCall({ ...owner, token: expiring.key }, agent.id);
    expect(start.status).toBe(401);
  });

  it("refuses a key of another tenant, a made-up key and an expiry in the past", async () => {
    const owner = await signup();
    const other = await signup();
    const key = await apiKey(other, "admin");
    expect((await call(tenantPath(owner.tenantId), { token: key.key })).status).toBe(404);
    const forged = key.key.replace(other.tenantId, owner.tenantId);
    expect((await call(tenantPath(owner.tenantId), { token: forged })).status).toBe(401);
    const made = `sk_us-1_${owner.tenantId}_${"a".repeat(43)}`;
    expect((await call(tenantPath(owner.tenantId), { token: made })).status).toBe(401);

    const past = await callJson(tenantPath(owner.tenantId, "/api-keys"), {
      method: "POST",
      token: owner.token,
      body: { name: "late", role: "viewer", expires_at: "2020-01-01T00:00:00.000Z" },
    });
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ code: "validation_failed" });
  });

  it("writes last_used_at at most once a minute", async () => {
    const owner = await signup();
    const key = await apiKey(owner, "viewer");
    const lastUsed = async () =>
      (
        await env.CELL_US_1.prepare("SELECT last_used_at FROM api_keys WHERE id = ?")
          .bind(key.id)
          .first<{ last_used_at: string | null }>()
      )?.last_used_at ?? null;
    expect(await lastUsed()).toBeNull();
    await call(tenantPath(owner.tenantId), { token: key.key });
    await expect.poll(lastUsed).not.toBeNull();
    const first = await lastUsed();
    for (let i = 0; i < 5; i++) await call(tenantPath(owner.tenantId), { token: key.key });
    expect(await lastUsed()).toBe(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000).toISOString();
    await setKey(key.id, "last_used_at", twoMinutesAgo);
    await call(tenantPath(owner.tenantId), { token: key.key });
    await expect.poll(lastUsed).not.toBe(twoMinutesAgo);
  });

  it("counts a use where the request reads its key in its own batch, and a refused one", async () => {
    const owner = await signup();
    const starter = await apiKey(owner, "developer");
    const refused = await apiKey(owner, "viewer");
    const lastUsed = (id: string) => async () =>
      (
        await env.CELL_US_1.prepare("SELECT last_used_at FROM api_keys WHERE id = ?")
          .bind(id)
          .first<{ last_used_at: string | null }>()
      )?.last_used_at ?? null;
    const agent = await createAgent(owner);
    const start = await startCall({ ...owner, token: starter.key }, agent.id);
    expect(start.status).toBe(201);
    await expect.poll(lastUsed(starter.id)).not.toBeNull();
    const put = await call(tenantPath(owner.tenantId), {
      method: "PUT",
      token: refused.key,
      body: { name: "not mine to change" },
    });
    expect(put.status).toBe(403);
    await expect.poll(lastUsed(refused.id)).not.toBeNull();
  });
});
