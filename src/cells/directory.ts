import { and, count, eq, inArray, lt } from "drizzle-orm";
import type { Bindings } from "../bindings";
import type { Db } from "../db/client";
import { tenantDirectory } from "../db/control-schema";
import { nowIso } from "../lib/ids";
import { type Cell, cellsOf } from "./config";
import type { DataRegion } from "./regions";

/** The tenant's cell and region, once its signup has completed. */
export const findDirectoryEntry = (control: Db, tenantId: string) =>
  control
    .select()
    .from(tenantDirectory)
    .where(and(eq(tenantDirectory.tenantId, tenantId), eq(tenantDirectory.status, "active")))
    .get();

/**
 * Where a new tenant of `region` goes: the region's accepting cell with the fewest tenants (the
 * first declared on a tie), counted off the directory's index by cell. Undefined when the
 * region has no accepting cell.
 */
export async function placeTenant(
  env: Bindings,
  control: Db,
  region: DataRegion,
): Promise<Cell | undefined> {
  const candidates = cellsOf(env).filter((cell) => cell.region === region && cell.accepting);
  if (candidates.length <= 1) return candidates[0];
  const counted = await control
    .select({ cell: tenantDirectory.cell, tenants: count() })
    .from(tenantDirectory)
    .where(
      inArray(
        tenantDirectory.cell,
        candidates.map((cell) => cell.name),
      ),
    )
    .groupBy(tenantDirectory.cell);
  const tenantsIn = new Map(counted.map((row) => [row.cell, row.tenants]));
  return candidates.reduce((best, cell) =>
    (tenantsIn.get(cell.name) ?? 0) < (tenantsIn.get(best.name) ?? 0) ? cell : best,
  );
}

export const pendingEntry = (tenantId: string, cell: Cell) => {
  const now = nowIso();
  return {
    tenantId,
    cell: cell.name,
    region: cell.region,
    status: "pending" as const,
    createdAt: now,
    updatedAt: now,
  };
};

export const activateEntry = (control: Db, tenantId: string) =>
  control
    .update(tenantDirectory)
    .set({ status: "active", updatedAt: nowIso() })
    .where(and(eq(tenantDirectory.tenantId, tenantId), eq(tenantDirectory.status, "pending")));

/** Entries left pending since before `before`: signups that died half-way, oldest first. */
export const stalePendingEntries = (control: Db, before: string, limit: number) =>
  control
    .select()
    .from(tenantDirectory)
    .where(and(eq(tenantDirectory.status, "pending"), lt(tenantDirectory.createdAt, before)))
    .orderBy(tenantDirectory.createdAt)
    .limit(limit);
