import { and, eq, getTableColumns, isNotNull } from "drizzle-orm";
import { partsInOrder } from "../archive/parts";
import { partRows } from "../archive/read";
import { latestCheckpoint } from "../audit/checkpoints";
import { signCheckpoint } from "../audit/signing";
import type { Db } from "../db/client";
import { users } from "../db/control-schema";
import { activityLogs, calls, files, type TenantRow, tenants } from "../db/schema";
import { tenantTables } from "../db/tenant-tables";
import { nowIso } from "../lib/ids";
import { exportedActivity } from "./activity";
import { exportRow, pagesOf, type Row } from "./rows";

// Rows read per query: the memory an export holds at once. An export may run up to the 1000 D1
// queries of one invocation, so it carries up to ~500,000 rows.
export const EXPORT_PAGE_SIZE = 500;

/** Tenant tables left out of the export, and why. */
export const NOT_EXPORTED: Record<string, string> = {
  idempotency_keys:
    "a 24-hour cache of API responses for client retries, which may hold a secret shown once",
  sessions: "login sessions: credentials, not the tenant's data",
  refresh_tokens: "the sessions' refresh tokens, by their keyed hash: credentials",
};

export const exportedTables = () => tenantTables().filter((owned) => !(owned.name in NOT_EXPORTED));

/** Where the tenant's rows point to its R2 objects: listed by key, size and sha256. */
const BLOB_COLUMNS = [
  {
    table: files,
    name: "files",
    columns: { id: files.id, key: files.r2Key, size: files.size, sha256: files.sha256 },
    contentType: files.contentType,
    tenantId: files.tenantId,
  },
  {
    table: calls,
    name: "calls",
    columns: {
      id: calls.id,
      key: calls.recordingKey,
      size: calls.recordingSize,
      sha256: calls.recordingSha256,
    },
    contentType: calls.recordingContentType,
    tenantId: calls.tenantId,
  },
];

/** The items of a JSON array, from pages of rows. */
async function* jsonItems(pages: AsyncIterable<Row[]>, serialize: (row: Row) => unknown) {
  let first = true;
  for await (const page of pages) {
    yield (first ? "" : ",") + page.map((row) => JSON.stringify(serialize(row))).join(",");
    first = false;
  }
}

/**
 * Where an export reads: the tenant's cell and bucket, and the control plane for its accounts;
 * and the key its audit checkpoint is signed with (`AUDIT_SIGNING_KEY`).
 */
export type ExportSources = { db: Db; control: Db; bucket: R2Bucket; signingKey: string };

async function* blobPages(db: Db, tenantId: string) {
  for (const source of BLOB_COLUMNS) {
    const fields = { ...source.columns, content_type: source.contentType };
    const where = and(eq(source.tenantId, tenantId), isNotNull(source.columns.key));
    for await (const page of pagesOf(db, source.table, where, fields, EXPORT_PAGE_SIZE)) {
      yield page.map(({ rowid: _, ...blob }) => ({ table: source.name, ...blob }));
    }
  }
}

/**
 * The archived rows, table by table, in the archive's order, as the archive holds them: in the
 * JSON the API answers for each. A part is read from R2 when the stream gets to it.
 */
async function* archivedChunks(db: Db, bucket: R2Bucket, tenantId: string) {
  let table: string | undefined;
  for (const part of await partsInOrder(db, tenantId)) {
    const first = part.tableName !== table;
    if (first) yield `${table === undefined ? "" : "],"}${JSON.stringify(part.tableName)}:[`;
    table = part.tableName;
    let firstOfTable = first;
    for await (const rows of partRows(bucket, [part])) {
      if (rows.length === 0) continue;
      yield (firstOfTable ? "" : ",") + rows.join(",");
      firstOfTable = false;
    }
  }
  if (table !== undefined) yield "]";
}

/**
 * The export document, a piece at a time: the tenant, each table, the archived rows, the blobs,
 * the sealing's latest checkpoint, then the one the export is anchored by: signed now, over the
 * last entry of the activity log it holds, for its tenant (`npm run verify-audit` refuses an
 * export without it).
 */
async function* exportChunks(
  { db, control, bucket, signingKey }: ExportSources,
  tenant: TenantRow,
): AsyncGenerator<string> {
  const exportedAt = nowIso();
  // Read before the entries: every entry it vouches for is then among those the export holds.
  const sealed = await latestCheckpoint(bucket, tenant.id);
  yield `{"format":"tenant-export/1","exported_at":${JSON.stringify(exportedAt)},`;
  yield `"tenant":${JSON.stringify(exportRow(tenants, tenant))},"tables":{`;
  const activity = exportedActivity(db, tenant.id, EXPORT_PAGE_SIZE);
  for (const [index, owned] of exportedTables().entries()) {
    yield `${index > 0 ? "," : ""}${JSON.stringify(owned.name)}:[`;
    if (owned.table === activityLogs) {
      yield* jsonItems(activity.pages, (entry) => entry);
    } else {
      const where = eq(owned.tenantId, tenant.id);
      const columns = getTableColumns(owned.table);
      const pages = pagesOf(db, owned.table, where, columns, EXPORT_PAGE_SIZE);
      yield* jsonItems(pages, (row) => exportRow(owned.table, row));
    }
    yield "]";
  }
  // The tenant's accounts live in the control plane, where logins are looked up.
  const accounts = await control.select().from(users).where(eq(users.tenantId, tenant.id));
  yield `,"users":${JSON.stringify(accounts.map((row) => exportRow(users, row)))}`;
  yield `},"archived":{`;
  yield* archivedChunks(db, bucket, tenant.id);
  yield `},"blobs":[`;
  yield* jsonItems(blobPages(db, tenant.id), (blob) => blob);
  const checkpoint = await signCheckpoint(signingKey, {
    tenant_id: tenant.id,
    seq: activity.head.seq,
    head_hash: activity.head.hash,
    sealed_at: exportedAt,
  });
  yield `],"audit_sealed_checkpoint":${JSON.stringify(sealed)}`;
  yield `,"audit_checkpoint":${JSON.stringify(checkpoint)}}`;
}

/**
 * Everything the tenant owns as one JSON document, streamed: each chunk is read from D1 only
 * when the client is ready for it, so memory stays bounded whatever the tenant's size.
 */
export function exportStream(
  sources: ExportSources,
  tenant: TenantRow,
): ReadableStream<Uint8Array> {
  const chunks = exportChunks(sources, tenant);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
