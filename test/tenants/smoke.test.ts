import { describe, expect, it } from "vitest";
import { callJson, signup, tenantPath, updateTenant } from "../helpers";

describe("smoke", () => {
  it("signs up, reads and updates the tenant", async () => {
    const owner = await signup("Acme");
    const { status, body, res } = await callJson(tenantPath(owner.tenantId), {
      token: owner.token,
    });
    expect(status).toBe(200);
    expect(body.name).toBe("Acme");
    expect(res.headers.get("ETag")).toBe('"v1"');
    const updated = await updateTenant(owner, { name: "Acme Inc", sip_password: "s3cret-pass" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: "Acme Inc", sip_password_set: true });
  });
});
