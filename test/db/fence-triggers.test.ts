import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { FENCE_EVENTS, fenceRule, fenceTriggers } from "../../src/db/fence";
import { tenantTables } from "../../src/db/tenant-tables";

type Trigger = { name: string; tbl_name: string; sql: string };

/** The cell's triggers as its migrations left them. */
const triggersInDatabase = async () =>
  (
    await env.CELL_US_1.prepare(
      "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
    ).all<Trigger>()
  ).results;

describe("the write fence generated from the schema", () => {
  it("is, name for name and text for text, what the cell's migrations created", async () => {
    const inDatabase = await triggersInDatabase();
    const generated = fenceTriggers();
    expect(inDatabase.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    for (const trigger of generated) {
      const found = inDatabase.find((t) => t.name === trigger.name);
      expect(found?.tbl_name, trigger.name).toBe(trigger.table);
      expect(found?.sql, trigger.name).toBe(trigger.sql);
    }
  });

  it("fences every tenant table on insert and update, but the ones its rules leave open", () => {
    const names = new Set(fenceTriggers().map((t) => t.name));
    for (const { name, table } of tenantTables()) {
      for (const event of FENCE_EVENTS) {
        const fenced = fenceRule(table)[event].length > 0;
        expect(names.has(`fence_${name}_${event}`), `${name} ${event}`).toBe(fenced);
      }
    }
    expect(names.size).toBeGreaterThan(30);
    const open = tenantTables()
      .filter(({ table }) => FENCE_EVENTS.every((event) => fenceRule(table)[event].length === 0))
      .map((owned) => owned.name);
    expect(open.sort()).toEqual(["call_months", "call_rollups"]);
    expect(names).toContain("fence_tenants_update");
  });

  it("refuses, a table at a time, exactly the states its rule names", async () => {
    const generated = fenceTriggers();
    for (const { name, table } of tenantTables()) {
      for (const event of FENCE_EVENTS) {
        const trigger = generated.find((t) => t.name === `fence_${name}_${event}`);
        const raised = [...(trigger?.sql ?? "").matchAll(/write_fence:tenant_(\w+)/g)].map(
          (match) => match[1],
        );
        expect(raised, `${name} ${event}`).toEqual([...fenceRule(table)[event]]);
      }
    }
  });
});
