import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/** Every table, column, index, trigger and view of `db`, as sqlite_master and table_info list them. */
async function schemaOf(db: D1Database) {
  const { results: objects } = await db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'
         AND name <> 'd1_migrations'
       ORDER BY type, name`,
    )
    .all<{ type: string; name: string; tbl_name: string; sql: string }>();
  const { results: columns } = await db
    .prepare(
      `SELECT m.name AS tbl, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk
       FROM sqlite_master m, pragma_table_info(m.name) c
       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_cf_%'
         AND m.name <> 'd1_migrations'
       ORDER BY m.name, c.cid`,
    )
    .all();
  return { objects, columns };
}

// The tests' databases start from the squashed schema (test/setup/apply-schema.ts); this proves it
// is what the migrations build on D1, so a test never passes on a schema production lacks.
describe("the squashed schema the tests start from", () => {
  it("is the control plane's migrations' result", async () => {
    await applyD1Migrations(env.MIGRATED_CONTROL, env.CONTROL_MIGRATIONS);
    const migrated = await schemaOf(env.MIGRATED_CONTROL);
    expect(migrated.objects.length).toBeGreaterThan(0);
    expect(await schemaOf(env.DB)).toEqual(migrated);
  });

  it("is the cell migrations' result, in every cell", async () => {
    await applyD1Migrations(env.MIGRATED_CELL, env.CELL_MIGRATIONS);
    const migrated = await schemaOf(env.MIGRATED_CELL);
    expect(migrated.objects.filter(({ type }) => type === "trigger").length).toBeGreaterThan(0);
    expect(await schemaOf(env.CELL_US_1)).toEqual(migrated);
    expect(await schemaOf(env.CELL_EU_1)).toEqual(migrated);
  });
});
