import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../../src/app";
import { type Owner, signup, tenantPath } from "../../support/api-client";

let owner: Owner;
beforeAll(async () => {
  owner = await signup();
});

const upload = (contentLength: string) =>
  new Request(`http://api.test${tenantPath(owner.tenantId, "/files")}`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${owner.token}`,
      "Content-Type": "text/plain",
      "X-Filename": "a.txt",
      "Content-Length": contentLength,
    },
    body: "hello",
  });

async function expectBadRequest(res: Response) {
  expect(res.status).toBe(400);
  expect(res.headers.get("Content-Type")).toContain("application/json");
  expect(res.headers.get("X-Request-Id")).toBeTruthy();
  expect(await res.json()).toEqual({
    detail: expect.stringContaining("Content-Length"),
    code: "bad_request",
  });
}

// A client's malformed Content-Length, as far as it reaches the Worker: the HTTP server in front
// refuses some forms (an empty value) before the Worker runs.
describe("a malformed Content-Length → 400 bad_request JSON", () => {
  it("on an upload, through the Worker's fetch handler", async () => {
    for (const value of ["abc", "-1", "1, 1", "5 5", "0x5"]) {
      await expectBadRequest(await exports.default.fetch(upload(value)));
    }
  });

  it("an empty value, as the Worker sees it when a request is built in process", async () => {
    const ctx = createExecutionContext();
    const res = await app.fetch(upload(""), env, ctx);
    await waitOnExecutionContext(ctx);
    await expectBadRequest(res);
  });

  it("on a JSON route too, so no body limit is skipped over an unreadable length", async () => {
    const res = await exports.default.fetch(
      new Request(`http://api.test${tenantPath(owner.tenantId)}`, {
        method: "PUT",
        headers: {
          Authorization: `Bearer ${owner.token}`,
          "Content-Type": "application/json",
          "Content-Length": "lots",
        },
        body: JSON.stringify({ name: "x" }),
      }),
    );
    await expectBadRequest(res);
  });

  it("a well-formed one passes as before", async () => {
    const ok = await exports.default.fetch(upload("5"));
    expect(ok.status).toBe(201);
  });
});
