import { describe, expect, it, vi } from "vitest";
import {
  call,
  callJson,
  createPlatformAdmin,
  type Owner,
  signup,
  tenantPath,
} from "../support/api-client";
import { badCredentials } from "../support/bad-credentials";
import { invitedMember } from "../support/team";

const receipt = (owner: Owner, token: string) =>
  call(tenantPath(owner.tenantId, "/deletion"), { token });

/** Deletes the owner's tenant through the API, as `token`, and waits for its receipt. */
async function deleted(owner: Owner, token: string) {
  const started = await call(tenantPath(owner.tenantId), { method: "DELETE", token });
  expect(started.status).toBe(202);
  await vi.waitFor(
    async () => {
      const job = await callJson(tenantPath(owner.tenantId, "/deletion"), { token });
      expect(job.body.status).toBe("completed");
    },
    { timeout: 10_000, interval: 100 },
  );
}

describe("the deletion receipt, once the tenant is gone", { timeout: 30_000 }, () => {
  it("answers no credential it cannot verify: made-up, revoked, logged out, expired, another's", async () => {
    const owner = await signup();
    const other = await signup();
    const bad = await badCredentials(owner, other);
    await deleted(owner, owner.token);
    const answered: string[] = [];
    for (const { label, token } of bad) {
      const read = await receipt(owner, token);
      const again = await call(tenantPath(owner.tenantId), { method: "DELETE", token });
      if (read.ok || again.ok)
        answered.push(`${label}: GET ${read.status}, DELETE ${again.status}`);
      expect([401, 403, 404]).toContain(read.status);
      expect([401, 403, 404]).toContain(again.status);
    }
    expect(answered).toEqual([]);
  });

  it("is read by the requester's own login and by platform admins, nobody else of the tenant", async () => {
    const owner = await signup();
    const admin = await createPlatformAdmin();
    const member = await invitedMember(owner, "admin");
    await deleted(owner, owner.token);
    expect((await receipt(owner, owner.token)).status).toBe(200);
    expect((await receipt(owner, admin.token)).status).toBe(200);
    expect((await receipt(owner, member.token)).status).toBe(401);
  });

  it("a deletion a platform admin requested is read by platform admins alone", async () => {
    const owner = await signup();
    const admin = await createPlatformAdmin();
    await deleted(owner, admin.token);
    expect((await receipt(owner, admin.token)).status).toBe(200);
    expect((await receipt(owner, owner.token)).status).toBe(401);
  });
});
