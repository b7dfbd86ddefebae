import { sign, verify } from "hono/jwt";
import * as z from "zod";
import type { Principal } from "../env";
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
  role: z.enum(["owner", "platform_admin"]),
  // The cell of the tenant when the token was issued: where its requests go without asking the
  // directory. Absent for platform admins.
  cell: z.string().min(1).optional(),
  iat: z.number().int(),
  // hono/jwt checks `exp` only when present; an access token without one is refused here.
  exp: z.number().int(),
});

export async function issueToken(secret: string, principal: Principal) {
  const iat = Math.floor(Date.now() / 1000);
  const claims: z.infer<typeof Claims> = {
    sub: principal.userId,
    tenant_id: principal.tenantId,
    role: principal.role,
    ...(principal.cell ? { cell: principal.cell } : {}),
    iat,
    exp: iat + TOKEN_TTL_SECONDS,
  };
  return sign(claims, await signingKey(secret), ALGORITHM);
}

const invalidToken = () =>
  new ApiError(401, "invalid_token", "Invalid or expired access token", {
    "WWW-Authenticate": 'Bearer error="invalid_token"',
  });

export async function verifyToken(secret: string, token: string): Promise<Principal> {
  let payload: unknown;
  try {
    payload = await verify(token, await signingKey(secret), ALGORITHM);
  } catch {
    throw invalidToken();
  }
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw invalidToken();
  return {
    userId: claims.data.sub,
    tenantId: claims.data.tenant_id,
    role: claims.data.role,
    cell: claims.data.cell ?? null,
  };
}
