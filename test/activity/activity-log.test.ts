import { describe, expect, it } from "vitest";
import { callJson, signup, tenantPath, updateTenant } from "../support/api-client";

type Entry = {
  id: string;
  action: string;
  actor_id: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  request_id: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
};
type Page = { items: Entry[]; next_cursor: string | null };

describe("activity log", () => {
  it("records who changed what, from where, field by field", async () => {
    const owner = await signup("Old name");
    const { res } = await updateTenant(
      owner,
      { name: "New name", sip_enabled: true },
      {
        "User-Agent": "curl/8.0",
        "CF-Connecting-IP": "203.0.113.7",
      },
    );
    const { body } = await callJson<Page>(tenantPath(owner.tenantId, "/activity-logs"), {
      token: owner.token,
    });
    const [latest, created] = body.items;
    expect(latest).toMatchObject({
      action: "tenant.updated",
      actor_id: owner.tenantId,
      changes: {
        name: { from: "Old name", to: "New name" },
        sip_enabled: { from: false, to: true },
      },
      request_id: res.headers.get("X-Request-Id"),
      ip: "203.0.113.7",
      user_agent: "curl/8.0",
    });
    expect(created?.action).toBe("tenant.created");
  });

  it("an update that changes nothing writes no entry", async () => {
    const owner = await signup("Same");
    await updateTenant(owner, { name: "Same", sip_enabled: false });
    const { body } = await callJson<Page>(tenantPath(owner.tenantId, "/activity-logs"), {
      token: owner.token,
    });
    expect(body.items.map((e) => e.action)).toEqual(["tenant.created"]);
  });

  it("is newest first, paginated by cursor, filterable by action", async () => {
    const owner = await signup();
    for (let i = 0; i < 7; i++) await updateTenant(owner, { name: `Name ${i}` });
    const names: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor
        ? `?limit=3&action=tenant.updated&cursor=${cursor}`
        : "?limit=3&action=tenant.updated";
      const { body } = await callJson<Page>(tenantPath(owner.tenantId, `/activity-logs${query}`), {
        token: owner.token,
      });
      names.push(...body.items.map((e) => e.changes.name?.to));
      cursor = body.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names).toEqual(["Name 6", "Name 5", "Name 4", "Name 3", "Name 2", "Name 1", "Name 0"]);
  });
});
