// The schema a database has once all its migrations ran, as the statements that create it at once.
// The tests start every file's databases from it: one batch per database instead of every
// migration in turn. test/setup/squashed-schema.test.ts proves it equal to the migrations' result
// on D1 itself (tables, columns, indexes and triggers, read from sqlite_master).
import { DatabaseSync } from "node:sqlite";

/** What sqlite_master lists in an order that creates it: tables, then what refers to them. */
const KIND_ORDER = ["table", "index", "view", "trigger"];

/**
 * `migrations` as readD1Migrations reads them (`{ name, queries }`, in order), applied to an empty
 * SQLite database; answers the statements that create what they left, in creation order.
 */
export function squashedSchema(migrations) {
  const db = new DatabaseSync(":memory:");
  try {
    for (const { name, queries } of migrations) {
      for (const query of queries) {
        try {
          db.exec(query);
        } catch (error) {
          throw new Error(`${name}: ${error.message}\n${query}`);
        }
      }
    }
    const objects = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
      )
      .all();
    // Only a schema is carried over: a migration that left rows would need them copied too.
    for (const { type, name } of objects) {
      if (type !== "table") continue;
      const { rows } = db.prepare(`SELECT count(*) AS rows FROM "${name}"`).get();
      if (rows > 0) throw new Error(`the migrations leave ${rows} rows in ${name}`);
    }
    return KIND_ORDER.flatMap((kind) =>
      objects.filter(({ type }) => type === kind).map(({ sql }) => sql),
    );
  } finally {
    db.close();
  }
}
