import { env } from "cloudflare:workers";
import { cellDatabase, cellsOf } from "../../src/cells/config";

// Storage is isolated per test file, so every file starts from empty databases: each gets the
// schema its migrations build (the control plane's, and the cell schema in every cell), squashed
// into one batch (scripts/squashed-schema.mjs; test/setup/squashed-schema.test.ts proves it equal).
const create = (db: D1Database, statements: string[]) =>
  db.batch(statements.map((sql) => db.prepare(sql)));

await Promise.all([
  create(env.DB, env.CONTROL_SCHEMA),
  ...cellsOf(env).map((cell) => create(cellDatabase(env, cell), env.CELL_SCHEMA)),
]);
