import { env } from "cloudflare:workers";
import { cellDatabase, cellsOf } from "../../src/cells/config";
import { DATA_REGIONS, REGIONS } from "../../src/cells/regions";

// The files of a worker share one runtime (vitest.config.ts), so every file starts by emptying
// what the files before it stored: each database is dropped to nothing and given the schema its
// migrations build (the control plane's, and the cell schema in every cell), squashed into one
// batch (scripts/squashed-schema.mjs; test/setup/squashed-schema.test.ts proves it equal), and
// every bucket is emptied. A file thus sees the same empty stores as in a runtime of its own.

/** What `db` holds (D1's own tables and SQLite's excepted), the newest first. */
async function objectsOf(db: D1Database) {
  const { results } = await db
    .prepare(
      `SELECT type, name FROM sqlite_master
       WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'
       ORDER BY rowid DESC`,
    )
    .all<{ type: "table" | "view"; name: string }>();
  return results;
}

/**
 * `db` with nothing in it but what `schema` creates, in one batch (one transaction). Dropping a
 * table deletes its rows without firing its triggers; the foreign keys are checked at the end,
 * when every table that refers to another is gone too.
 */
async function rebuild(db: D1Database, schema: string[]) {
  const drops = (await objectsOf(db)).map(
    ({ type, name }) => `DROP ${type === "view" ? "VIEW" : "TABLE"} "${name}"`,
  );
  const statements = [...drops, ...schema];
  if (statements.length === 0) return;
  await db.batch(["PRAGMA defer_foreign_keys = on", ...statements].map((sql) => db.prepare(sql)));
}

async function empty(bucket: R2Bucket) {
  for (;;) {
    const { objects } = await bucket.list({ limit: 1000 });
    if (objects.length === 0) return;
    await bucket.delete(objects.map((object) => object.key));
  }
}

await Promise.all([
  rebuild(env.DB, env.CONTROL_SCHEMA),
  ...cellsOf(env).map((cell) => rebuild(cellDatabase(env, cell), env.CELL_SCHEMA)),
  rebuild(env.MIGRATED_CONTROL, []),
  rebuild(env.MIGRATED_CELL, []),
  ...DATA_REGIONS.map((region) => empty(env[REGIONS[region].bucket])),
]);
