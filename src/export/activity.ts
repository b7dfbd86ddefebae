import { and, asc, eq, getTableColumns, gt, isNull } from "drizzle-orm";
import { entryHash, GENESIS_HASH } from "../audit/chain";
import type { Db } from "../db/client";
import { activityLogs, auditHeads } from "../db/schema";
import { exportRow, pagesOf, type Row } from "./rows";

/** Where the exported chain ends: the seq and hash of the last entry read so far. */
export type ExportedHead = { seq: number; hash: string };

/**
 * The tenant's activity log as exported, a page at a time, in chain order, each entry with its
 * hash: the tail the sealing sweep has not reached yet is hashed here, on from the sealed head,
 * as the sweep will hash it (the chain is deterministic), so that the checkpoint the export is
 * signed with covers every entry it holds. `head` is the chain's end once every page is read; with
 * no live entry, the sealed head (the archived entries end there).
 */
export function exportedActivity(db: Db, tenantId: string, pageSize: number) {
  const head: ExportedHead = { seq: 0, hash: GENESIS_HASH };
  const ofTenant = eq(activityLogs.tenantId, tenantId);

  async function* pages(): AsyncGenerator<Row[]> {
    const sealed = await db
      .select()
      .from(auditHeads)
      .where(eq(auditHeads.tenantId, tenantId))
      .get();
    if (sealed) Object.assign(head, { seq: sealed.sealedSeq, hash: sealed.headHash });
    let after = 0;
    for (;;) {
      const page = await db
        .select()
        .from(activityLogs)
        .where(and(ofTenant, gt(activityLogs.seq, after)))
        .orderBy(asc(activityLogs.seq))
        .limit(pageSize);
      const exported: Row[] = [];
      for (const row of page) {
        const entry = exportRow(activityLogs, row);
        entry.hash ??= await entryHash(head.hash, entry);
        Object.assign(head, { seq: row.seq, hash: entry.hash });
        exported.push(entry);
      }
      if (exported.length > 0) yield exported;
      const last = page.at(-1);
      if (!last || page.length < pageSize) break;
      after = last.seq as number;
    }
    // Then the entries without a seq (written while the tenant was being deleted or moved, the
    // last of its entries): outside the chain.
    const outside = and(ofTenant, isNull(activityLogs.seq));
    const columns = getTableColumns(activityLogs);
    for await (const page of pagesOf(db, activityLogs, outside, columns, pageSize)) {
      yield page.map((row) => exportRow(activityLogs, row));
    }
  }

  return { pages: pages(), head };
}
