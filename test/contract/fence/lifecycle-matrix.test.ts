import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signup } from "../../support/api-client";
import { seedTenantRows } from "../../support/deletion-seed";
import { tablesWithTenantIdColumn } from "../../support/tenant-state";

/**
 * The write fence as a rule, table × lifecycle state × operation, held against the triggers the
 * migrations left in the database: the tables are read off the database, every state a tenant
 * row can be in (and its absence) is set straight in the cell, and each insert, update and delete
 * is tried as a statement of its own. A trigger dropped, or one losing a single state, fails here.
 */

type State = "active" | "inactive" | "arriving" | "deleting" | "moving" | "moved" | "gone";
const STATES: State[] = ["active", "inactive", "arriving", "deleting", "moving", "moved", "gone"];

/** Written in every state on purpose (see test/contract/fence/write-fence.test.ts for why). */
const UNFENCED = ["call_months", "call_rollups", "deletion_jobs"];

/**
 * The states whose writes the fence refuses, by table; a table not named here refuses the
 * states `deleting`, `moving`, `moved` and `gone`. Sessions and refresh tokens stay open while
 * the tenant is deleted (its people log in and follow the deletion) and while it moves (ending a
 * session works in every state), never where it has left; the delivery log while it is deleted
 * and after (the deletion's farewell), but never where the tenant is moving or has left.
 * A tenant `arriving` takes the move's copies.
 */
const REFUSED_BY_TABLE: Record<string, State[]> = {
  refresh_tokens: ["moved", "gone"],
  sessions: ["moved", "gone"],
  webhook_attempts: ["moving", "moved"],
  webhook_deliveries: ["moving", "moved"],
};
const REFUSED: State[] = ["deleting", "moving", "moved", "gone"];

const refusedIn = (table: string): State[] =>
  UNFENCED.includes(table) ? [] : (REFUSED_BY_TABLE[table] ?? REFUSED);

const db = () => env.CELL_US_1;
const ABSENT_TENANT = "tenant-that-is-nowhere";

async function columnsOf(table: string) {
  const { results } = await db().prepare(`PRAGMA table_info("${table}")`).all<{ name: string }>();
  return results.map((column) => column.name);
}

/** The tables `table` references by foreign key, read off the database. */
async function parentsOf(table: string) {
  const { results } = await db()
    .prepare(`PRAGMA foreign_key_list("${table}")`)
    .all<{ table: string }>();
  return results.map((key) => key.table).filter((parent) => parent !== table);
}

/** Children before the tables they reference: the order rows can be deleted in. */
async function childrenFirst(tables: string[]) {
  const placed: string[] = [];
  const place = async (table: string) => {
    if (placed.includes(table)) return;
    for (const parent of await parentsOf(table)) if (tables.includes(parent)) await place(parent);
    placed.push(table);
  };
  for (const table of tables) await place(table);
  return placed.reverse();
}

/**
 * A row in a table the seed leaves empty (the deletion job, the tenant's receipt): every column
 * given a value of its declared type.
 */
async function fillEmpty(table: string, tenantId: string) {
  const { results } = await db().prepare(`PRAGMA table_info("${table}")`).all<{
    name: string;
    type: string;
  }>();
  const values = Object.fromEntries(
    results.map(({ name, type }) => [
      name,
      name === "tenant_id" ? tenantId : /INT|REAL/i.test(type) ? 0 : `${tenantId}-${name}`,
    ]),
  );
  await insertOf(table, values).run();
}

/** A tenant with a row in every tenant table, put straight into `state` in its cell. */
async function tenantIn(state: State) {
  const owner = await signup();
  await seedTenantRows(owner.tenantId, 1);
  for (const table of await tablesWithTenantIdColumn()) {
    const row = await db()
      .prepare(`SELECT 1 FROM "${table}" WHERE tenant_id = ?`)
      .bind(owner.tenantId)
      .first();
    if (!row) await fillEmpty(table, owner.tenantId);
  }
  if (state !== "active" && state !== "gone") {
    await db()
      .prepare("UPDATE tenants SET status = ? WHERE id = ?")
      .bind(state, owner.tenantId)
      .run();
  }
  return owner.tenantId;
}

/** What a write did: refused by the fence (with its message), or not refused by it. */
async function outcomeOf(write: Promise<unknown>): Promise<string> {
  try {
    await write;
    return "written";
  } catch (error) {
    const message = String(error);
    const fence = /write_fence:[a-z_]+/.exec(message);
    // Under an absent tenant a write the fence lets through meets the foreign key instead.
    return fence ? fence[0] : "not fenced";
  }
}

async function oneRowOf(table: string, tenantId: string) {
  const row = await db()
    .prepare(`SELECT rowid AS "__rowid", * FROM "${table}" WHERE tenant_id = ? LIMIT 1`)
    .bind(tenantId)
    .first<Record<string, unknown>>();
  if (!row) throw new Error(`no seeded row in ${table}`);
  const { __rowid: rowid, ...values } = row;
  return { rowid, values };
}

