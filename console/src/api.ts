import { type components, createClient } from "../../client";

export type Schemas = components["schemas"];
export type Tenant = Schemas["Tenant"];
export type Role = Schemas["TokenResponse"]["role"];

/** Who is signed in: the access token lives here, in memory, and nowhere else. */
export type Session = {
  accessToken: string;
  role: Role;
  userId: string;
  tenantId: string | null;
};

let session: Session | null = null;
let renewal: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<(session: Session | null) => void>();

export const currentSession = () => session;

export function onSessionChange(listener: (session: Session | null) => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The API on this page's own origin, every request with the session's access token. */
export const api = createClient({ baseUrl: location.origin });
api.use({
  onRequest({ request }) {
    if (session) request.headers.set("Authorization", `Bearer ${session.accessToken}`);
    return request;
  },
  onResponse({ request, response }) {
    // An access token refused (the session revoked elsewhere, a password changed): signed out.
    if (
      response.status === 401 &&
      session &&
      !new URL(request.url).pathname.startsWith("/v1/auth/")
    )
      setSession(null);
    return response;
  },
});

/** Asks the answers carrying tokens to put the refresh token in the httpOnly cookie instead. */
export const COOKIE_MODE = { header: { "X-Session-Cookie": "true" } } as const;

type Granted = Pick<
  Schemas["TokenResponse"],
  "access_token" | "expires_in" | "role" | "user_id"
> & {
  tenant_id: string | null;
};

/** A new access token: kept in memory, and renewed a minute before it expires. */
export function grant(tokens: Granted) {
  setSession({
    accessToken: tokens.access_token,
    role: tokens.role,
    userId: tokens.user_id,
    tenantId: tokens.tenant_id,
  });
  clearTimeout(renewal);
  renewal = setTimeout(() => void renew(), Math.max(5, tokens.expires_in - 60) * 1000);
}

function setSession(next: Session | null) {
  session = next;
  if (!next) {
    clearTimeout(renewal);
    acting = null;
  }
  for (const listener of listeners) listener(next);
}

/** Trades the session cookie for new tokens (the cookie rotates too); false when there is none. */
export async function renew(): Promise<boolean> {
  const { data } = await api.POST("/v1/auth/refresh", { params: COOKIE_MODE, body: {} });
  if (!data) {
    setSession(null);
    return false;
  }
  grant(data);
  return true;
}

/** Ends the session on the server (its cookie cleared by the answer), then here. */
export async function logOut() {
  await api.POST("/v1/auth/logout");
  setSession(null);
}

/** Forgets the session here alone: after the tenant's deletion, nothing is left to log out of. */
export const forgetSession = () => setSession(null);

/** A sub-account the parent's person acts in: its routes take the parent's token. */
export type Acting = { id: string; name: string };
let acting: Acting | null = null;

export const actingIn = () => acting;

/** Acts in a sub-account (or, with null, back in the signed-in tenant): every page follows. */
export function actIn(next: Acting | null) {
  acting = next;
  for (const listener of listeners) listener(session);
}

/** The tenant the pages act on: the sub-account switched to, else the signed-in tenant. */
export function tenantPath() {
  return { path: { tenant_id: acting?.id ?? session?.tenantId ?? "" } };
}
