import { getTableConfig, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { once } from "../lib/once";
import * as schema from "./schema";
import { allTables } from "./tables";

/** A table whose rows belong to one tenant, through its `tenant_id` column. */
export type TenantTable = { name: string; table: SQLiteTable; tenantId: SQLiteColumn };

/** Kept when a tenant is deleted: the deletion job is the tenant's deletion receipt. */
const RECEIPTS: SQLiteTable[] = [schema.deletionJobs];

function tenantTableOf(table: SQLiteTable): TenantTable | undefined {
  const config = getTableConfig(table);
  const tenantId = config.columns.find((column) => column.name === "tenant_id");
  return tenantId && { name: config.name, table, tenantId };
}

/** The tables a row in `table` points to by foreign key, other than itself. */
const parentsOf = (table: SQLiteTable) =>
  getTableConfig(table)
    .foreignKeys.map((key) => key.reference().foreignTable)
    .filter((parent) => parent !== table);

/**
 * Every table with a `tenant_id` column, read off the schema, so a table added later is owned
 * (deleted and exported) without a code change. Children come before the tables they reference,
 * so deleting in this order never breaks a foreign key.
 */
export const tenantTables = once((): TenantTable[] => {
  const owned = allTables()
    .filter((table) => !RECEIPTS.includes(table))
    .map(tenantTableOf)
    .filter((table) => table !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));

  // Depth-first: a table is placed after everything it references, which gives parents first;
  // reversed, children first.
  const byTable = new Map(owned.map((owned) => [owned.table, owned]));
  const placed: TenantTable[] = [];
  const visiting = new Set<SQLiteTable>();
  const place = (owned: TenantTable) => {
    if (placed.includes(owned)) return;
    if (visiting.has(owned.table)) throw new Error(`foreign-key cycle through ${owned.name}`);
    visiting.add(owned.table);
    for (const parent of parentsOf(owned.table)) {
      const ownedParent = byTable.get(parent);
      if (ownedParent) place(ownedParent);
    }
    placed.push(owned);
  };
  for (const table of owned) place(table);
  return placed.reverse();
});

export function tenantTableNamed(name: string): TenantTable {
  const table = tenantTables().find((owned) => owned.name === name);
  if (!table) throw new Error(`no tenant table named ${name}`);
  return table;
}

/**
 * Columns holding a secret, a password hash or a credential's keyed hash: never exported, only
 * whether they are set.
 */
export const isSecretColumn = (name: string) =>
  name.endsWith("_enc") || name === "password_hash" || CREDENTIAL_HASHES.has(name);
const CREDENTIAL_HASHES = new Set(["key_hash", "invitation_hash", "token_hash"]);

/** `sip_password_enc` → `sip_password_set`, `password_hash` → `password_set`. */
export const secretFlagName = (name: string) => `${name.replace(/_(enc|hash)$/, "")}_set`;
