import type { Context } from "hono";
import type { AppEnv } from "../env";
import { header } from "../openapi/headers";

/**
 * A browser's way to hold a session without any page script seeing its refresh token: asked
 * for with this header, the token goes into an httpOnly, SameSite=Strict cookie that only the
 * refresh route receives, and out of the JSON body; the access token stays in the page's memory.
 */
export const SESSION_COOKIE_HEADER = "X-Session-Cookie";
const COOKIE_NAME = "refresh_token";
/** Only the refresh route reads it; logout clears it by the same path. */
const COOKIE_PATH = "/v1/auth/refresh";

export const SESSION_COOKIE_PARAMETER = header(
  SESSION_COOKIE_HEADER,
  "`true`: the refresh token is set as an httpOnly, SameSite=Strict cookie scoped to " +
    "`/v1/auth/refresh` (a `Set-Cookie` answer header) and left out of the body. For browsers: " +
    "no page script can read it",
  { type: "string", const: "true" },
);

type TokenBody = { refresh_token: string; refresh_expires_in: number };

const wantsCookie = (c: Context<AppEnv>) => c.req.header(SESSION_COOKIE_HEADER) === "true";

/** The cookie's attributes: for the refresh route alone, out of scripts' reach, same site only. */
const attributes = (c: Context<AppEnv>, maxAge: number) =>
  `Max-Age=${maxAge}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Strict` +
  (new URL(c.req.url).protocol === "https:" ? "; Secure" : "");

/**
 * The answer carrying a session's tokens: as they are, or with the refresh token moved to the
 * session cookie when the request asked for it.
 */
export function tokenAnswer<T extends TokenBody, S extends 200 | 201>(
  c: Context<AppEnv>,
  body: T,
  status: S,
) {
  if (!wantsCookie(c)) return c.json(body, status);
  const { refresh_token: token, ...rest } = body;
  c.header("Set-Cookie", `${COOKIE_NAME}=${token}; ${attributes(c, body.refresh_expires_in)}`);
  return c.json(rest, status);
}

/** The refresh token a refresh trades: the body's, else the session cookie's. */
export function refreshTokenOf(c: Context<AppEnv>, fromBody: string | undefined) {
  if (fromBody !== undefined) return fromBody;
  for (const pair of (c.req.header("Cookie") ?? "").split(";")) {
    const [name, value] = pair.trim().split("=");
    if (name === COOKIE_NAME && value) return value;
  }
  return "";
}

/** A logout ends the browser's copy of the session too. */
export const clearSessionCookie = (c: Context<AppEnv>) =>
  c.header("Set-Cookie", `${COOKIE_NAME}=; ${attributes(c, 0)}`);
