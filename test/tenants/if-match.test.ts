import { describe, expect, it } from "vitest";
import { call, callJson, signup, tenantPath, updateTenant } from "../helpers";

describe("ETag and If-Match", () => {
  it("GET and PUT carry the ETag; it changes with every change and not without one", async () => {
    const owner = await signup();
    const read = await call(tenantPath(owner.tenantId), { token: owner.token });
    const etag = read.headers.get("ETag");
    expect(etag).toMatch(/^"v\d+"$/);
    const noop = await updateTenant(owner, {});
    expect(noop.res.headers.get("ETag")).toBe(etag);
    const changed = await updateTenant(owner, { name: "Changed" });
    expect(changed.res.headers.get("ETag")).not.toBe(etag);
  });

  it("a stale If-Match → 412 and nothing changes; the current one → 200", async () => {
    const owner = await signup("Original");
    const etag = (await call(tenantPath(owner.tenantId), { token: owner.token })).headers.get(
      "ETag",
    ) as string;
    const first = await updateTenant(owner, { name: "First writer" }, { "If-Match": etag });
    expect(first.status).toBe(200);

    const stale = await updateTenant(owner, { name: "Second writer" }, { "If-Match": etag });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe("precondition_failed");
    const current = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(current.body.name).toBe("First writer");

    const fresh = current.res.headers.get("ETag") as string;
    const retried = await updateTenant(owner, { name: "Second writer" }, { "If-Match": fresh });
    expect(retried.status).toBe(200);
    expect(retried.body.name).toBe("Second writer");
  });

  it("50 concurrent writers with the same If-Match: exactly one wins, the rest 412", async () => {
    const owner = await signup();
    const etag = (await call(tenantPath(owner.tenantId), { token: owner.token })).headers.get(
      "ETag",
    ) as string;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        updateTenant(owner, { name: `Writer ${i}` }, { "If-Match": etag }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const logs = await callJson<{ items: unknown[] }>(
      tenantPath(owner.tenantId, "/activity-logs?action=tenant.updated"),
      {
        token: owner.token,
      },
    );
    expect(logs.body.items).toHaveLength(1);
  });
});
