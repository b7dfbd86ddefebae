import type { NewSession } from "../access/sessions";
import { SESSION_TTL_SECONDS } from "../access/sessions";
import type { Bindings } from "../env";
import { issueToken, TOKEN_TTL_SECONDS, type TokenSubject } from "./tokens";

/**
 * What a login, a signup, an accepted invitation or a refresh answers: an access token for an
 * hour and the session's refresh token (30 days from the login, rotated on use).
 */
export async function tokenResponse(
  env: Bindings,
  subject: Omit<TokenSubject, "sessionId">,
  session: Pick<NewSession, "sessionId" | "refreshToken" | "expiresAt">,
) {
  const refreshExpiresIn = Math.max(
    0,
    Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000),
  );
  return {
    access_token: await issueToken(env.JWT_SECRET, { ...subject, sessionId: session.sessionId }),
    token_type: "bearer" as const,
    expires_in: TOKEN_TTL_SECONDS,
    refresh_token: session.refreshToken,
    refresh_expires_in: Math.min(refreshExpiresIn, SESSION_TTL_SECONDS),
    // The tenant's owner: the tenant's id, which a member's token names too.
    owner_id: subject.tenantId ?? subject.userId,
    user_id: subject.userId,
    role: subject.role,
    tenant_id: subject.tenantId,
  };
}
