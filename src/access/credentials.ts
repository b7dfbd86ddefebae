import type { GrantedRole, TenantRole } from "./roles";

/**
 * What a request's bearer credential is, before the database says whether it still holds:
 * a user's session (an access token naming it), a platform admin's session, or an API key (known
 * only by its HMAC from here on).
 */
export type Credential =
  | { kind: "session"; sessionId: string }
  | { kind: "platform"; sessionId: string }
  | { kind: "key"; keyHash: string };

/**
 * Who a request says it is: the user (none for a key), the role claimed (a token's, a hint: the
 * tenant's cell says the role that holds), the tenant and the cell the credential names.
 */
export type Principal = {
  credential: Credential;
  userId: string | null;
  role: TenantRole | "platform_admin" | null;
  tenantId: string | null;
  /** The cell of the principal's tenant when the credential was made: a hint, never the truth. */
  cell: string | null;
};

/** What a credential turned out to give on its tenant, read in the request's own statement. */
export type Access = {
  role: TenantRole;
  actorType: "user" | "key";
  actorId: string;
  actorName: string | null;
  /**
   * The tenant's user the credential acts for: a session's, a member key's maker; none for a
   * service key, nor for a platform admin (no member of the tenant).
   */
  userId: string | null;
  /** The parent tenant whose person or key acts on its sub-account; null on its own tenant. */
  via?: string | null;
};

/**
 * Where a route verifies its credential (src/access/gate.ts): in the tenant's own statement, a
 * platform admin's session in the control plane, the deletion receipt once the tenant is gone, or
 * the caller's own session where it lives (the auth routes).
 */
export const CREDENTIAL_CHECKS = ["tenant", "platform", "receipt", "session"] as const;
export type CredentialCheck = (typeof CREDENTIAL_CHECKS)[number];

/** The roles a key may hold, re-exported for the key routes' schemas. */
export type KeyRole = GrantedRole;

// `<kind>_<cell>_<tenant id>_<secret>`: the credential names where to check it, and for whom.
const SECRET = "[0-9A-Za-z]{43}";
const CELL = "[a-z0-9][a-z0-9-]{0,30}";
const TENANT = "[0-9a-f-]{36}";

export const API_KEY_PATTERN = new RegExp(`^sk_(${CELL})_(${TENANT})_(${SECRET})$`);
export const REFRESH_TOKEN_PATTERN = new RegExp(`^rt_(${CELL})_(${TENANT}|-)_(${SECRET})$`);
export const INVITATION_PATTERN = new RegExp(`^inv_(${CELL})_(${TENANT})_(${SECRET})$`);

/** Where a credential says its tenant is: a cell (or `control`), and the tenant (if any). */
export type Place = { cell: string; tenantId: string | null };

export function placeOf(pattern: RegExp, credential: string): Place | null {
  const match = pattern.exec(credential);
  if (!match) return null;
  const tenantId = match[2] === "-" ? null : (match[2] as string);
  return { cell: match[1] as string, tenantId };
}

/** The control plane's name in a refresh token: a platform admin's session is there. */
export const CONTROL_PLACE = "control";
