// The D1 bindings wrangler.toml declares, in order: the control plane (`DB`), then every cell.
import { readFileSync } from "node:fs";

/** `binding` and `database_name` of each `[[d1_databases]]` table of wrangler.toml. */
export function d1Databases(path = "wrangler.toml") {
  const toml = readFileSync(path, "utf8");
  return toml
    .split(/^\[\[d1_databases\]\]\s*$/m)
    .slice(1)
    .map((block) => ({
      binding: block.match(/^binding\s*=\s*"([^"]+)"/m)?.[1],
      databaseName: block.match(/^database_name\s*=\s*"([^"]+)"/m)?.[1],
      migrationsDir: block.match(/^migrations_dir\s*=\s*"([^"]+)"/m)?.[1],
    }))
    .filter((database) => database.binding && database.databaseName);
}
