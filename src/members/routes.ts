import { and, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { GRANTED_ROLES, TENANT_ROLES } from "../access/roles";
import { cellSessions, revokeSessionsOf } from "../access/sessions";
import { actorOf } from "../activity/actor";
import { REDACTED } from "../activity/queries";
import { findUserByEmail } from "../auth/queries";
import { emailTaken } from "../auth/signup";
import { users } from "../db/control-schema";
import { isUniqueViolation } from "../db/errors";
import { type ApiKeyKind, apiKeys, members } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { keyedHash, randomBase62 } from "../lib/keyed-hash";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { encryptSecret } from "../lib/secrets";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { ResourceIdParam, Timestamp } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import {
  deleteOwned,
  findOwned,
  insertOwned,
  listOwned,
  type RowOf,
  updateOwned,
} from "../resources/queries";
import { sealedDataContext } from "../webhooks/deliver";
import { prepareEvent, sendDeliveries } from "../webhooks/emit";
import { insertDeliveryIfChanged } from "../webhooks/queries";
import { isLeftover } from "./leftover-account";

/** An invitation is good for this long, once. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

const Email = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());

const MemberInvite = z
  .strictObject({ email: Email, role: z.enum(GRANTED_ROLES) })
  .meta({ id: "MemberInvite" });
const MemberUpdate = z.strictObject({ role: z.enum(GRANTED_ROLES) }).meta({ id: "MemberUpdate" });

const Member = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    email: z.string(),
    role: z.enum(TENANT_ROLES),
    status: z.enum(["invited", "active"]),
    user_id: z
      .string()
      .nullable()
      .describe("The member's account, once the invitation is accepted"),
    invitation_expires_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "Member" });

const InvitedMember = Member.extend({
  invitation_token: z
    .string()
    .describe(
      "For the owner to deliver (it also goes out as a `member.invited` webhook): accepted once " +
        "at POST /v1/auth/accept-invitation, within 7 days. Shown this once",
    ),
}).meta({ id: "InvitedMember" });

type MemberRow = RowOf<typeof members>;

const toMember = (row: MemberRow): z.infer<typeof Member> => ({
  id: row.id,
  tenant_id: row.tenantId,
  email: row.email,
  role: row.role,
  status: row.status,
  user_id: row.userId,
  invitation_expires_at: row.invitationExpiresAt,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});

const MemberRemoved = z
  .object({
    member_id: z.string(),
    service_keys: z
      .array(z.object({ id: z.string(), name: z.string(), prefix: z.string() }))
      .describe(
        "The service keys the member made: they stay, as the organization's; rotate or revoke " +
          "them if the member should no longer know them",
      ),
  })
  .meta({ id: "MemberRemoved" });

/** The tenant's keys of `kind` that `userId` made. */
const keysMadeBy = (tenantId: string, userId: string, kind: ApiKeyKind) =>
  and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.createdBy, userId), eq(apiKeys.kind, kind));

const ownerUntouchable = () =>
  new ApiError(403, "forbidden", "The owner's membership cannot be changed or removed");

/** The member, not the owner: the owner stays the owner. */
async function changeableMember(c: Context<AppEnv>, id: string) {
  const member = await findOwned(c.get("db"), members, c.get("tenantId"), id);
  if (!member) throw notFound("Member");
  if (member.role === "owner") throw ownerUntouchable();
  return member;
}

