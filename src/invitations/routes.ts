import { and, eq, gt, isNull } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { INVITATION_PATTERN, placeOf } from "../access/credentials";
import { cellSessions, startSession } from "../access/sessions";
import { actorOf } from "../activity/actor";
import { insertActivityIfChanged } from "../activity/queries";
import { tokenResponse } from "../auth/grant";
import { hashPassword, passwordIterations, verifyPasswordOrDummy } from "../auth/password";
import { findUserByEmail } from "../auth/queries";
import { AcceptInvitation, TokenResponse } from "../auth/schemas";
import { SESSION_COOKIE_PARAMETER, tokenAnswer } from "../auth/session-cookie";
import { invalidToken } from "../auth/tokens";
import { directoryCell } from "../cells/routing";
import type { Db } from "../db/client";
import { users } from "../db/control-schema";
import { isUniqueViolation } from "../db/errors";
import { members, tenants } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, tenantDeleting, tenantDeletionScheduled, tenantMoving } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { keyedHash } from "../lib/keyed-hash";
import { isLeftover } from "../members/leftover-account";
import { cellDb } from "../middleware/database";
import { clientIp, rateLimit } from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";

const invalidInvitation = () => invalidToken("Invalid, used or expired invitation");

/**
 * The cell's write of a joining member; when it throws, the account this request made in the
 * control plane is removed again (one left by a crash is taken up by the next try).
 */
async function joinOrTakeBack<T>(
  control: Db,
  userId: string,
  madeHere: boolean,
  join: () => Promise<T>,
): Promise<T> {
  try {
    return await join();
  } catch (error) {
    if (madeHere) await control.delete(users).where(eq(users.id, userId));
    throw error;
  }
}

/**
 * The joining member's account in the control plane: made now (`made`), or the one an earlier
 * try of this invitation made before dying (same email, tenant and password), taken up. A
 * removal's leftover of the same email is removed first; any other account is another's (409).
 */
async function accountFor(
  c: Context<AppEnv>,
  joining: { email: string; tenantId: string; password: string; now: string },
): Promise<{ id: string; made: boolean }> {
  const control = c.get("control");
  const { email, tenantId, password, now } = joining;
  const iterations = passwordIterations(c.env);
  const passwordHash = await hashPassword(password, iterations);
  const make = async () => {
    const id = newId();
    await control
      .insert(users)
      .values({ id, email, passwordHash, role: "member", tenantId, createdAt: now });
    return { id, made: true };
  };
  try {
    return await make();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await findUserByEmail(control, email);
  if (existing && (await isLeftover(c, existing, now))) {
    await control.delete(users).where(eq(users.id, existing.id));
    return make();
  }
  const same =
    existing?.tenantId === tenantId &&
    existing.role === "member" &&
    (await verifyPasswordOrDummy(password, existing.passwordHash, iterations));
  if (!existing || !same) {
    throw new ApiError(409, "email_taken", "An account with this email already exists");
  }
  return { id: existing.id, made: false };
}

/** The tenant takes no writes now: refused before anything is written in any store. */
function refuseUnsettled(tenantId: string, status: string | undefined) {
  if (status === "moving") throw tenantMoving();
  if (status === "deleting") throw tenantDeleting(tenantId);
  if (status === "deletion_scheduled") throw tenantDeletionScheduled(tenantId);
  if (status !== "active" && status !== "inactive") throw invalidInvitation();
}

/**
 * Mounted at `/v1/auth`: an invitation accepted. The tenant's state is read with the
 * invitation, so a tenant that takes no writes (moving, being deleted) is refused before anything
 * is written. Then the member's account is made in the control plane (its email's unique index
 * refuses a second), then in the cell, in one batch guarded by the invitation still being open:
 * the member becomes active (the invitation spent), with its first session and a `member.joined`
 * entry. Should the cell refuse that batch (a move's fence that came in between, a failure), the
 * account this request made is taken back before the answer, so the refusal leaves nothing
 * anywhere and the invitation can be accepted later. A crash between the two writes is finished
 * by the same request again: an account of that email, for that tenant, with that password, is
 * taken up.
 */
export const acceptInvitationRoutes = new Hono<AppEnv>().post(
  "/accept-invitation",
  describeRoute({
    tags: ["Auth"],
    summary: "Accept an invitation",
    description:
      "With the invitation token a member was given and a password of its choosing: makes the " +
      "member's account and logs it in. An invitation is good once, for 7 days.",
    auth: false,
    errors: ["invalid_token", "email_taken", "tenant_moving"],
    headers: [SESSION_COOKIE_PARAMETER],
    responses: {
      201: {
        description: "Joined, and logged in; `Location` is the membership",
        schema: TokenResponse,
        headers: ["Location", "Set-Cookie"],
      },
    },
  }),
  rateLimit("AUTH_IP_LIMITER", (c) => `accept:${clientIp(c)}`),
  noQueryParams(),
  jsonBody(AcceptInvitation),
  async (c) => {
    const { invitation_token: token, password } = c.req.valid("json");
    const place = placeOf(INVITATION_PATTERN, token);
    const tenantId = place?.tenantId;
    if (!tenantId) throw invalidInvitation();
    const control = c.get("control");
    const cell = await directoryCell(c.env, control, tenantId);
    if (!cell) throw invalidInvitation();
    const db = cellDb(c, cell);
    const hash = await keyedHash(c.env.CREDENTIAL_HASH_KEY, token);
    const now = nowIso();
    const open = and(
      eq(members.tenantId, tenantId),
      eq(members.invitationHash, hash),
      eq(members.status, "invited"),
      gt(members.invitationExpiresAt, now),
    );
    const found = await db
      .select({ member: members, status: tenants.status })
      .from(members)
      .innerJoin(tenants, eq(tenants.id, members.tenantId))
      .where(open)
      .get();
    if (!found) throw invalidInvitation();
    const { member } = found;
    refuseUnsettled(tenantId, found.status);

    const { id: userId, made: madeHere } = await accountFor(c, {
      email: member.email,
      tenantId,
      password,
      now,
    });
    const [joined] = await joinOrTakeBack(control, userId, madeHere, () =>
      db.batch([
        db
          .update(members)
          .set({ status: "active", userId, invitationHash: null, updatedAt: now })
          .where(and(open, isNull(members.userId)))
          .returning({ role: members.role }),
        insertActivityIfChanged(db, actorOf(c, userId), {
          tenantId,
          action: "member.joined",
          targetType: "member",
          targetId: member.id,
          changes: { status: { from: "invited", to: "active" } },
        }),
      ]),
    );
    if (!joined[0]) throw invalidInvitation();
    // The first session, once the invitation was this request's to spend; a crash before it
    // leaves an active member who logs in.
    const session = await startSession(cellSessions(db, cell.name), c.env.CREDENTIAL_HASH_KEY, {
      tenantId,
      userId,
    });
    await db.batch(session.writes as [(typeof session.writes)[number]]);
    const subject = { userId, tenantId, role: joined[0].role, cell: cell.name };
    c.header("Location", `/v1/tenants/${tenantId}/members/${member.id}`);
    return tokenAnswer(c, await tokenResponse(c.env, subject, session), 201);
  },
);
