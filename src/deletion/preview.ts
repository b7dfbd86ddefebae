import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type TenantTable, tenantTables } from "../db/tenant-tables";
import { countKeys, tenantBlobPrefix } from "./blob-listing";
import { BLOBS_STAGE } from "./stages";

// A dry run lists at most this many pages (1000 keys each) of the tenant's objects.
const MAX_PREVIEW_PAGES = 100;

/** The tenant's rows in each of `tables`, by table name, in one statement. */
export async function countTenantRows(
  db: Db,
  tenantId: string,
  tables: TenantTable[],
): Promise<Record<string, number>> {
  const counts = tables.map(
    (owned) =>
      sql`(SELECT count(*) FROM ${owned.table} WHERE ${owned.tenantId} = ${tenantId}) AS ${sql.identifier(owned.name)}`,
  );
  return (await db.get<Record<string, number>>(sql`SELECT ${sql.join(counts, sql`, `)}`)) ?? {};
}

/** What deleting the tenant would remove, by resource: the dry run's answer. */
export async function previewDeletion(db: Db, blobs: R2Bucket, tenantId: string) {
  const [rows, objects] = await Promise.all([
    countTenantRows(db, tenantId, tenantTables()),
    countKeys(blobs, tenantBlobPrefix(tenantId), MAX_PREVIEW_PAGES),
  ]);
  return {
    counts: { [BLOBS_STAGE]: objects.count, ...rows, tenants: 1 },
    r2_objects_complete: objects.complete,
  };
}
