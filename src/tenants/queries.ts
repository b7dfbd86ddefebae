import { and, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import { type ActivityEntry, type Actor, activityIfChangedStatement } from "../activity/queries";
import type { Db } from "../db/client";
import { batchStatements, compiledOnce, statementOf, tableRow } from "../db/compiled";
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
  const set = { ...patch, version: current.version + 1, updatedAt: nowIso() };
  const [updated] = await batchStatements(db, [
    // A guarded update (a family's limits) is rare: built per request, the others compiled.
    guard ? guardedUpdate(db, current, set, guard) : updateAtVersion(db, current, set),
    activityIfChangedStatement(db, actor, {
      ...entry,
      tenantId: current.id,
      targetType: "tenant",
      targetId: current.id,
    }),
    // Follows the entry, which was written only if the update was: the chain of changes() holds.
    ...(delivery ? [statementOf(db, insertDeliveryIfChanged(db, delivery))] : []),
  ]);
  const raw = updated?.[0];
  return raw ? toTenantRow(raw) : undefined;
}

type TenantSet = TenantPatch & Pick<TenantRow, "version" | "updatedAt">;

/** The update at `current`'s version that also holds only while `guard` does, built for the call. */
function guardedUpdate(
  db: Db,
  current: Pick<TenantRow, "id" | "version">,
  set: TenantSet,
  guard: SQL,
) {
  const versioned = and(eq(tenants.id, current.id), eq(tenants.version, current.version), guard);
  return statementOf(db, db.update(tenants).set(set).where(versioned).returning());
}

// The columns an update writes vary with the request (a PUT writes the fields sent): its
// statement is compiled once per isolate for each set of columns, up to this many sets.
const MAX_COMPILED_UPDATES = 64;
const compiledUpdates = new Map<string, ReturnType<typeof compiledUpdate>>();
const tenantColumns = getTableColumns(tenants);

const compiledUpdate = (keys: string[]) =>
  compiledOnce<Record<string, unknown>>((db) =>
    db
      .update(tenants)
      .set(Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(key)}`])))
      .where(
        and(
          eq(tenants.id, sql.placeholder("currentId")),
          eq(tenants.version, sql.placeholder("currentVersion")),
        ),
      )
      .returning(),
  );

/** `UPDATE tenants SET … WHERE id = ? AND version = ? RETURNING *`, each value encoded by its column. */
function updateAtVersion(db: Db, current: Pick<TenantRow, "id" | "version">, set: TenantSet) {
  const entries = Object.entries(set).filter(([, value]) => value !== undefined);
  const keys = entries.map(([key]) => key).sort();
  const shape = keys.join();
  let compiled = compiledUpdates.get(shape);
  if (!compiled) {
    compiled = compiledUpdate(keys);
    if (compiledUpdates.size < MAX_COMPILED_UPDATES) compiledUpdates.set(shape, compiled);
  }
  const values: Record<string, unknown> = {
    currentId: current.id,
    currentVersion: current.version,
  };
  for (const [key, value] of entries) {
    const column = tenantColumns[key as keyof typeof tenantColumns];
    values[key] = value === null ? null : column.mapToDriverValue(value as never);
  }
  return compiled(db, values);
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
