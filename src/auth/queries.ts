import { and, eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Actor } from "../activity/queries";
import { insertActivity } from "../activity/queries";
import type { Cell } from "../cells/config";
import { activateEntry, pendingEntry } from "../cells/directory";
import type { Db } from "../db/client";
import { tenantDirectory, users } from "../db/control-schema";
import { insertIf } from "../db/insert-if";
import { activityLogs, members, refreshTokens, sessions, tenants, usageAlerts } from "../db/schema";
import { nowIso } from "../lib/ids";
import { SIGNUP_PLAN } from "../tenants/plans";
import { insertDefaultAlerts } from "../usage-alerts/defaults";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/events";

/**
 * The user with this email, and its tenant's cell once the tenant's signup has completed (null
 * for a platform admin, or an owner whose signup has not).
 */
export const findLogin = (control: Db, email: string) =>
  control
    .select({ user: users, cell: tenantDirectory.cell })
    .from(users)
    .leftJoin(
      tenantDirectory,
      and(eq(tenantDirectory.tenantId, users.tenantId), eq(tenantDirectory.status, "active")),
    )
    .where(eq(users.email, email))
    .get();

export const findUserByEmail = (control: Db, email: string) =>
  control.select().from(users).where(eq(users.email, email)).get();

export type NewOwner = { id: string; email: string; passwordHash: string; tenantName: string };

/**
 * A signup's first write, in the control plane: the owner and the tenant's directory entry,
 * `pending` in `cell`, in one batch. The email's unique index refuses a second account. Nobody
 * can log in to a pending entry; the sweep finishes it or removes it.
 */
export async function reserveSignup(control: Db, owner: NewOwner, cell: Cell) {
  await control.batch([
    control.insert(users).values({
      id: owner.id,
      email: owner.email,
      passwordHash: owner.passwordHash,
      role: "owner",
      tenantId: owner.id,
      createdAt: nowIso(),
    }),
    control.insert(tenantDirectory).values(pendingEntry(owner.id, cell)),
  ]);
}

/**
 * The signup's second write, in the cell, one batch: the tenant, its owner as its first member,
 * its default usage alerts, the first log entry, and the owner's first session (`sessionWrites`).
 */
export async function createTenantInCell(
  db: Db,
  actor: Actor,
  owner: NewOwner,
  cell: Cell,
  sessionWrites: BatchItem<"sqlite">[],
) {
  const now = nowIso();
  await db.batch([
    db.insert(tenants).values({
      id: owner.id,
      name: owner.tenantName,
      ...SIGNUP_PLAN,
      dataRegion: cell.region,
      webhookEvents: [...WEBHOOK_EVENT_TYPES],
      createdAt: now,
      updatedAt: now,
    }),
    db.insert(members).values({
      id: owner.id,
      tenantId: owner.id,
      userId: owner.id,
      email: owner.email,
      role: "owner",
      status: "active",
      createdAt: now,
      updatedAt: now,
    }),
    insertDefaultAlerts(db, owner.id, now),
    insertActivity(db, actor, {
      tenantId: owner.id,
      action: "tenant.created",
      targetType: "tenant",
      targetId: owner.id,
      changes: { name: { from: null, to: owner.tenantName } },
    }),
    ...sessionWrites,
  ]);
}

/** The owner's row among the tenant's members, when it has none yet. */
export const ownerMembership = (db: Db, tenantId: string, email: string) => {
  const now = nowIso();
  // Only when it is missing, and not while the tenant's deletion is scheduled (its members are
  // fenced then, and its owner still signs in): an insert that would do nothing on a conflict is
  // still an insert to the write fence, which would refuse the sign-in.
  const wanted = sql`NOT EXISTS (SELECT 1 FROM ${members} WHERE ${members.id} = ${tenantId})
    AND NOT EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenants.id} = ${tenantId}
      AND ${tenants.status} = 'deletion_scheduled')`;
  return insertIf(
    db,
    members,
    {
      id: tenantId,
      tenantId,
      userId: tenantId,
      email,
      role: "owner",
      status: "active",
      createdAt: now,
      updatedAt: now,
    },
    wanted,
  );
};

/** The user's membership of the tenant, when active: its role. */
export const activeMembership = (db: Db, tenantId: string, userId: string) =>
  db
    .select({ role: members.role, email: members.email })
    .from(members)
    .where(
      and(eq(members.tenantId, tenantId), eq(members.userId, userId), eq(members.status, "active")),
    )
    .get();

/**
 * The signup's last write: the entry becomes `active`, and the owner can log in. True too when
 * the sweep found the signup's tenant in its cell and made it active first; false when the sweep
 * took the signup for a dead one before its cell write and removed the entry.
 */
export async function completeSignup(control: Db, tenantId: string) {
  const result = await activateEntry(control, tenantId);
  if (result.meta.changes === 1) return true;
  const entry = await control
    .select({ status: tenantDirectory.status })
    .from(tenantDirectory)
    .where(eq(tenantDirectory.tenantId, tenantId))
    .get();
  return entry?.status === "active";
}

/** Undoes a signup's first write while its entry is still pending: the email is free again. */
export async function releaseSignup(control: Db, tenantId: string) {
  const pending = sql`EXISTS (SELECT 1 FROM ${tenantDirectory}
    WHERE ${tenantDirectory.tenantId} = ${tenantId} AND ${tenantDirectory.status} = 'pending')`;
  await control.batch([
    control.delete(users).where(and(eq(users.id, tenantId), pending)),
    control
      .delete(tenantDirectory)
      .where(and(eq(tenantDirectory.tenantId, tenantId), eq(tenantDirectory.status, "pending"))),
  ]);
}

/** Removes what a signup left in the cell (a tenant nobody can reach), when it cannot finish. */
export const discardCellTenant = (db: Db, tenantId: string) =>
  db.batch([
    db.delete(activityLogs).where(eq(activityLogs.tenantId, tenantId)),
    db.delete(refreshTokens).where(eq(refreshTokens.tenantId, tenantId)),
    db.delete(sessions).where(eq(sessions.tenantId, tenantId)),
    db.delete(members).where(eq(members.tenantId, tenantId)),
    db.delete(usageAlerts).where(eq(usageAlerts.tenantId, tenantId)),
    db.delete(tenants).where(eq(tenants.id, tenantId)),
  ]);
