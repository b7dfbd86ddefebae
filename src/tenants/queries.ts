import { and, desc, eq, lt } from "drizzle-orm";
import { type ActivityEntry, type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { type TenantRow, tenants } from "../db/schema";
import { nowIso } from "../lib/ids";

export async function findTenant(db: Db, id: string): Promise<TenantRow | undefined> {
  return db.select().from(tenants).where(eq(tenants.id, id)).get();
}

export type TenantPatch = Partial<Omit<TenantRow, "id" | "createdAt" | "updatedAt" | "version">>;

/**
 * Applies `patch` only if the tenant is still at `version`, and logs it in the same batch.
 * Returns the updated row, or undefined when another change got there first.
 */
export async function updateTenantAtVersion(
  db: Db,
  actor: Actor,
  current: Pick<TenantRow, "id" | "version">,
  patch: TenantPatch,
  entry: Omit<ActivityEntry, "tenantId" | "targetType" | "targetId">,
): Promise<TenantRow | undefined> {
  const [updated] = await db.batch([
    db
      .update(tenants)
      .set({ ...patch, version: current.version + 1, updatedAt: nowIso() })
      .where(and(eq(tenants.id, current.id), eq(tenants.version, current.version)))
      .returning(),
    insertActivityIfChanged(db, actor, {
      ...entry,
      tenantId: current.id,
      targetType: "tenant",
      targetId: current.id,
    }),
  ]);
  return updated[0];
}

export type TenantFilter = {
  status?: TenantRow["status"] | undefined;
  billing_plan?: TenantRow["billingPlan"] | undefined;
  limit: number;
  cursor?: string | undefined;
};

export function listTenants(db: Db, filter: TenantFilter) {
  return db
    .select()
    .from(tenants)
    .where(
      and(
        filter.status ? eq(tenants.status, filter.status) : undefined,
        filter.billing_plan ? eq(tenants.billingPlan, filter.billing_plan) : undefined,
        filter.cursor ? lt(tenants.id, filter.cursor) : undefined,
      ),
    )
    .orderBy(desc(tenants.id))
    .limit(filter.limit + 1);
}
