import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { cellDatabase, cellsOf } from "../../src/cells/config";

// Storage is isolated per test file; migrations are idempotent, so every file starts migrated:
// the control plane, and every cell with the cell schema.
await applyD1Migrations(env.DB, env.CONTROL_MIGRATIONS);
for (const cell of cellsOf(env))
  await applyD1Migrations(cellDatabase(env, cell), env.CELL_MIGRATIONS);
