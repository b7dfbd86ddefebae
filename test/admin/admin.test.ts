import { describe, expect, it } from "vitest";
import {
  callJson,
  createPlatformAdmin,
  signup,
  tenantPath,
  updateTenant,
} from "../support/api-client";

type Page = {
  items: { id: string; status: string; billing_plan: string }[];
  next_cursor: string | null;
};

describe("platform admin", () => {
  it("owners get 403 on the tenant list", async () => {
    const owner = await signup();
    const { status, body } = await callJson("/v1/tenants", { token: owner.token });
    expect(status).toBe(403);
    expect(body.code).toBe("forbidden");
  });

  it("lists every tenant, filtered and paginated", async () => {
    const admin = await createPlatformAdmin();
    const owners = await Promise.all([signup(), signup(), signup(), signup()]);
    await updateTenant(owners[0] as never, { billing_plan: "business" });
    await updateTenant(owners[1] as never, { status: "inactive" });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : "?limit=3";
      const { body } = await callJson<Page>(`/v1/tenants${query}`, { token: admin.token });
      expect(body.items.length).toBeLessThanOrEqual(3);
      seen.push(...body.items.map((t) => t.id));
      cursor = body.next_cursor;
    } while (cursor);
    for (const owner of owners) expect(seen).toContain(owner.tenantId);
    expect(new Set(seen).size).toBe(seen.length);

    const business = await callJson<Page>("/v1/tenants?billing_plan=business", {
      token: admin.token,
    });
    expect(business.body.items.map((t) => t.id)).toEqual([owners[0]?.tenantId]);
    const inactive = await callJson<Page>("/v1/tenants?status=inactive", { token: admin.token });
    expect(inactive.body.items.map((t) => t.id)).toEqual([owners[1]?.tenantId]);
  });

  it("validates the filters", async () => {
    const admin = await createPlatformAdmin();
    expect((await callJson("/v1/tenants?status=gone", { token: admin.token })).status).toBe(422);
    expect((await callJson("/v1/tenants?limit=0", { token: admin.token })).status).toBe(422);
    expect((await callJson("/v1/tenants?limit=101", { token: admin.token })).status).toBe(422);
  });

  it("reads and updates any tenant, and is recorded as the actor", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup();
    const { status } = await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: admin.token,
      body: { name: "By admin" },
    });
    expect(status).toBe(200);
    const logs = await callJson<{ items: { actor_id: string }[] }>(
      tenantPath(owner.tenantId, "/activity-logs"),
      { token: owner.token },
    );
    expect(logs.body.items[0]?.actor_id).toBe(admin.id);
  });

  it("cannot be created through the public API", async () => {
    const { status } = await callJson("/v1/auth/signup", {
      method: "POST",
      body: { email: "x@example.com", password: "long enough pw", role: "platform_admin" },
    });
    expect(status).toBe(422);
  });
});