function insertOf(table: string, values: Record<string, unknown>) {
  const names = Object.keys(values);
  return db()
    .prepare(
      `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`,
    )
    .bind(...names.map((name) => values[name] ?? null));
}

/**
 * Every operation on one row of `table` under a tenant in `state`, each outcome named. The insert
 * puts back the row just removed in the same batch (the foreign keys checked at its end), so an
 * insert the fence allows really is written; under an absent tenant the row is copied to it.
 */
async function insertAndUpdate(table: string, tenantId: string, state: State) {
  const { rowid, values } = await oneRowOf(table, tenantId);
  if (state === "gone") {
    const elsewhere = { ...values, tenant_id: ABSENT_TENANT };
    return {
      insert: await outcomeOf(insertOf(table, elsewhere).run()),
      update: await outcomeOf(
        db()
          .prepare(`UPDATE "${table}" SET tenant_id = ? WHERE rowid = ?`)
          .bind(ABSENT_TENANT, rowid)
          .run(),
      ),
    };
  }
  const update = await outcomeOf(
    db().prepare(`UPDATE "${table}" SET tenant_id = tenant_id WHERE rowid = ?`).bind(rowid).run(),
  );
  const insert = await outcomeOf(
    db().batch([
      db().prepare("PRAGMA defer_foreign_keys = on"),
      db().prepare(`DELETE FROM "${table}" WHERE rowid = ?`).bind(rowid),
      insertOf(table, values),
    ]),
  );
  return { insert, update };
}

describe("the write fence, table × lifecycle state × operation, read off the database", () => {
  it("has a rule for every table with a tenant_id", async () => {
    const tables = await tablesWithTenantIdColumn();
    expect(tables.length).toBeGreaterThan(20);
    for (const table of Object.keys(REFUSED_BY_TABLE)) expect(tables).toContain(table);
    for (const table of UNFENCED) expect(tables).toContain(table);
  });

  for (const state of STATES) {
    it(`${state}: refuses or allows each insert, update and delete as the rule says`, {
      timeout: 60_000,
    }, async () => {
      const tenantId = await tenantIn(state);
      const tables = await tablesWithTenantIdColumn();
      const expected: Record<string, { insert: string; update: string }> = {};
      const actual: Record<string, { insert: string; update: string }> = {};
      for (const table of tables) {
        expect(await columnsOf(table), table).toContain("tenant_id");
        const refused = refusedIn(table).includes(state);
        const allowed = state === "gone" ? "not fenced" : "written";
        const outcome = refused ? `write_fence:tenant_${state}` : allowed;
        expected[table] = { insert: outcome, update: outcome };
        const got = await insertAndUpdate(table, tenantId, state);
        // A copy under an absent tenant the fence lets through is refused by a key instead.
        actual[table] =
          state === "gone"
            ? {
                insert: got.insert === "written" ? "not fenced" : got.insert,
                update: got.update === "written" ? "not fenced" : got.update,
              }
            : got;
      }
      expect(actual).toEqual(expected);

      // Deletes are never fenced: the deletion removes a deleting tenant's rows, and the move a
      // moved one's from the cell it left.
      if (state !== "gone") {
        for (const table of await childrenFirst(tables)) {
          const deleted = await db()
            .prepare(`DELETE FROM "${table}" WHERE tenant_id = ?`)
            .bind(tenantId)
            .run();
          expect(deleted.meta.changes, `${table} while ${state}`).toBeGreaterThan(0);
        }
      }
    });
  }

  it("the tenant row itself: frozen while deleting or moved, moving only by a change of status", {
    timeout: 60_000,
  }, async () => {
    const change = (id: string, status: string) =>
      outcomeOf(db().prepare("UPDATE tenants SET status = ? WHERE id = ?").bind(status, id).run());
    const rename = (id: string) =>
      outcomeOf(db().prepare("UPDATE tenants SET name = name || '!' WHERE id = ?").bind(id).run());
    const deleting = await tenantIn("deleting");
    expect(await rename(deleting)).toBe("write_fence:tenant_deleting");
    expect(await change(deleting, "active")).toBe("write_fence:tenant_deleting");
    const moved = await tenantIn("moved");
    expect(await rename(moved)).toBe("write_fence:tenant_moved");
    expect(await change(moved, "active")).toBe("write_fence:tenant_moved");
    for (const state of ["moving", "arriving"] as const) {
      const id = await tenantIn(state);
      expect(await rename(id), state).toBe("write_fence:tenant_moving");
      expect(await change(id, "active"), state).toBe("written");
    }
    for (const state of ["active", "inactive"] as const) {
      expect(await rename(await tenantIn(state)), state).toBe("written");
    }
  });
});
