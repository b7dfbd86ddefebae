import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../src/app";
import { BOOKMARK_HEADER } from "../../src/middleware/database";
import {
  call,
  callJson,
  clientRequest,
  type Owner,
  type RequestOptions,
  signup,
  tenantPath,
} from "../support/api-client";
import { countingD1 } from "../support/counting-d1";

const d1 = countingD1(env.CELL_US_1);

/** The D1 session constraint or bookmark the request's queries ran under. */
async function sessionOf(path: string, options: RequestOptions = {}) {
  d1.reset();
  const ctx = createExecutionContext();
  const res = await app.fetch(clientRequest(path, options), { ...env, CELL_US_1: d1.binding }, ctx);
  await res.arrayBuffer();
  await waitOnExecutionContext(ctx);
  expect(d1.sessions).toHaveLength(1);
  return d1.sessions[0];
}

function bookmarkOf(res: Response): string {
  const bookmark = res.headers.get(BOOKMARK_HEADER);
  if (!bookmark) throw new Error(`the response has no ${BOOKMARK_HEADER}`);
  return bookmark;
}

describe("D1 sessions and the bookmark header", () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await signup("Bookmarks");
  });

  it("returns the session's bookmark on a read, and a later one after a write", async () => {
    const first = bookmarkOf(await call(tenantPath(owner.tenantId), { token: owner.token }));

    const write = await call(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: "Bookmarks Two" },
      headers: { [BOOKMARK_HEADER]: first },
    });
    expect(write.status).toBe(200);
    const afterWrite = bookmarkOf(write);
    // Bookmarks sort in commit order.
    expect(afterWrite > first).toBe(true);

    const { body, res } = await callJson(tenantPath(owner.tenantId), {
      token: owner.token,
      headers: { [BOOKMARK_HEADER]: afterWrite },
    });
    expect(body.name).toBe("Bookmarks Two");
    expect(bookmarkOf(res) >= afterWrite).toBe(true);
  });

  it("returns it on error responses too", async () => {
    const res = await call(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { max_concurrent_calls: 0 },
    });
    expect(res.status).toBe(422);
    expect(bookmarkOf(res)).toMatch(/^us-1:[0-9a-f-]+$/);
  });

  it("starts a read anywhere, or from the client's bookmark when it sends one", async () => {
    const path = tenantPath(owner.tenantId);
    expect(await sessionOf(path, { token: owner.token })).toBe("first-unconstrained");
    const bookmark = bookmarkOf(await call(path, { token: owner.token }));
    // Named by its database, the cell: the part after the name is D1's own.
    const [database, d1Bookmark] = bookmark.split(":");
    expect(database).toBe("us-1");
    expect(
      await sessionOf(path, { token: owner.token, headers: { [BOOKMARK_HEADER]: bookmark } }),
    ).toBe(d1Bookmark);
    // A bookmark of another database is not handed to this one.
    expect(
      await sessionOf(path, {
        token: owner.token,
        headers: { [BOOKMARK_HEADER]: `eu-1:${d1Bookmark}` },
      }),
    ).toBe("first-unconstrained");
  });

  it("starts a write on the primary, whatever bookmark is sent", async () => {
    const bookmark = bookmarkOf(await call(tenantPath(owner.tenantId), { token: owner.token }));
    const session = await sessionOf(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: "Bookmarks Three" },
      headers: { [BOOKMARK_HEADER]: bookmark },
    });
    expect(session).toBe("first-primary");
  });

  it("refuses a header that is not a bookmark", async () => {
    for (const value of [
      "first-primary",
      "'; DROP TABLE tenants",
      "0".repeat(200),
      "00000000-0000001e-00000000",
      "US-1:0000",
    ]) {
      const { status, body } = await callJson(tenantPath(owner.tenantId), {
        token: owner.token,
        headers: { [BOOKMARK_HEADER]: value },
      });
      expect(status).toBe(400);
      expect(body.code).toBe("invalid_bookmark");
    }
  });
});
