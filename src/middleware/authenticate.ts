import { createMiddleware } from "hono/factory";
import { API_KEY_PATTERN, type Principal, placeOf } from "../access/credentials";
import { enterGate, leaveGate } from "../access/gate";
import { invalidToken, verifyToken } from "../auth/tokens";
import type { Bindings } from "../bindings";
import { ApiError } from "../errors";
import { keyedHash } from "../lib/keyed-hash";

/** An API key as a principal: its tenant and cell from its prefix, the key itself by its HMAC. */
async function keyPrincipal(env: Bindings, key: string): Promise<Principal> {
  const place = placeOf(API_KEY_PATTERN, key);
  if (!place) throw invalidToken("Invalid API key");
  return {
    credential: { kind: "key", keyHash: await keyedHash(env.CREDENTIAL_HASH_KEY, key) },
    userId: null,
    role: null,
    tenantId: place.tenantId,
    cell: place.cell,
  };
}

/** What `authenticate` gives the request: what its credential says. */
export type AuthenticateVariables = { principal: Principal };

/**
 * Requires `Authorization: Bearer <access token or API key>` and sets the `principal`: what the
 * credential says, its signature and expiry checked. Then the one gate (src/access/gate.ts) has
 * it verified where the route declares, and refuses a success whose credential it was not.
 */
export const authenticate = () =>
  createMiddleware<{ Bindings: Bindings; Variables: AuthenticateVariables }>(
    async function authenticate(c, next) {
      const header = c.req.header("Authorization");
      const match = header?.match(/^Bearer\s+(\S+)$/i);
      const bearer = match?.[1];
      if (!bearer) {
        throw new ApiError(401, "not_authenticated", "Missing bearer token", {
          "WWW-Authenticate": "Bearer",
        });
      }
      const principal = bearer.startsWith("sk_")
        ? await keyPrincipal(c.env, bearer)
        : await verifyToken(c.env.JWT_SECRET, bearer);
      c.set("principal", principal);
      await enterGate(c, principal);
      await next();
      leaveGate(c);
    },
  );
