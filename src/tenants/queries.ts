import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type ActivityEntry, type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { compiledOnce, tableRow } from "../db/compiled";
import { type TenantRow, tenants } from "../db/schema";
import { nowIso } from "../lib/ids";
import { newestFirst } from "../lib/pagination";
import { insertDeliveryIfChanged, type NewDelivery } from "../webhooks/queries";
import { PUBLIC_STATUSES } from "./schemas";

// Every tenant-scoped request reads its tenant first.
const selectTenant = compiledOnce<{ id: string }>((db) =>
  db
    .select()
    .from(tenants)
    .where(eq(tenants.id, sql.placeholder("id"))),
);
const toTenantRow = tableRow(tenants);

export async function findTenant(db: Db, id: string): Promise<TenantRow | undefined> {
  const raw = await selectTenant(db, { id }).first<Record<string, unknown>>();
  return raw ? toTenantRow(raw) : undefined;
}

export type TenantPatch = Partial<Omit<TenantRow, "id" | "createdAt" | "updatedAt" | "version">>;

/**
 * Applies `patch` only if the tenant is still at `version`, and logs it and writes the webhook
 * delivery reporting it (if any) in the same batch. Returns the updated row, or undefined when
 * another change got there first, or `guard` (a rule the row must meet, read by the update itself)
 * does not hold; then neither the entry nor the delivery is written.
 */
export async function updateTenantAtVersion(
  db: Db,
  actor: Actor,
  current: Pick<TenantRow, "id" | "version">,
  patch: TenantPatch,
  entry: Omit<ActivityEntry, "tenantId" | "targetType" | "targetId">,
  delivery: NewDelivery | null = null,
  guard?: SQL,
): Promise<TenantRow | undefined> {
  const [updated] = await db.batch([
    db
      .update(tenants)
      .set({ ...patch, version: current.version + 1, updatedAt: nowIso() })
      .where(and(eq(tenants.id, current.id), eq(tenants.version, current.version), guard))
      .returning(),
    insertActivityIfChanged(db, actor, {
      ...entry,
      tenantId: current.id,
      targetType: "tenant",
      targetId: current.id,
    }),
    // Follows the entry, which was written only if the update was: the chain of changes() holds.
    ...(delivery ? [insertDeliveryIfChanged(db, delivery)] : []),
  ]);
  return updated[0];
}

export type TenantFilter = {
  status?: (typeof PUBLIC_STATUSES)[number] | undefined;
  billing_plan?: TenantRow["billingPlan"] | undefined;
  limit: number;
  cursor?: string | undefined;
};

/** A cell's tenants, newest first: the ones it serves (not a move's copy arriving or left). */
export function listTenants(db: Db, filter: TenantFilter) {
  return newestFirst(
    db.select().from(tenants).$dynamic(),
    tenants.id,
    filter,
    filter.status
      ? eq(tenants.status, filter.status)
      : inArray(tenants.status, [...PUBLIC_STATUSES]),
    filter.billing_plan ? eq(tenants.billingPlan, filter.billing_plan) : undefined,
  );
}
