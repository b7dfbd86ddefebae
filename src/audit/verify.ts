import { and, asc, count, eq, gte, isNull, min } from "drizzle-orm";
import { toEntry } from "../activity/schemas";
import { partRows } from "../archive/read";
import type { Db } from "../db/client";
import { activityLogs, archiveParts } from "../db/schema";
import { fromBase64, toBase64Url } from "../lib/base64";
import {
  type ChainBreak,
  type ChainPosition,
  type Checkpoint,
  chainOrder,
  chainStart,
  checkpointRefusal,
  truncation,
  walkChain,
} from "./chain";
import { latestCheckpoint } from "./checkpoints";

/** Entries a verification step reads from D1, or one archive part: a step stays bounded. */
export const VERIFY_ENTRIES_PER_STEP = 1000;

/** Where a verification goes on: the chain's position and the archive parts already read. */
type Cursor = ChainPosition & { parts: number };

const encodeCursor = (cursor: Cursor) =>
  toBase64Url(
    new TextEncoder().encode(JSON.stringify([cursor.nextSeq, cursor.previousHash, cursor.parts])),
  );

/** The cursor a client sent back, or null when it is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const [nextSeq, previousHash, parts] = JSON.parse(
      new TextDecoder().decode(fromBase64(text)),
    ) as unknown[];
    if (!Number.isInteger(nextSeq) || (nextSeq as number) < 1) return null;
    if (typeof previousHash !== "string" || !/^[0-9a-f]{64}$/.test(previousHash)) return null;
    if (!Number.isInteger(parts) || (parts as number) < 0) return null;
    return { nextSeq: nextSeq as number, previousHash, parts: parts as number };
  } catch {
    return null;
  }
}

/** The tenant's archived entries, part after part (oldest first), as the archive holds them. */
const archivedEntryParts = (db: Db, tenantId: string) =>
  db
    .select()
    .from(archiveParts)
    .where(
      and(
        eq(archiveParts.tenantId, tenantId),
        eq(archiveParts.tableName, "activity_logs"),
        eq(archiveParts.status, "complete"),
      ),
    )
    .orderBy(asc(archiveParts.period), asc(archiveParts.part));

/** The entries of the next step: one archive part while the walk is before the live ones. */
async function nextEntries(db: Db, blobs: R2Bucket, tenantId: string, cursor: Cursor) {
  const [live] = await db
    .select({ first: min(activityLogs.seq) })
    .from(activityLogs)
    .where(eq(activityLogs.tenantId, tenantId));
  const parts = await archivedEntryParts(db, tenantId);
  const part = parts[cursor.parts];
  if (part && (live?.first == null || cursor.nextSeq < live.first)) {
    const rows: Record<string, unknown>[] = [];
    for await (const lines of partRows(blobs, [part])) {
      for (const line of lines) rows.push(JSON.parse(line) as Record<string, unknown>);
    }
    return { entries: chainOrder(rows, cursor.nextSeq), parts: cursor.parts + 1, more: true };
  }
  const rows = await db
    .select()
    .from(activityLogs)
    .where(and(eq(activityLogs.tenantId, tenantId), gte(activityLogs.seq, cursor.nextSeq)))
    .orderBy(asc(activityLogs.seq))
    .limit(VERIFY_ENTRIES_PER_STEP + 1);
  const more = rows.length > VERIFY_ENTRIES_PER_STEP;
  return {
    entries: rows.slice(0, VERIFY_ENTRIES_PER_STEP).map(toEntry),
    parts: parts.length,
    more,
  };
}

export type Verification = {
  status: "ok" | "broken";
  verified_through_seq: number;
  head_hash: string;
  checkpoint: Checkpoint | null;
  unsealed: number;
  first_break: ChainBreak | null;
  next_cursor: string | null;
};

/**
 * One bounded step of the walk of the tenant's chain, from `cursor` (its start when null):
 * archived entries first, then the live ones, each checked against the one before it and against
 * the latest signed checkpoint in R2. `next_cursor` continues the walk; null once it is done.
 */
export async function verifyStep(
  deps: { db: Db; blobs: R2Bucket; publicKey: JsonWebKey },
  tenantId: string,
  cursor: Cursor | null,
): Promise<Verification> {
  const { db, blobs, publicKey } = deps;
  const from = cursor ?? { ...chainStart(), parts: 0 };
  const checkpoint = await latestCheckpoint(blobs, tenantId);
  // A checkpoint its key did not sign, or another tenant's, vouches for nothing.
  const refused = checkpoint ? await checkpointRefusal(checkpoint, publicKey, tenantId) : null;
  const [unsealed] = await db
    .select({ n: count() })
    .from(activityLogs)
    .where(and(eq(activityLogs.tenantId, tenantId), isNull(activityLogs.hash)));
  const step = await nextEntries(db, blobs, tenantId, from);
  const walked = await walkChain(from, step.entries, {
    tenantId,
    checkpoint: refused ? null : checkpoint,
  });
  const done = walked.broken !== null || walked.unsealed > 0 || !step.more;
  const broken =
    refused ?? walked.broken ?? (done ? truncation(walked.position, checkpoint) : null);
  return {
    status: broken ? "broken" : "ok",
    verified_through_seq: walked.position.nextSeq - 1,
    head_hash: walked.position.previousHash,
    checkpoint,
    unsealed: unsealed?.n ?? 0,
    first_break: broken,
    next_cursor: done || broken ? null : encodeCursor({ ...walked.position, parts: step.parts }),
  };
}
