// Applies every local D1 database's pending migrations in one runtime, as
// `wrangler d1 migrations apply --local` records them (the `d1_migrations` table), so either can
// run after the other. One runtime for all of them, the one wrangler runs locally (Miniflare) with
// the databases where `wrangler dev` finds them: a wrangler process per database took most of
// `npm start`'s first minute.

import { join } from "node:path";
import { readD1Migrations } from "@cloudflare/vitest-plugin";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { d1Databases } from "./d1-bindings.mjs";

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS d1_migrations(
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`;

/** Each migration not applied yet, with its record, in one batch: all of it or nothing. */
async function migrate(db, migrations) {
  await db.prepare(MIGRATIONS_TABLE).run();
  const { results } = await db.prepare("SELECT name FROM d1_migrations").all();
  const applied = new Set(results.map(({ name }) => name));
  const pending = migrations.filter(({ name }) => !applied.has(name));
  for (const { name, queries } of pending) {
    await db.batch([
      ...queries.map((query) => db.prepare(query)),
      db.prepare("INSERT INTO d1_migrations (name) VALUES (?)").bind(name),
    ]);
  }
  return pending.map(({ name }) => name);
}

/**
 * Migrates the local databases wrangler.toml declares, in `persistTo` (`wrangler dev`'s
 * `--persist-to`, `.wrangler/state` by default); answers the migrations applied, by binding.
 */
export async function applyLocalMigrations({ persistTo = ".wrangler/state" } = {}) {
  const databases = d1Databases();
  // `wrangler dev` keeps its state under `<persist-to>/v3`, each database under its local id.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      script: "",
      resourcePersistencePath: join(persistTo, "v3"),
      d1Databases: Object.fromEntries(databases.map(({ binding, localId }) => [binding, localId])),
    }),
  );
  try {
    const applied = await Promise.all(
      databases.map(async ({ binding, migrationsDir }) =>
        migrate(await mf.getD1Database(binding), await readD1Migrations(migrationsDir)),
      ),
    );
    return Object.fromEntries(databases.map(({ binding }, i) => [binding, applied[i]]));
  } finally {
    await mf.dispose();
  }
}
