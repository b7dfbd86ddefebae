import { describe, expect, it } from "vitest";
import { call, callJson, tenantPath, uniqueEmail } from "../support/api-client";

const COOKIE_MODE = { "X-Session-Cookie": "true" };
const PASSWORD = "correct horse battery";

/** The refresh token a `Set-Cookie` answer header carries, and its attributes. */
function sessionCookie(res: Response) {
  const header = res.headers.get("Set-Cookie") ?? "";
  const value = /^refresh_token=([^;]*)/.exec(header)?.[1] ?? null;
  return { header, value };
}

async function signUpForCookie() {
  const res = await call("/v1/auth/signup", {
    method: "POST",
    headers: COOKIE_MODE,
    body: { email: uniqueEmail(), password: PASSWORD },
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as Record<string, unknown>;
  return { res, body, cookie: sessionCookie(res) };
}

const refreshWithCookie = (value: string) =>
  call("/v1/auth/refresh", {
    method: "POST",
    headers: { ...COOKIE_MODE, Cookie: `refresh_token=${value}` },
    body: {},
  });

describe("the session cookie (X-Session-Cookie: true)", () => {
  it("moves the refresh token from the body into an httpOnly, SameSite=Strict cookie of the refresh route", async () => {
    const { body, cookie } = await signUpForCookie();
    expect(body).not.toHaveProperty("refresh_token");
    expect(body.access_token).toEqual(expect.any(String));
    expect(cookie.value).toMatch(/^rt_/);
    expect(cookie.header).toContain("HttpOnly");
    expect(cookie.header).toContain("SameSite=Strict");
    expect(cookie.header).toContain("Path=/v1/auth/refresh");
    expect(cookie.header).toMatch(/Max-Age=\d+/);
  });

  it("is traded by a refresh without a body token, and rotates: the spent cookie revokes the session", async () => {
    const { cookie } = await signUpForCookie();
    const first = await refreshWithCookie(cookie.value ?? "");
    expect(first.status).toBe(200);
    const refreshed = (await first.json()) as Record<string, unknown>;
    expect(refreshed).not.toHaveProperty("refresh_token");
    const next = sessionCookie(first).value;
    expect(next).toMatch(/^rt_/);
    expect(next).not.toBe(cookie.value);

    // The spent one again: taken for a stolen copy, the whole session ends.
    expect((await refreshWithCookie(cookie.value ?? "")).status).toBe(401);
    expect((await refreshWithCookie(next ?? "")).status).toBe(401);
  });

  it("answers as before without the header: the token in the body, no cookie", async () => {
    const { res, body } = await callJson<Record<string, unknown>>("/v1/auth/signup", {
      method: "POST",
      body: { email: uniqueEmail(), password: PASSWORD },
    });
    expect(body.refresh_token).toMatch(/^rt_/);
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });

  it("is cleared by a logout, and the session's cookie is refused after it", async () => {
    const { body, cookie } = await signUpForCookie();
    const token = String(body.access_token);
    const logout = await call("/v1/auth/logout", { method: "POST", token });
    expect(logout.status).toBe(204);
    const cleared = sessionCookie(logout);
    expect(cleared.value).toBe("");
    expect(cleared.header).toContain("Max-Age=0");
    expect(cleared.header).toContain("Path=/v1/auth/refresh");
    expect((await refreshWithCookie(cookie.value ?? "")).status).toBe(401);
    expect((await call(tenantPath(String(body.tenant_id)), { token })).status).toBe(401);
  });

  it("refuses a refresh with neither a body token nor a cookie (401, not a 500)", async () => {
    const res = await call("/v1/auth/refresh", { method: "POST", body: {} });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "invalid_token" });
  });
});
