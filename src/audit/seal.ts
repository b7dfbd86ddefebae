import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { toEntry } from "../activity/schemas";
import type { CellSweepDeps } from "../cells/sweep-deps";
import type { Db } from "../db/client";
import { qualified } from "../db/qualified";
import { activityLogs, auditHeads, tenants } from "../db/schema";
import { settled } from "../tenants/settled";
import { type Checkpoint, entryHash, GENESIS_HASH } from "./chain";
import { checkpointKey } from "./checkpoints";
import { signCheckpoint } from "./signing";

// Tenants a run and entries a tenant a run: a run stays far inside one invocation's limits
// (three statements and an R2 write a tenant), and a longer tail is sealed by the next minute's.
export const SEAL_TENANTS_PER_RUN = 25;
export const SEAL_ENTRIES_PER_TENANT = 500;

/** Publishes a checkpoint that a run stored but did not get to write to R2 (it crashed). */
async function publishPending({ db, blobs }: Pick<CellSweepDeps, "db" | "blobs">) {
  const pending = await db
    .select({ tenantId: auditHeads.tenantId, checkpoint: auditHeads.checkpoint })
    .from(auditHeads)
    .where(eq(auditHeads.published, false))
    .limit(SEAL_TENANTS_PER_RUN);
  for (const { tenantId, checkpoint } of pending) await publish(db, blobs, tenantId, checkpoint);
}

/** Writes the checkpoint to R2 once (write-once: an existing object is never replaced). */
async function publish(db: Db, blobs: R2Bucket, tenantId: string, checkpoint: Checkpoint) {
  const key = checkpointKey(tenantId, checkpoint.seq);
  if (!(await blobs.head(key))) {
    await blobs.put(key, JSON.stringify(checkpoint), {
      httpMetadata: { contentType: "application/json" },
    });
  }
  await db
    .update(auditHeads)
    .set({ published: true })
    .where(and(eq(auditHeads.tenantId, tenantId), eq(auditHeads.sealedSeq, checkpoint.seq)));
}

/**
 * Seals the tenant's entries after its head, in `seq` order, as far as they follow one another:
 * their hashes and the new head in one batch, guarded by the head being the one read (two runs at
 * once compute the same hashes; one of them writes them), then the signed checkpoint to R2.
 */
async function sealTenant(deps: CellSweepDeps, tenantId: string, now: Date) {
  const { db, blobs, env } = deps;
  const head = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId)).get();
  const from = head?.sealedSeq ?? 0;
  const rows = await db
    .select()
    .from(activityLogs)
    .where(and(eq(activityLogs.tenantId, tenantId), gt(activityLogs.seq, from)))
    .orderBy(asc(activityLogs.seq))
    .limit(SEAL_ENTRIES_PER_TENANT);
  let previous = head?.headHash ?? GENESIS_HASH;
  const sealed: { seq: number; hash: string }[] = [];
  for (const row of rows) {
    // A gap (an unsealed entry removed) stops the sealing there: verification reports it.
    if (row.seq !== from + sealed.length + 1) break;
    previous = await entryHash(previous, toEntry(row));
    sealed.push({ seq: row.seq as number, hash: previous });
  }
  const last = sealed.at(-1);
  if (!last) return 0;
  const checkpoint = await signCheckpoint(env.AUDIT_SIGNING_KEY, {
    tenant_id: tenantId,
    seq: last.seq,
    head_hash: last.hash,
    sealed_at: now.toISOString(),
  });
  const hashes = JSON.stringify(sealed);
  const [, advanced] = await db.batch([
    db
      .update(activityLogs)
      .set({
        hash: sql`(SELECT json_extract(value, '$.hash') FROM json_each(${hashes})
          WHERE json_extract(value, '$.seq') = ${qualified(activityLogs.seq)})`,
      })
      .where(
        and(
          eq(activityLogs.tenantId, tenantId),
          sql`${qualified(activityLogs.seq)} IN
            (SELECT json_extract(value, '$.seq') FROM json_each(${hashes}))`,
          isNull(activityLogs.hash),
        ),
      ),
    db
      .insert(auditHeads)
      .values({
        tenantId,
        sealedSeq: last.seq,
        headHash: last.hash,
        checkpoint,
        published: false,
        sealedAt: checkpoint.sealed_at,
      })
      .onConflictDoUpdate({
        target: auditHeads.tenantId,
        set: {
          sealedSeq: last.seq,
          headHash: last.hash,
          checkpoint,
          published: false,
          sealedAt: checkpoint.sealed_at,
        },
        setWhere: eq(auditHeads.sealedSeq, from),
      })
      .returning({ seq: auditHeads.sealedSeq }),
  ]);
  if (advanced.length === 0) return 0;
  await publish(db, blobs, tenantId, checkpoint);
  return sealed.length;
}

/**
 * The sealing sweep of a cell, every minute: the tenants with unsealed entries (a settled
 * tenant's: a deletion or a move counts the rows as they are), each sealed on its own.
 */
export async function sealActivity(deps: CellSweepDeps, now: Date) {
  await publishPending(deps);
  const { db } = deps;
  const settledTenants = db.select({ id: tenants.id }).from(tenants).where(settled());
  // A tenant whose next entry is there to seal: not one whose chain stops at a gap (verification
  // reports it) or whose entries predate the chain, which would take a run's places forever.
  const pending = await db
    .selectDistinct({ tenantId: activityLogs.tenantId })
    .from(activityLogs)
    .leftJoin(auditHeads, eq(auditHeads.tenantId, activityLogs.tenantId))
    .where(
      and(
        isNull(activityLogs.hash),
        sql`${qualified(activityLogs.seq)} = coalesce(${qualified(auditHeads.sealedSeq)}, 0) + 1`,
        inArray(activityLogs.tenantId, settledTenants),
      ),
    )
    .limit(SEAL_TENANTS_PER_RUN);
  let sealed = 0;
  for (const { tenantId } of pending) {
    try {
      sealed += await sealTenant(deps, tenantId, now);
    } catch (error) {
      // A deletion or a move that began in between: the fence refused the batch.
      console.error(
        JSON.stringify({ level: "error", sweep: "seal_activity", tenantId, error: String(error) }),
      );
    }
  }
  if (sealed > 0) console.log(JSON.stringify({ level: "info", sweep: "seal_activity", sealed }));
  return sealed;
}
