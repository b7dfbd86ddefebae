import { and, eq, inArray } from "drizzle-orm";
import { UPLOAD_LOOK_SECONDS, uploadsInFlight } from "../blobs/upload-registry";
import { learnCell } from "../cells/routing";
import { type MoveTally, type TenantMoveRow, tenantDirectory } from "../db/control-schema";
import { tenants } from "../db/schema";
import { nowIso } from "../lib/ids";
import { findTenant } from "../tenants/queries";
import { copyObjectPage, tallyObjectPage } from "./blobs";
import { changesRegion, recordMoveStep } from "./jobs";
import {
  addToTally,
  copiedTableNamed,
  copiedTables,
  EMPTY_TALLY,
  insertPage,
  MERGED_TABLES,
  readPage,
} from "./rows";
import type { MoveDeps, MoveOutcome } from "./step";

/** A move that cannot go on, whatever a retry would do: it fails at once, saying why. */
export class MoveRefused extends Error {
  override name = "MoveRefused";
}

/** The statuses a move takes a tenant from, and gives back to it in the new cell. */
const MOVABLE_STATUSES: readonly string[] = ["active", "inactive", "deletion_scheduled"];

/** The objects' entry among the verified tables. */
export const OBJECTS = "r2_objects";
/** Verification rounds a move gives a table whose copy differs, before it fails. */
const MAX_VERIFY_ROUNDS = 3;

const outcome = (job: TenantMoveRow | undefined, delaySeconds?: number): MoveOutcome =>
  job && (delaySeconds ? { job, delaySeconds } : { job });

/**
 * The source stops taking writes (`moving`: the write fence refuses them, reads are served),
 * first recording the status it had, which the new cell gives back. Uploads that began before
 * are waited for. Then the tenant's row is placed in the new cell, `arriving`: the requests that
 * reach that cell ignore it, and the copies of its rows may be written under it.
 */
export async function fence(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  const { source, target, control } = deps;
  const tenant = await findTenant(source.db, job.tenantId);
  if (!tenant) throw new MoveRefused(`the tenant is not in cell ${source.cell.name}`);
  if (tenant.status === "deleting") throw new MoveRefused("the tenant is being deleted");
  if (job.previousStatus === null) {
    // A tenant whose deletion is scheduled moves with its schedule (on its row): the new cell
    // gives it back its status, and its sweep starts the deletion when it is due.
    if (!MOVABLE_STATUSES.includes(tenant.status)) {
      throw new MoveRefused(`the tenant is ${tenant.status}`);
    }
    const previousStatus = tenant.status as NonNullable<TenantMoveRow["previousStatus"]>;
    return outcome(await recordMoveStep(control, job, { previousStatus }));
  }
  if (tenant.status === job.previousStatus) {
    await source.db
      .update(tenants)
      .set({ status: "moving" })
      .where(and(eq(tenants.id, job.tenantId), eq(tenants.status, job.previousStatus)));
    return outcome(await recordMoveStep(control, job, {}));
  }
  if (tenant.status !== "moving") throw new MoveRefused(`the tenant is ${tenant.status}`);
  const uploads = await uploadsInFlight(source.db, job.tenantId, nowIso());
  if (uploads && uploads.count > 0) {
    const waited = await recordMoveStep(control, job, {});
    return outcome(waited, UPLOAD_LOOK_SECONDS);
  }
  await target.db
    .insert(tenants)
    .values({ ...tenant, status: "arriving", dataRegion: target.cell.region })
    .onConflictDoNothing();
  const first = copiedTables()[0]?.name as string;
  return outcome(
    await recordMoveStep(control, job, {
      stage: "copy_rows",
      position: { table: first, after: 0, tries: job.position.tries ?? 0 },
      counts: { ...job.counts, tenants: 1 },
    }),
  );
}

/**
 * The tables (and the objects, when the region changes) verification compares, in order. Not the
 * sessions and refresh tokens: they keep changing while the tenant moves (every refresh, every
 * ending, written in both cells), so a comparison would differ for as long as people use it; the
 * switch merges them from the source once it takes no more writes.
 */
const verified = (job: TenantMoveRow) => [
  ...copiedTables()
    .map((owned) => owned.name)
    .filter((name) => !MERGED_TABLES.includes(name)),
  ...(changesRegion(job) ? [OBJECTS] : []),
];

/** A page of one table copied, upserted in the new cell; then the next page or table. */
export async function copyRows(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  const { table = "", after = 0, tries = 0 } = job.position;
  const owned = copiedTableNamed(table);
  const page = await readPage(deps.source.d1, owned, job.tenantId, after);
  await insertPage(deps.target.d1, owned, page.rows);
  const counts = { ...job.counts, [table]: (job.counts[table] ?? 0) + page.rows.length };
  if (!page.done) {
    return outcome(
      await recordMoveStep(deps.control, job, {
        counts,
        position: { table, after: page.last, tries },
      }),
    );
  }
  const tables = copiedTables();
  const next = tables[tables.findIndex((t) => t.name === table) + 1];
  if (next) {
    return outcome(
      await recordMoveStep(deps.control, job, {
        counts,
        position: { table: next.name, after: 0, tries },
      }),
    );
  }
  if (changesRegion(job)) {
    return outcome(
      await recordMoveStep(deps.control, job, { counts, stage: "copy_blobs", position: { tries } }),
    );
  }
  return startVerify(deps, job, counts, tries);
}

const startVerify = async (
  deps: MoveDeps,
  job: TenantMoveRow,
  counts: Record<string, number>,
  tries: number,
) =>
  outcome(
    await recordMoveStep(deps.control, job, {
      counts,
      stage: "verify",
      checks: {},
      position: { table: verified(job)[0], after: 0, tries },
    }),
  );