/** Mounted at `/v1/tenants/{tenant_id}/members`: the team sharing the tenant, with their roles. */
export const memberRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags: ["Access"],
      summary: "List members",
      description: "The owner and everyone invited, newest first.",
      responses: { 200: { description: "A page of members", schema: pageOf(Member) } },
    }),
    queryParams(PageQuery),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listOwned(c.get("db"), members, c.get("tenantId"), query);
      return c.json(toPage(rows, query.limit, toMember));
    },
  )
  .post(
    "/",
    describeRoute({
      tags: ["Access"],
      summary: "Invite a member",
      description:
        "Invites an email with a role (admin, developer, viewer). The answer carries the " +
        "invitation token, once; a `member.invited` webhook carries it too. 409 `email_taken` " +
        "when the email has an account already, 409 `already_invited` when it is a member or " +
        "invited already.",
      role: "admin",
      errors: ["email_taken", "already_invited"],
      responses: {
        201: { description: "Invited", schema: InvitedMember, headers: ["Location"] },
      },
    }),
    noQueryParams(),
    jsonBody(MemberInvite),
    async (c) => {
      const { email, role } = c.req.valid("json");
      // A removal's leftover account is no one's: the accept removes it.
      const account = await findUserByEmail(c.get("control"), email);
      if (account && !(await isLeftover(c, account, nowIso()))) throw emailTaken();
      const tenant = c.get("tenant");
      const id = newId();
      const token = `inv_${c.get("cell").name}_${tenant.id}_${randomBase62()}`;
      const now = new Date();
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
      const delivery = prepareEvent(tenant, "member.invited", {
        member_id: id,
        email,
        role,
        invitation_token: REDACTED,
        invitation_expires_at: expiresAt,
      });
      if (delivery) {
        delivery.sealedDataEnc = await encryptSecret(
          c.env.ENCRYPTION_KEYS,
          JSON.stringify({ invitation_token: token }),
          sealedDataContext(delivery),
        );
      }
      const db = c.get("db");
      let row: MemberRow | undefined;
      try {
        row = await insertOwned(
          db,
          actorOf(c),
          members,
          {
            id,
            tenantId: tenant.id,
            email,
            role,
            status: "invited",
            invitationHash: await keyedHash(c.env.CREDENTIAL_HASH_KEY, token),
            invitationExpiresAt: expiresAt,
            invitedBy: c.get("access").actorId,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          },
          {
            action: "member.invited",
            targetType: "member",
            changes: { email: { from: null, to: email }, role: { from: null, to: role } },
          },
          { also: delivery ? [insertDeliveryIfChanged(db, delivery)] : [] },
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ApiError(409, "already_invited", "This email is a member or invited already");
        }
        throw error;
      }
      if (!row) throw new Error("the invitation's insert was refused");
      await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [delivery]);
      c.header("Location", locationOf(c, id));
      return c.json({ ...toMember(row), invitation_token: token }, 201);
    },
  )
  .put(
    "/:id",
    describeRoute({
      tags: ["Access"],
      summary: "Change a member's role",
      description: "Takes effect on the member's next request. The owner's role does not change.",
      role: "admin",
      responses: { 200: { description: "The member", schema: Member } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    jsonBody(MemberUpdate),
    async (c) => {
      const { id } = c.req.valid("param");
      const { role } = c.req.valid("json");
      const member = await changeableMember(c, id);
      if (member.role === role) return c.json(toMember(member));
      const updated = await updateOwned(
        c.get("db"),
        actorOf(c),
        members,
        { tenantId: member.tenantId, id },
        { role, updatedAt: nowIso() },
        {
          action: "member.updated",
          targetType: "member",
          changes: { role: { from: member.role, to: role } },
        },
        { guard: eq(members.role, member.role) },
      );
      if (!updated) throw new ApiError(409, "conflict", "Changed concurrently; try again");
      return c.json(toMember(updated));
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags: ["Access"],
      summary: "Remove a member",
      description:
        "Removes the member, its sessions, its member keys and its account: its tokens and " +
        "keys are refused from its next request on. The service keys it made are the " +
        "organization's and stay: the answer names them, to rotate or revoke. The owner " +
        "cannot be removed.",
      role: "admin",
      responses: { 200: { description: "Removed", schema: MemberRemoved } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const { id } = c.req.valid("param");
      const member = await changeableMember(c, id);
      const db = c.get("db");
      // Its member keys go with it (the access check refuses them already, once it is gone).
      const credentials = member.userId
        ? [
            revokeSessionsOf(cellSessions(db, c.get("cell").name), member.userId, "member_removed"),
            db.delete(apiKeys).where(keysMadeBy(member.tenantId, member.userId, "member")),
          ]
        : [];
      const removed = await deleteOwned(
        db,
        actorOf(c),
        members,
        { tenantId: member.tenantId, id },
        {
          action: "member.removed",
          targetType: "member",
          changes: { email: { from: member.email, to: null } },
        },
        { also: credentials },
      );
      if (!removed) throw notFound("Member");
      const serviceKeys = member.userId
        ? await db
            .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix })
            .from(apiKeys)
            .where(keysMadeBy(member.tenantId, member.userId, "service"))
            .orderBy(apiKeys.id)
        : [];
      if (member.userId) {
        await c
          .get("control")
          .delete(users)
          .where(and(eq(users.id, member.userId), eq(users.tenantId, member.tenantId)));
      }
      return c.json({ member_id: id, service_keys: serviceKeys }, 200);
    },
  );
