import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, signup, tenantPath } from "../support/api-client";

afterEach(async () => {
  vi.restoreAllMocks();
  await env.CELL_US_1.prepare("DROP TRIGGER IF EXISTS refuse_idempotency_writes").run();
});

/** Refuses writes to the tenant's stored responses, as a write fence does while it is deleted. */
const fenceIdempotencyWrites = (tenantId: string, event: "UPDATE" | "DELETE") =>
  env.CELL_US_1.prepare(
    `CREATE TRIGGER refuse_idempotency_writes BEFORE ${event} ON idempotency_keys
     WHEN OLD.tenant_id = '${tenantId}'
     BEGIN SELECT RAISE(ABORT, 'tenant is being deleted'); END`,
  ).run();

describe("Idempotency-Key when its record cannot be written", () => {
  it("a success whose response cannot be stored is still answered as a success, and logged", async () => {
    const owner = await signup();
    await fenceIdempotencyWrites(owner.tenantId, "UPDATE");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call(tenantPath(owner.tenantId, "/agents"), {
      method: "POST",
      token: owner.token,
      body: { name: "Stored or not" },
      headers: { "Idempotency-Key": "fenced" },
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { name: string }).name).toBe("Stored or not");
    expect(errors.mock.calls.map(([line]) => String(line)).join("\n")).toContain(
      "idempotency_store_failed",
    );
  });

  it("a refusal whose key cannot be released is still answered as that refusal", async () => {
    const owner = await signup();
    await fenceIdempotencyWrites(owner.tenantId, "DELETE");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call(tenantPath(owner.tenantId, "/agents"), {
      method: "POST",
      token: owner.token,
      body: { name: "" },
      headers: { "Idempotency-Key": "fenced-refusal" },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: unknown }).detail).toBeInstanceOf(Array);
  });
});
