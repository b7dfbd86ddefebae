import { describe, expect, it } from "vitest";
import { callJson, createPlatformAdmin, signup, tenantPath } from "../support/api-client";
import { family } from "../support/family";

describe("sub-accounts: another parent", () => {
  it("only a platform admin moves a sub-account to another parent; the new parent reaches it, the old one no more", async () => {
    const from = await family(1);
    const to = await family(0);
    const subId = from.subs[0]?.id ?? "";
    const move = (token: string, parentId: string) =>
      callJson(tenantPath(subId, "/parent"), {
        method: "PUT",
        token,
        body: { parent_id: parentId },
      });
    const byOwner = await move(from.parent.token, to.parent.tenantId);
    expect(byOwner).toMatchObject({ status: 403, body: { code: "forbidden" } });

    const admin = await createPlatformAdmin();
    const starter = await signup();
    const refused = await move(admin.token, starter.tenantId);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain("parent_not_eligible");

    const moved = await move(admin.token, to.parent.tenantId);
    expect(moved).toMatchObject({ status: 200, body: { parent_id: to.parent.tenantId } });
    expect((await callJson(tenantPath(subId), { token: to.parent.token })).status).toBe(200);
    expect((await callJson(tenantPath(subId), { token: from.parent.token })).status).toBe(404);
  });
});
