import { and, eq, sql } from "drizzle-orm";
import { type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { insertIf } from "../db/insert-if";
import { members, type TenantRow, tenants } from "../db/schema";
import { nowIso } from "../lib/ids";
import { newestFirst } from "../lib/pagination";
import { PLANS } from "../tenants/plans";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/events";

export type NewSubaccount = {
  id: string;
  name: string;
  maxConcurrentCalls: number;
  monthlyCallLimit: number;
};

/**
 * What must still hold of the parent when its sub-account is written, read in the insert itself:
 * active, a tenant of its own (depth one), on a plan with room for one more, and its limits at
 * least the new sub-account's.
 */
const parentAdmits = (parentId: string, plan: TenantRow["billingPlan"], sub: NewSubaccount) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} AS parent WHERE parent.id = ${parentId}
    AND parent.status = 'active' AND parent.parent_id IS NULL AND parent.billing_plan = ${plan}
    AND parent.max_concurrent_calls >= ${sub.maxConcurrentCalls}
    AND parent.monthly_call_limit >= ${sub.monthlyCallLimit}
    AND (SELECT count(*) FROM ${tenants} AS sibling WHERE sibling.parent_id = ${parentId})
      < ${PLANS[plan].subaccounts})`;

/**
 * The sub-account, in one cell batch: its tenant row (on the parent's plan and in its region, every
 * feature off) written only if the parent still admits it (`parentAdmits`), its `tenant.created`
 * entry, and the parent's `subaccount.created` entry, each guarded by the write before. Returns
 * the row, undefined when the parent no longer admits it.
 */
export async function createSubaccountInCell(
  db: Db,
  actor: Actor,
  parentRow: TenantRow,
  sub: NewSubaccount,
): Promise<TenantRow | undefined> {
  const now = nowIso();
  const [inserted] = await db.batch([
    insertIf(
      db,
      tenants,
      {
        id: sub.id,
        name: sub.name,
        billingPlan: parentRow.billingPlan,
        maxConcurrentCalls: sub.maxConcurrentCalls,
        monthlyCallLimit: sub.monthlyCallLimit,
        dataRegion: parentRow.dataRegion,
        webhookEvents: [...WEBHOOK_EVENT_TYPES],
        parentId: parentRow.id,
        createdAt: now,
        updatedAt: now,
      },
      parentAdmits(parentRow.id, parentRow.billingPlan, sub),
    ).returning(),
    insertActivityIfChanged(db, actor, {
      tenantId: sub.id,
      action: "tenant.created",
      targetType: "tenant",
      targetId: sub.id,
      changes: {
        name: { from: null, to: sub.name },
        parent_id: { from: null, to: parentRow.id },
      },
    }),
    insertActivityIfChanged(db, actor, {
      tenantId: parentRow.id,
      action: "subaccount.created",
      targetType: "tenant",
      targetId: sub.id,
      changes: {
        name: { from: null, to: sub.name },
        max_concurrent_calls: { from: null, to: sub.maxConcurrentCalls },
        monthly_call_limit: { from: null, to: sub.monthlyCallLimit },
      },
    }),
  ]);
  return inserted[0];
}

/** The parent's sub-accounts, newest first. */
export const listSubaccounts = (
  db: Db,
  parentId: string,
  page: { limit: number; cursor?: string | undefined },
) =>
  newestFirst(
    db.select().from(tenants).$dynamic(),
    tenants.id,
    page,
    eq(tenants.parentId, parentId),
  );

/** Every sub-account of the tenant (a plan bounds how many). */
export const listAllSubaccounts = (db: Db, parentId: string) =>
  db.select().from(tenants).where(eq(tenants.parentId, parentId));

/** How many sub-accounts the tenant owns. */
export const countSubaccounts = async (db: Db, parentId: string) =>
  (
    await db
      .select({ n: sql<number>`count(*)` })
      .from(tenants)
      .where(eq(tenants.parentId, parentId))
      .get()
  )?.n ?? 0;

/** The parent's sub-account `id`, if it is one. */
export const findSubaccount = (db: Db, parentId: string, id: string) =>
  db
    .select()
    .from(tenants)
    .where(and(eq(tenants.id, id), eq(tenants.parentId, parentId)))
    .get();

/**
 * A sub-account leaves its family, keeping everything it owns, in one cell batch: its row loses
 * its parent (only if it still has that one), its owner (the account made for it, whose id is the
 * tenant's) becomes its first member, and both trails say so, each write guarded by the one
 * before. True when it was detached.
 */
export async function detachInCell(
  db: Db,
  actor: Actor,
  sub: Pick<TenantRow, "id" | "version">,
  parentId: string,
  ownerEmail: string,
): Promise<boolean> {
  const now = nowIso();
  const [detached] = await db.batch([
    db
      .update(tenants)
      .set({ parentId: null, version: sub.version + 1, updatedAt: now })
      .where(and(eq(tenants.id, sub.id), eq(tenants.parentId, parentId)))
      .returning({ id: tenants.id }),
    insertIf(
      db,
      members,
      {
        id: sub.id,
        tenantId: sub.id,
        userId: sub.id,
        email: ownerEmail,
        role: "owner",
        status: "active",
        createdAt: now,
        updatedAt: now,
      },
      sql`changes() = 1`,
    ),
    insertActivityIfChanged(db, actor, {
      tenantId: sub.id,
      action: "tenant.detached",
      targetType: "tenant",
      targetId: sub.id,
      changes: { parent_id: { from: parentId, to: null }, owner: { from: null, to: ownerEmail } },
    }),
    insertActivityIfChanged(db, actor, {
      tenantId: parentId,
      action: "subaccount.detached",
      targetType: "tenant",
      targetId: sub.id,
      changes: { parent_id: { from: parentId, to: null } },
    }),
  ]);
  return detached.length === 1;
}

/**
 * The sub-account moves to another parent of its cell, in one batch: its row takes the new parent
 * only if it still has the old one and the new one admits it (`parentAdmits`: active, of its own,
 * on the sub-account's plan with room, its limits at least the sub-account's); the three trails say
 * so, each entry guarded by the write before. True when it moved.
 */
export async function reparentInCell(
  db: Db,
  actor: Actor,
  sub: TenantRow,
  from: string,
  to: string,
): Promise<boolean> {
  const limits = {
    id: sub.id,
    name: sub.name,
    maxConcurrentCalls: sub.maxConcurrentCalls,
    monthlyCallLimit: sub.monthlyCallLimit,
  };
  const entry = (tenantId: string, action: string) =>
    insertActivityIfChanged(db, actor, {
      tenantId,
      action,
      targetType: "tenant",
      targetId: sub.id,
      changes: { parent_id: { from, to } },
    });
  const [moved] = await db.batch([
    db
      .update(tenants)
      .set({ parentId: to, version: sub.version + 1, updatedAt: nowIso() })
      .where(
        and(
          eq(tenants.id, sub.id),
          eq(tenants.parentId, from),
          parentAdmits(to, sub.billingPlan, limits),
        ),
      )
      .returning({ id: tenants.id }),
    entry(sub.id, "tenant.parent_changed"),
    entry(from, "subaccount.moved_out"),
    entry(to, "subaccount.moved_in"),
  ]);
  return moved.length === 1;
}
