import { sign } from "hono/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { issueToken, verifyToken } from "../../src/auth/tokens";

const subject = {
  userId: "u1",
  role: "owner",
  tenantId: "u1",
  sessionId: "s1",
  cell: "us-1",
} as const;
const principal = {
  credential: { kind: "session", sessionId: "s1" },
  userId: "u1",
  role: "owner",
  tenantId: "u1",
  cell: "us-1",
};
const SECRET = "a-secret-of-sufficient-length-0123456789";
const OTHER_SECRET = "another-secret-of-sufficient-length-987";

describe("access tokens with the signing key imported once per isolate", () => {
  it("verifies a token it issued, again and again", async () => {
    const token = await issueToken(SECRET, subject);
    expect(await verifyToken(SECRET, token)).toEqual(principal);
    expect(await verifyToken(SECRET, token)).toEqual(principal);
  });

  it("keeps one key per secret: a token of one secret fails under another", async () => {
    const token = await issueToken(SECRET, subject);
    await expect(verifyToken(OTHER_SECRET, token)).rejects.toMatchObject({ status: 401 });
    const other = await issueToken(OTHER_SECRET, subject);
    expect(await verifyToken(OTHER_SECRET, other)).toEqual(principal);
    await expect(verifyToken(SECRET, other)).rejects.toMatchObject({ status: 401 });
  });

  it("refuses other algorithms and expired tokens", async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: "u1",
      tenant_id: "u1",
      role: "owner",
      sid: "s1",
      iat: now,
      exp: now + 60,
    };
    const hs512 = await sign(claims, SECRET, "HS512");
    await expect(verifyToken(SECRET, hs512)).rejects.toMatchObject({ code: "invalid_token" });
    const expired = await sign({ ...claims, iat: now - 120, exp: now - 60 }, SECRET, "HS256");
    await expect(verifyToken(SECRET, expired)).rejects.toMatchObject({ code: "invalid_token" });
  });

  describe("a token verified before, as the next requests send it", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("is refused once it expires, and before it was issued", async () => {
      const token = await issueToken(SECRET, subject);
      expect(await verifyToken(SECRET, token)).toEqual(principal);
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 3600 * 1000);
      await expect(verifyToken(SECRET, token)).rejects.toMatchObject({ code: "invalid_token" });
      vi.setSystemTime(Date.now() - 2 * 3600 * 1000);
      await expect(verifyToken(SECRET, token)).rejects.toMatchObject({ code: "invalid_token" });
    });

    it("holds under its own secret only", async () => {
      const token = await issueToken(SECRET, subject);
      expect(await verifyToken(SECRET, token)).toEqual(principal);
      await expect(verifyToken(OTHER_SECRET, token)).rejects.toMatchObject({ status: 401 });
      expect(await verifyToken(SECRET, token)).toEqual(principal);
    });

    it("says the same each time, whatever a request did with what it was told", async () => {
      const token = await issueToken(SECRET, subject);
      const first = await verifyToken(SECRET, token);
      first.tenantId = "changed";
      first.credential.kind = "platform";
      expect(await verifyToken(SECRET, token)).toEqual(principal);
    });
  });
});
