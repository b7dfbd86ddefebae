import { sign, verify } from "hono/jwt";
import * as z from "zod";
import type { Principal } from "../access/credentials";
import { TENANT_ROLES } from "../access/roles";
import { ApiError } from "../errors";
import { oncePerKey } from "../lib/once";

export const TOKEN_TTL_SECONDS = 3600;
// Pinned: a token signed with any other algorithm, or `none`, is refused.
const ALGORITHM = "HS256";

// hono/jwt imports a string secret on every sign and verify; importing it once per isolate
// leaves only the HMAC itself per request.
const signingKey = oncePerKey((secret: string) =>
  crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign", "verify"],
  ),
);

const Claims = z.object({
  sub: z.string().min(1),
  tenant_id: z.string().min(1).nullable(),
  // The user's role on its tenant when the token was issued: a hint; the cell says what holds.
  role: z.enum([...TENANT_ROLES, "platform_admin"]),
  // The session the token belongs to: refused once the session is revoked or expired.
  sid: z.string().min(1),
  // The cell of the tenant when the token was issued: where its requests go without asking the
  // directory. Absent for platform admins.
  cell: z.string().min(1).optional(),
  iat: z.number().int(),
  // hono/jwt checks `exp` only when present; an access token without one is refused here.
  exp: z.number().int(),
});

/** What an access token says: its user, tenant, role, session and cell. */
export type TokenSubject = {
  userId: string;
  tenantId: string | null;
  role: z.infer<typeof Claims>["role"];
  sessionId: string;
  cell: string | null;
};

export async function issueToken(secret: string, subject: TokenSubject) {
  const iat = Math.floor(Date.now() / 1000);
  const claims: z.infer<typeof Claims> = {
    sub: subject.userId,
    tenant_id: subject.tenantId,
    role: subject.role,
    sid: subject.sessionId,
    ...(subject.cell ? { cell: subject.cell } : {}),
    iat,
    exp: iat + TOKEN_TTL_SECONDS,
  };
  return sign(claims, await signingKey(secret), ALGORITHM);
}

export const invalidToken = (detail = "Invalid or expired access token") =>
  new ApiError(401, "invalid_token", detail, {
    "WWW-Authenticate": 'Bearer error="invalid_token"',
  });

// A client sends the same token on every request until it expires: what a token says, once its
// signature is checked, is kept per isolate (by token and secret), so the next requests skip
// decoding it and its HMAC; its times are checked on every use as on the first. Only tokens whose
// signature held are kept, the oldest dropped past this many.
const MAX_VERIFIED_TOKENS = 1024;
const verifiedTokens = new Map<
  string,
  { secret: string; principal: Principal; iat: number; exp: number }
>();

/** The token's signature, algorithm and expiry checked; what it says. */
export async function verifyToken(secret: string, token: string): Promise<Principal> {
  const known = verifiedTokens.get(token);
  if (known && known.secret === secret) {
    const now = Math.floor(Date.now() / 1000);
    // hono/jwt's own checks: expired at `exp`, not valid before `iat`.
    if (known.exp <= now || now < known.iat) throw invalidToken();
    return { ...known.principal, credential: { ...known.principal.credential } };
  }
  let payload: unknown;
  try {
    payload = await verify(token, await signingKey(secret), ALGORITHM);
  } catch {
    throw invalidToken();
  }
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw invalidToken();
  const { sub, tenant_id: tenantId, role, sid, cell, iat, exp } = claims.data;
  const principal: Principal = {
    credential: { kind: role === "platform_admin" ? "platform" : "session", sessionId: sid },
    userId: sub,
    role,
    tenantId,
    cell: cell ?? null,
  };
  if (verifiedTokens.size >= MAX_VERIFIED_TOKENS) {
    verifiedTokens.delete(verifiedTokens.keys().next().value as string);
  }
  verifiedTokens.set(token, { secret, principal, iat, exp });
  return { ...principal, credential: { ...principal.credential } };
}
