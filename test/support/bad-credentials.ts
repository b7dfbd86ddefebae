import { env } from "cloudflare:workers";
import { vi } from "vitest";
import { issueToken, TOKEN_TTL_SECONDS } from "../../src/auth/tokens";
import { randomBase62 } from "../../src/lib/keyed-hash";
import { call, callJson, type Owner, tenantPath } from "./api-client";
import { apiKey } from "./team";

/** A credential that must never be honoured, and what it is. */
export type BadCredential = { label: string; token: string };

/** What an access token says, unverified: the test's own tokens. */
export function claimsOf(token: string) {
  const payload = token.split(".")[1] as string;
  const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(json) as { sub: string; sid: string; cell: string; tenant_id: string };
}

/**
 * The credentials no route may answer with a success, made while the owner's tenant is still
 * active: a key of the tenant's shape never issued, a revoked key, a logged-out session of the
 * owner, the owner's own session in a token past its expiry, and another tenant's key.
 */
export async function badCredentials(owner: Owner, other: Owner): Promise<BadCredential[]> {
  const claims = claimsOf(owner.token);
  const revoked = await apiKey(owner, "admin", { name: "revoked" });
  const revocation = await call(tenantPath(owner.tenantId, `/api-keys/${revoked.id}`), {
    method: "DELETE",
    token: owner.token,
  });
  if (revocation.status !== 204) throw new Error(`revoke: ${revocation.status}`);
  const login = await callJson<{ access_token: string }>("/v1/auth/login", {
    method: "POST",
    body: { email: owner.email, password: owner.password },
  });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const logout = await call("/v1/auth/logout", {
    method: "POST",
    token: login.body.access_token,
  });
  if (logout.status !== 204) throw new Error(`logout: ${logout.status}`);
  // Signed as the owner's live session, an hour and a minute ago: expired a minute ago.
  const issuedAt = Date.now() - (TOKEN_TTL_SECONDS + 60) * 1000;
  const clock = vi.spyOn(Date, "now").mockReturnValue(issuedAt);
  const expired = await issueToken(env.JWT_SECRET, {
    userId: claims.sub,
    tenantId: owner.tenantId,
    role: "owner",
    sessionId: claims.sid,
    cell: claims.cell,
  });
  clock.mockRestore();
  return [
    { label: "made-up key", token: `sk_${claims.cell}_${owner.tenantId}_${randomBase62()}` },
    { label: "revoked key", token: revoked.key },
    { label: "logged-out session", token: login.body.access_token },
    { label: "expired token", token: expired },
    { label: "another tenant's key", token: (await apiKey(other, "admin")).key },
  ];
}
