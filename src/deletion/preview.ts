import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { users } from "../db/control-schema";
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

/**
 * What deleting the tenant would remove, by resource: the dry run's answer. Its rows in its cell,
 * its objects, and its accounts in the control plane.
 */
export async function previewDeletion(
  { db, control, blobs }: { db: Db; control: Db; blobs: R2Bucket },
  tenantId: string,
) {
  const [rows, objects, accounts] = await Promise.all([
    countTenantRows(db, tenantId, tenantTables()),
    countKeys(blobs, tenantBlobPrefix(tenantId), MAX_PREVIEW_PAGES),
    control.select({ n: count() }).from(users).where(eq(users.tenantId, tenantId)).get(),
  ]);
  return {
    counts: { [BLOBS_STAGE]: objects.count, ...rows, tenants: 1, users: accounts?.n ?? 0 },
    r2_objects_complete: objects.complete,
  };
}
