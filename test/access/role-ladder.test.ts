import { describe, expect, it } from "vitest";
import { call, signup, tenantPath } from "../support/api-client";
import { team } from "../support/team";

/**
 * The role ladder as the product states it (viewer reads; developer also changes resources;
 * admin also the settings; owner also deletes the tenant), written out here rather than taken
 * from the code under test: one request of each level, every credential of the team, member and
 * key alike.
 */
const LADDER = ["viewer", "developer", "admin", "owner"] as const;

describe("the role ladder, one request of each level", () => {
  it("each role does what its level and the ones below allow, and is refused 403 above", {
    timeout: 60_000,
  }, async () => {
    const owner = await signup();
    const credentials = await team(owner);
    const requests = {
      viewer: (token: string) => call(tenantPath(owner.tenantId), { token }),
      developer: (token: string) =>
        call(tenantPath(owner.tenantId, "/agents"), {
          method: "POST",
          token,
          body: { name: "Ladder agent" },
        }),
      admin: (token: string) =>
        call(tenantPath(owner.tenantId), { method: "PUT", token, body: { name: "Ladder Co" } }),
      owner: (token: string) =>
        call(tenantPath(owner.tenantId, "?dry_run=true"), { method: "DELETE", token }),
    };
    const wrong: string[] = [];
    for (const credential of credentials) {
      const level = LADDER.indexOf(credential.role);
      for (const needs of LADDER) {
        const status = (await requests[needs](credential.token)).status;
        const allowed = LADDER.indexOf(needs) <= level;
        if (allowed ? status >= 300 : status !== 403) {
          wrong.push(`${credential.label} on a ${needs} request → ${status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
