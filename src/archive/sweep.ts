import { and, asc, eq, or, sql } from "drizzle-orm";
import { packRollupDays } from "../analytics/packing";
import { SLOT_MS } from "../analytics/rollups";
import type { CellSweepDeps } from "../cells/sweep-deps";
import { fenceRefusal } from "../db/errors";
import { qualified } from "../db/qualified";
import { callRollups, tenants } from "../db/schema";
import { BILLING_PLANS, type BillingPlan, PLANS } from "../tenants/plans";
import { settled } from "../tenants/settled";
import { type ArchivedTable, archivedTableList, type Cutoff, cutoffOf } from "./catalog";
import { pendingParts, planPart } from "./parts";
import { type ArchiveDeps, type PartOutcome, writePart } from "./write-part";

// Parts a run writes at most, and per tenant: about 7 D1 queries a part, so a run stays near 700
// of the 1000 queries of its invocation (the archive has a Cron Trigger of its own), and moves up
// to 100,000 rows; a tenant with a larger backlog shares the run with others and goes on next run.
export const ARCHIVE_MAX_PARTS = 100;
export const ARCHIVE_PARTS_PER_TENANT = 25;
// Packing steps a run takes at most (3 queries each: a week of a tenant's rollups a step).
export const ARCHIVE_MAX_PACKS = 40;

/**
 * Tenants (not being deleted) with rows of `owned` past their plan's hot window, by id: one
 * probe of an index per tenant and plan.
 */
function tenantsWithHistory(deps: ArchiveDeps, owned: ArchivedTable, now: Date, limit: number) {
  const t = owned.table;
  const past = BILLING_PLANS.map((plan) =>
    and(
      eq(tenants.billingPlan, plan),
      sql`EXISTS (SELECT 1 FROM ${t} WHERE ${qualified(owned.tenantId)} = ${qualified(tenants.id)}
        AND ${owned.archivable(cutoffOf(now, PLANS[plan].hotWindowDays))})`,
    ),
  );
  return deps.db
    .select({ id: tenants.id, billingPlan: tenants.billingPlan })
    .from(tenants)
    .where(and(settled(), or(...past)))
    .orderBy(asc(tenants.id))
    .limit(limit);
}

export type ArchiveRun = Record<PartOutcome | "rows" | "packed" | "failed", number>;

const logFailure = (what: Record<string, string>, error: unknown) =>
  console.error(
    JSON.stringify({ level: "error", sweep: "archive", ...what, error: String(error) }),
  );

/** The tenant's next part, or undefined: none to plan, its deletion began, or planning failed. */
async function plan(
  deps: ArchiveDeps,
  owned: ArchivedTable,
  tenantId: string,
  cutoff: Cutoff,
  now: Date,
  run: ArchiveRun,
) {
  try {
    return await planPart(deps.db, owned, tenantId, cutoff, now.toISOString());
  } catch (error) {
    if (!fenceRefusal(error)) {
      run.failed++;
      logFailure({ tenant: tenantId, table: owned.name }, error);
    }
    return undefined;
  }
}

/**
 * Moves rows past their tenant's hot window to the archive, a part at a time: first the parts a
 * run before left pending, then, table by table, each tenant's oldest month first. A tenant whose
 * deletion began meanwhile is left to it; a part that fails stays pending for the next run and
 * does not stop the others. Returns what the run did.
 */
export async function archiveHistory(
  deps: ArchiveDeps,
  now = new Date(),
  maxParts = ARCHIVE_MAX_PARTS,
): Promise<ArchiveRun> {
  const run: ArchiveRun = {
    complete: 0,
    completed_elsewhere: 0,
    dropped: 0,
    rows: 0,
    packed: 0,
    failed: 0,
  };
  let parts = 0;
  const settle = async (part: Parameters<typeof writePart>[1]) => {
    parts++;
    try {
      const outcome = await writePart(deps, part, now);
      run[outcome]++;
      if (outcome === "complete") run.rows += part.rows;
      return outcome;
    } catch (error) {
      if (fenceRefusal(error)) return "fenced";
      run.failed++;
      logFailure({ part: part.id }, error);
      return "failed";
    }
  };

  for (const { part } of await pendingParts(deps.db, maxParts)) await settle(part);
  for (const owned of archivedTableList()) {
    if (parts >= maxParts) break;
    for (const tenant of await tenantsWithHistory(deps, owned, now, maxParts)) {
      const cutoff = cutoffOf(now, PLANS[tenant.billingPlan].hotWindowDays);
      for (let own = 0; own < ARCHIVE_PARTS_PER_TENANT && parts < maxParts; own++) {
        const part = await plan(deps, owned, tenant.id, cutoff, now, run);
        if (!part || (await settle(part)) !== "complete") break;
      }
      if (parts >= maxParts) break;
    }
  }
  await packOldRollups(deps, now, run);
  return run;
}

/**
 * Tenants (not being deleted) with rollup slot rows past their plan's hot window: one probe of
 * the key per tenant and plan.
 */
function tenantsWithSlotRows(deps: ArchiveDeps, now: Date, limit: number) {
  const past = BILLING_PLANS.map((plan) =>
    and(
      eq(tenants.billingPlan, plan),
      sql`EXISTS (SELECT 1 FROM ${callRollups} WHERE ${qualified(callRollups.tenantId)} = ${qualified(tenants.id)}
        AND ${qualified(callRollups.dimension)} = 'all'
        AND ${qualified(callRollups.slot)} < ${windowSlot(now, plan)})`,
    ),
  );
  return deps.db
    .select({ id: tenants.id, billingPlan: tenants.billingPlan })
    .from(tenants)
    .where(and(settled(), or(...past)))
    .orderBy(asc(tenants.id))
    .limit(limit);
}

/** The first slot inside the plan's hot window. */
const windowSlot = (now: Date, plan: BillingPlan) =>
  Math.floor(cutoffOf(now, PLANS[plan].hotWindowDays).ms / SLOT_MS);

/**
 * Packs the rollups of whole UTC days past each tenant's hot window (`packRollupDays`), up to
 * `ARCHIVE_MAX_PACKS` steps a run, oldest days first; a tenant with more goes on next run.
 */
async function packOldRollups(deps: ArchiveDeps, now: Date, run: ArchiveRun) {
  let steps = 0;
  for (const tenant of await tenantsWithSlotRows(deps, now, ARCHIVE_MAX_PACKS)) {
    while (steps < ARCHIVE_MAX_PACKS) {
      steps++;
      try {
        const packed = await packRollupDays(
          deps.db,
          tenant.id,
          windowSlot(now, tenant.billingPlan),
        );
        run.packed += packed;
        if (packed === 0) break;
      } catch (error) {
        if (!fenceRefusal(error)) {
          run.failed++;
          logFailure({ tenant: tenant.id, table: "call_rollups" }, error);
        }
        break;
      }
    }
  }
}

/** The archive's Cron Trigger, in a cell: rows past the hot window move to R2. */
export async function sweepArchives({ db, blobs }: CellSweepDeps, now: Date) {
  const run = await archiveHistory({ db, bucket: blobs }, now);
  if (run.complete + run.dropped + run.packed + run.failed > 0) {
    console.log(JSON.stringify({ level: "info", sweep: "archive", ...run }));
  }
  if (run.failed > 0) throw new Error(`${run.failed} archive part(s) failed`);
  return run;
}
