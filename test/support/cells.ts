import { env } from "cloudflare:workers";
import { type Cell, cellDatabase, cellNamed, regionBucket } from "../../src/cells/config";
import { createDb } from "../../src/db/client";

/** The cells of wrangler.toml the tests run with: one in each region. */
export const US_CELL = "us-1";
export const EU_CELL = "eu-1";

export function cellCalled(name: string): Cell {
  const cell = cellNamed(env, name);
  if (!cell) throw new Error(`no cell ${name}`);
  return cell;
}

/** The cell the directory names for the tenant. */
export async function cellOf(tenantId: string): Promise<Cell> {
  const entry = await env.DB.prepare("SELECT cell FROM tenant_directory WHERE tenant_id = ?")
    .bind(tenantId)
    .first<{ cell: string }>();
  if (!entry) throw new Error(`no directory entry for ${tenantId}`);
  return cellCalled(entry.cell);
}

/** The tenant's cell's D1 binding, read directly. */
export const d1Of = async (tenantId: string) => cellDatabase(env, await cellOf(tenantId));

/** The tenant's cell as Drizzle reads it. */
export const dbOf = async (tenantId: string) => createDb(await d1Of(tenantId));

/** The tenant's region's bucket. */
export const bucketOf = async (tenantId: string) =>
  regionBucket(env, (await cellOf(tenantId)).region);

/** Every cell's D1 binding, with its name. */
export const everyCellD1 = () =>
  (["us-1", "eu-1"] as const).map((name) => ({ name, d1: cellDatabase(env, cellCalled(name)) }));