/** A page of the tenant's objects copied to the new region's bucket. */
export async function copyBlobs(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  const { cursor, tries = 0 } = job.position;
  const page = await copyObjectPage(deps.source.blobs, deps.target.blobs, job.tenantId, cursor);
  const counts = { ...job.counts, [OBJECTS]: (job.counts[OBJECTS] ?? 0) + page.copied };
  if (page.cursor) {
    return outcome(
      await recordMoveStep(deps.control, job, { counts, position: { cursor: page.cursor, tries } }),
    );
  }
  return startVerify(deps, job, counts, tries);
}

/**
 * A page of one table (or of the objects) tallied on one side: the source, then the new cell.
 * Once every table is tallied on both, they are compared: all equal, the move goes on to the
 * switch; where one differs, the copy is made again from that table on (the copy upserts), at
 * most a few rounds.
 */
export async function verify(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  const { table = "", side = "source", after = 0, cursor, tries = 0 } = job.position;
  const at = side === "source" ? deps.source : deps.target;
  const current = job.checks[table] ?? { source: EMPTY_TALLY, target: EMPTY_TALLY };
  let page: { tally: MoveTally; done: boolean; after: number; cursor?: string | undefined };
  if (table === OBJECTS) {
    const listed = await tallyObjectPage(at.blobs, job.tenantId, current[side], cursor);
    page = { tally: listed.tally, done: !listed.cursor, after: 0, cursor: listed.cursor };
  } else {
    const read = await readPage(at.d1, copiedTableNamed(table), job.tenantId, after);
    page = { tally: await addToTally(current[side], read.rows), done: read.done, after: read.last };
  }
  const checks = { ...job.checks, [table]: { ...current, [side]: page.tally } };
  const record = (change: Parameters<typeof recordMoveStep>[2]) =>
    recordMoveStep(deps.control, job, { checks, ...change }).then((next) => outcome(next));
  if (!page.done) {
    return record({ position: { table, side, after: page.after, cursor: page.cursor, tries } });
  }
  if (side === "source") return record({ position: { table, side: "target", after: 0, tries } });
  const tables = verified(job);
  const next = tables[tables.indexOf(table) + 1];
  if (next) return record({ position: { table: next, side: "source", after: 0, tries } });

  const differing = tables.filter((name) => {
    const { source, target } = checks[name] ?? { source: EMPTY_TALLY, target: EMPTY_TALLY };
    return source.rows !== target.rows || source.sum !== target.sum;
  });
  if (differing.length === 0) return record({ stage: "switch", position: {} });
  if (tries + 1 >= MAX_VERIFY_ROUNDS) {
    throw new MoveRefused(`the copy still differs from the source in ${differing.join(", ")}`);
  }
  const first = differing[0] as string;
  return first === OBJECTS
    ? record({ stage: "copy_blobs", position: { tries: tries + 1 } })
    : record({ stage: "copy_rows", position: { table: first, after: 0, tries: tries + 1 } });
}

/**
 * The switch, every part of it repeatable: the new cell's row becomes `moving` (reads served,
 * writes refused), the directory names the new cell, the source's row becomes `moved` (requests
 * reaching it are sent to the new cell). From the directory's change on, no write can land in the
 * source: its row refuses them all. Sessions and refresh tokens stay writable while the tenant
 * moves (an ending must work in every state): the requests that wrote them wrote them in both
 * cells, and once the source takes no more, its rows of both tables are merged into the new cell
 * a page a step, no ending undone (`mergeEndings`). Then the new cell's row gets the tenant's
 * status back.
 */
export async function switchCells(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  if (job.position.table) return mergeEndings(deps, job);
  const { source, target, control } = deps;
  const now = nowIso();
  await target.db
    .update(tenants)
    .set({ status: "moving" })
    .where(and(eq(tenants.id, job.tenantId), eq(tenants.status, "arriving")));
  await control
    .update(tenantDirectory)
    .set({ cell: target.cell.name, region: target.cell.region, updatedAt: now })
    .where(
      and(
        eq(tenantDirectory.tenantId, job.tenantId),
        inArray(tenantDirectory.cell, [source.cell.name, target.cell.name]),
      ),
    );
  learnCell(job.tenantId, target.cell.name);
  await source.db
    .update(tenants)
    .set({ status: "moved" })
    .where(and(eq(tenants.id, job.tenantId), eq(tenants.status, "moving")));
  const [first] = MERGED_TABLES;
  return outcome(await recordMoveStep(control, job, { position: { table: first, after: 0 } }));
}

/**
 * A page of the source's sessions (then refresh tokens), which no longer change, merged into the
 * new cell; after the last, the new cell's row gets the tenant's status back.
 */
async function mergeEndings(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  const { source, target, control } = deps;
  const { table = "", after = 0 } = job.position;
  const owned = copiedTableNamed(table);
  const page = await readPage(source.d1, owned, job.tenantId, after);
  await insertPage(target.d1, owned, page.rows);
  if (!page.done) {
    return outcome(await recordMoveStep(control, job, { position: { table, after: page.last } }));
  }
  const next = MERGED_TABLES[MERGED_TABLES.indexOf(table) + 1];
  if (next) {
    return outcome(await recordMoveStep(control, job, { position: { table: next, after: 0 } }));
  }
  await target.db
    .update(tenants)
    .set({ status: job.previousStatus ?? "active", updatedAt: nowIso() })
    .where(and(eq(tenants.id, job.tenantId), eq(tenants.status, "moving")));
  return outcome(await recordMoveStep(control, job, { stage: "remove_source", position: {} }));
}
