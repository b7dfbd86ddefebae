import { describe, expect, it } from "vitest";
import { call, signup, tenantPath } from "../support/api-client";

describe("a replayed answer", () => {
  it("carries the retry's own X-Request-Id, as every response does", async () => {
    const owner = await signup();
    const create = (requestId: string) =>
      call(tenantPath(owner.tenantId, "/agents"), {
        method: "POST",
        token: owner.token,
        body: { name: "Receptionist" },
        headers: { "Idempotency-Key": "replay-request-id", "X-Request-Id": requestId },
      });
    const first = await create("first-attempt");
    expect(first.headers.get("X-Request-Id")).toBe("first-attempt");
    const retry = await create("second-attempt");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(retry.headers.get("X-Request-Id")).toBe("second-attempt");
    expect(retry.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});
