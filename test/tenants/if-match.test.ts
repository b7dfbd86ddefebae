import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../src/app";
import {
  call,
  callJson,
  clientRequest,
  signup,
  tenantPath,
  updateTenant,
} from "../support/api-client";
import { gatedD1 } from "../support/gated-d1";

const WRITERS = 50;

describe("ETag and If-Match", () => {
  it("GET and PUT carry the ETag; it changes with every change and not without one", async () => {
    const owner = await signup();
    const read = await call(tenantPath(owner.tenantId), { token: owner.token });
    const etag = read.headers.get("ETag");
    expect(etag).toMatch(/^"v\d+\.us"$/);
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
    const owner = await signup("Original");
    const etag = (await call(tenantPath(owner.tenantId), { token: owner.token })).headers.get(
      "ETag",
    ) as string;
    // Every write waits until all 50 requests have read the tenant at the same version.
    const gate = gatedD1(env.CELL_US_1);
    gate.hold(WRITERS, 30_000);
    const results = await Promise.all(
      Array.from({ length: WRITERS }, async (_, i) => {
        const ctx = createExecutionContext();
        const res = await app.fetch(
          clientRequest(tenantPath(owner.tenantId), {
            method: "PUT",
            token: owner.token,
            body: { name: `Writer ${i}` },
            headers: { "If-Match": etag },
          }),
          { ...env, CELL_US_1: gate.binding },
          ctx,
        );
        const body = (await res.json()) as { name?: string; code?: string };
        await waitOnExecutionContext(ctx);
        return { status: res.status, body };
      }),
    );
    expect(gate.held).toBe(WRITERS);

    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => r.status === 412);
    expect(losers).toHaveLength(WRITERS - 1);
    for (const { body } of losers) expect(body.code).toBe("precondition_failed");

    const current = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(current.body.name).toBe(winners[0]?.body.name);
    expect(current.res.headers.get("ETag")).toBe('"v2.us"');
    const logs = await callJson<{ items: unknown[] }>(
      tenantPath(owner.tenantId, "/activity-logs?action=tenant.updated"),
      { token: owner.token },
    );
    expect(logs.body.items).toHaveLength(1);
  });
});
