import { beforeAll, describe, expect, it } from "vitest";
import {
  call,
  callJson,
  type Owner,
  signup,
  tenantPath,
  updateTenant,
} from "../support/api-client";

let owner: Owner;
let etag: string;
beforeAll(async () => {
  owner = await signup("Conditional Co");
  etag = (await call(tenantPath(owner.tenantId), { token: owner.token })).headers.get(
    "ETag",
  ) as string;
});

const read = (ifNoneMatch: string) =>
  call(tenantPath(owner.tenantId), {
    token: owner.token,
    headers: { "If-None-Match": ifNoneMatch },
  });

describe("If-Match on PUT tenant: strong comparison (RFC 9110 13.1.1)", () => {
  it("a weak tag never matches, even for the current version → 412, nothing changes", async () => {
    const current = (await call(tenantPath(owner.tenantId), { token: owner.token })).headers.get(
      "ETag",
    ) as string;
    for (const ifMatch of [`W/${current}`, `"v0", W/${current}`]) {
      const refused = await updateTenant(
        owner,
        { name: "Weakly matched" },
        { "If-Match": ifMatch },
      );
      expect(refused.status).toBe(412);
      expect(refused.body.code).toBe("precondition_failed");
    }
    const after = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(after.body.name).toBe("Conditional Co");
    expect(after.res.headers.get("ETag")).toBe(current);
  });

  it("the current strong tag, in a list or alone, and * still match", async () => {
    const current = (await call(tenantPath(owner.tenantId), { token: owner.token })).headers.get(
      "ETag",
    ) as string;
    const listed = await updateTenant(
      owner,
      { name: "Listed" },
      { "If-Match": `"v0", ${current}` },
    );
    expect(listed.status).toBe(200);
    const any = await updateTenant(owner, { name: "Conditional Co" }, { "If-Match": "*" });
    expect(any.status).toBe(200);
    etag = any.res.headers.get("ETag") as string;
  });
});

describe("If-None-Match on GET tenant: 304 (RFC 9110 13.1.2)", () => {
  it("the current tag → 304 with the ETag and no body", async () => {
    const res = await read(etag);
    expect(res.status).toBe(304);
    expect(res.headers.get("ETag")).toBe(etag);
    expect(res.headers.get("X-Request-Id")).toBeTruthy();
    expect(await res.text()).toBe("");
  });

  it("weak comparison: W/ matches; a list matches when one member does; * matches", async () => {
    for (const header of [`W/${etag}`, `"v0", ${etag}`, `"v0",W/${etag}`, "*"]) {
      const res = await read(header);
      expect(res.status, header).toBe(304);
      expect(res.headers.get("ETag")).toBe(etag);
    }
  });

  it("a stale or foreign tag → 200 with the tenant", async () => {
    for (const header of ['"v0"', `W/"v0"`, '"something-else"', "v1"]) {
      const res = await read(header);
      expect(res.status, header).toBe(200);
      expect(((await res.json()) as { id: string }).id).toBe(owner.tenantId);
    }
  });

  it("after a change the old tag no longer matches", async () => {
    const changed = await updateTenant(owner, { name: "Changed" });
    expect(changed.status).toBe(200);
    const res = await read(etag);
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBe(changed.res.headers.get("ETag"));
    expect((await read(changed.res.headers.get("ETag") as string)).status).toBe(304);
  });
});
