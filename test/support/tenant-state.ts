import { env } from "cloudflare:workers";

/**
 * The tables of the database as it stands that have a `tenant_id` column, read off the
 * database itself rather than the code under test, so a table a migration adds is included.
 */
export async function tablesWithTenantIdColumn(): Promise<string[]> {
  const { results } = await env.CELL_US_1.prepare(
    // D1's own tables (`_cf_…`) and SQLite's cannot be read.
    `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
     WHERE m.type = 'table' AND substr(m.name, 1, 4) <> '_cf_' AND substr(m.name, 1, 7) <> 'sqlite_'
       AND c.name = 'tenant_id'
     ORDER BY m.name`,
  ).all<{ name: string }>();
  return results.map(({ name }) => name);
}

/** The control plane's tables that hold rows of a tenant. */
const CONTROL_TABLES = ["users", "tenant_directory", "deletion_receipts"];

/**
 * Everything of the tenant's, read straight from storage: its row in `tenants` and its rows in
 * every table with a `tenant_id`, in every cell; its rows in the control plane; and the key and
 * etag of every object under its R2 prefix, in every bucket; but the tables in `except`. Equal
 * before and after a request: the request changed nothing of the tenant's.
 */
export async function tenantState(tenantId: string, except: string[] = []) {
  // Each database read in one batch: one round trip, and one consistent view of it.
  const read = async (d1: D1Database, queries: { table: string; column: string }[]) => {
    const results = await d1.batch(
      queries.map(({ table, column }) =>
        d1.prepare(`SELECT * FROM "${table}" WHERE "${column}" = ? ORDER BY rowid`).bind(tenantId),
      ),
    );
    return queries.map(({ table }, i) => ({ table, rows: results[i]?.results ?? [] }));
  };
  const cellQueries = ["tenants", ...(await tablesWithTenantIdColumn())]
    .filter((table) => !except.includes(table))
    .map((table) => ({ table, column: table === "tenants" ? "id" : "tenant_id" }));
  const controlQueries = CONTROL_TABLES.filter((table) => !except.includes(table)).map((table) => ({
    table,
    column: "tenant_id",
  }));
  const [us, eu, control] = await Promise.all([
    read(env.CELL_US_1, cellQueries),
    read(env.CELL_EU_1, cellQueries),
    controlQueries.length > 0 ? read(env.DB, controlQueries) : [],
  ]);
  const tables: Record<string, unknown[]> = {};
  for (const { table } of cellQueries) tables[table] = [];
  for (const { table, rows } of [...us, ...eu, ...control]) {
    tables[table] = [...(tables[table] ?? []), ...rows];
  }
  const objects: string[] = [];
  for (const bucket of [env.BLOBS_US, env.BLOBS_EU]) {
    let cursor: string | undefined;
    for (;;) {
      const page = await bucket.list({ prefix: `tenants/${tenantId}/`, cursor });
      objects.push(...page.objects.map((object) => `${object.key} ${object.etag}`));
      if (!page.truncated) break;
      cursor = page.cursor;
    }
  }
  return { tables, objects };
}

export type TenantState = Awaited<ReturnType<typeof tenantState>>;

/** The tables (and `r2`) whose contents differ between two states. */
export function differences(before: TenantState, after: TenantState): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  const changed = [...names].filter(
    (name) => JSON.stringify(before.tables[name]) !== JSON.stringify(after.tables[name]),
  );
  if (JSON.stringify(before.objects) !== JSON.stringify(after.objects)) changed.push("r2");
  return changed;
}

/**
 * Whether R2 changed between two states only by objects going: none added or rewritten. A
 * DELETE of stored bytes removes its object before its D1 write, on purpose: should the write
 * fail, the row points at nothing (its download answers 404) and the same DELETE finishes the
 * job, where the other order would leave bytes that nothing points to.
 */
export function onlyObjectsRemoved(before: TenantState, after: TenantState): boolean {
  const had = new Set(before.objects);
  return after.objects.length < before.objects.length && after.objects.every((o) => had.has(o));
}
