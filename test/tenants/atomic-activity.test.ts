import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signup, updateTenant } from "../support/api-client";

// Its own file: it breaks the activity log table, and storage is isolated per file.
describe("a change and its activity-log entry are one batch", () => {
  it("when the log entry cannot be written, the change is not stored either", async () => {
    const owner = await signup("Before");
    // A trigger makes every new log entry fail, as a full disk or a constraint would.
    await env.CELL_US_1.prepare(
      "CREATE TRIGGER fail_activity BEFORE INSERT ON activity_logs BEGIN SELECT RAISE(ABORT, 'log unavailable'); END",
    ).run();
    const { status, body } = await updateTenant(owner, {
      name: "After",
      sip_password: "never-stored",
    });
    expect(status).toBe(500);
    expect(body).toEqual({ detail: "Internal server error", code: "internal_error" });
    const row = await env.CELL_US_1.prepare(
      "SELECT name, sip_password_enc, version FROM tenants WHERE id = ?",
    )
      .bind(owner.tenantId)
      .first();
    expect(row).toEqual({ name: "Before", sip_password_enc: null, version: 1 });

    await env.CELL_US_1.prepare("DROP TRIGGER fail_activity").run();
    expect((await updateTenant(owner, { name: "After" })).body.name).toBe("After");
  });
});
