// The D1 databases wrangler.toml declares, in order: the control plane (`DB`), then every cell.
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

/**
 * `binding`, `databaseName`, `migrationsDir` and `localId` (the id wrangler keeps its local copy
 * under) of each `[[d1_databases]]` of wrangler.toml.
 */
export const d1Databases = (path = "wrangler.toml") =>
  (parse(readFileSync(path, "utf8")).d1_databases ?? []).map((database) => ({
    binding: database.binding,
    databaseName: database.database_name,
    migrationsDir: database.migrations_dir,
    localId: database.preview_database_id ?? database.database_id ?? database.binding,
  }));
