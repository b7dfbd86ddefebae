import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

type Named = { name: string };
type ForeignKey = { id: number; seq: number; table: string; from: string };

async function pragma<T>(statement: string): Promise<T[]> {
  return (await env.CELL_US_1.prepare(statement).all<T>()).results;
}

/** The migrated database's own tables, not SQLite's or D1's. */
const appTables = () =>
  pragma<Named>(
    `SELECT name FROM sqlite_master WHERE type = 'table'
     AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name NOT LIKE '!_cf!_%' ESCAPE '!'
     AND name <> 'd1_migrations'`,
  );

/** Each foreign key of `table` as its child columns, in key order. */
async function foreignKeysOf(table: string) {
  const rows = await pragma<ForeignKey>(`PRAGMA foreign_key_list("${table}")`);
  const keys = new Map<number, { parent: string; columns: string[] }>();
  for (const row of rows.sort((a, b) => a.seq - b.seq)) {
    const key = keys.get(row.id) ?? { parent: row.table, columns: [] };
    key.columns.push(row.from);
    keys.set(row.id, key);
  }
  return [...keys.values()];
}

/** The columns of every index on `table` (the primary key's included), in index order. */
async function indexesOf(table: string) {
  const indexes = await pragma<Named>(`PRAGMA index_list("${table}")`);
  return Promise.all(
    indexes.map(async ({ name }) =>
      (await pragma<Named & { seqno: number }>(`PRAGMA index_info("${name}")`))
        .sort((a, b) => a.seqno - b.seqno)
        .map((column) => column.name),
    ),
  );
}

// Deleting a parent row makes SQLite look up its children by the key's columns (the foreign-key
// check). Without an index led by those columns, every deleted parent scans the whole child table,
// every tenant's rows included: a tenant deletion would grow with the size of the database.
describe("foreign keys", () => {
  it("each has an index in its table led by the key's columns", async () => {
    const unindexed: string[] = [];
    let checked = 0;
    for (const { name: table } of await appTables()) {
      const indexes = await indexesOf(table);
      for (const key of await foreignKeysOf(table)) {
        checked++;
        const led = indexes.some((columns) =>
          key.columns.every((column, i) => columns[i] === column),
        );
        if (!led) unindexed.push(`${table}(${key.columns.join(", ")}) → ${key.parent}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(unindexed).toEqual([]);
  });
});
