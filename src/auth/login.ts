import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import { cellSessions, controlSessions, startSession } from "../access/sessions";
import { actorOf } from "../activity/actor";
import { insertActivity } from "../activity/queries";
import { cellNamed } from "../cells/config";
import type { UserRow } from "../db/control-schema";
import type { AppEnv } from "../env";
import { ApiError, tenantDeleting, tenantMoving } from "../errors";
import { cellDb } from "../middleware/database";
import { findTenant } from "../tenants/queries";
import { tokenResponse } from "./grant";
import { activeMembership, ownerMembership } from "./queries";

export const invalidCredentials = () =>
  new ApiError(401, "invalid_credentials", "Incorrect email or password");

/**
 * A new session for a user whose password was verified, and its tokens. A platform admin's is in
 * the control plane. A tenant's user's is in the tenant's cell, written in one batch with its
 * `session.created` entry, once the tenant is known to serve (not being deleted) and the user is
 * an active member there: its role is the member's.
 */
export async function logIn(c: Context<AppEnv>, user: UserRow, cellName: string | null) {
  if (user.role === "platform_admin") {
    const store = controlSessions(c.get("control"));
    const session = await startSession(store, c.env.CREDENTIAL_HASH_KEY, {
      tenantId: null,
      userId: user.id,
    });
    await store.db.batch(session.writes as [(typeof session.writes)[number]]);
    const subject = {
      userId: user.id,
      tenantId: null,
      role: "platform_admin" as const,
      cell: null,
    };
    return tokenResponse(c.env, subject, session);
  }
  const cell = cellName ? cellNamed(c.env, cellName) : undefined;
  if (!cell || !user.tenantId) throw invalidCredentials();
  const tenantId = user.tenantId;
  const db = cellDb(c, cell);
  const owner = user.id === tenantId;
  const [tenant, member] = await Promise.all([
    findTenant(db, tenantId),
    owner ? undefined : activeMembership(db, tenantId, user.id),
  ]);
  // A tenant whose deletion completed took the account with it: the 401 of a wrong password.
  if (!tenant || (!owner && !member)) throw invalidCredentials();
  // The owner of a tenant being deleted cannot start a session.
  if (tenant.status === "deleting") throw tenantDeleting(tenantId);
  if (tenant.status === "moving") throw tenantMoving();
  const session = await startSession(cellSessions(db, cell.name), c.env.CREDENTIAL_HASH_KEY, {
    tenantId,
    userId: user.id,
  });
  const role = owner ? "owner" : (member?.role ?? "viewer");
  await db.batch([
    ...session.writes,
    // A tenant made before it had members gets its owner listed at the owner's first login.
    ...(owner ? [ownerMembership(db, tenantId, user.email)] : []),
    insertActivity(db, actorOf(c, user.id), {
      tenantId,
      action: "session.created",
      targetType: "session",
      targetId: session.sessionId,
      changes: {},
    }),
  ] as unknown as [BatchItem<"sqlite">]);
  return tokenResponse(c.env, { userId: user.id, tenantId, role, cell: cell.name }, session);
}
