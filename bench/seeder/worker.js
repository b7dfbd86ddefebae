// Writes straight into the API's local D1 and R2 (see wrangler.toml), for the cascade-delete
// measurement:
//   POST /rows?tenant=ID&rows=N   about N rows of the tenant, spread evenly over every table with
//                                 a tenant_id column but users; creates the tenant row if missing
//   POST /blobs?prefix=P&count=N  N small R2 objects under P
//   POST /plain-delete?tenant=ID  the tenant's rows removed with one plain DELETE a table, timed
//   POST /calls?tenant=ID&agent=A&calls=N&from=UNIX&step=S
//                                 N ended calls of the tenant, one every S seconds from UNIX
//   POST /rollups                 runs the SQL in the body (the rollup backfill migration) on an
//                                 empty call_rollups table
// The tables and columns are read from the database itself, so a table added later is seeded too.

const BLOB_PUTS_IN_FLIGHT = 100;

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const param = (name) => url.searchParams.get(name) ?? "";
    if (request.method !== "POST") return new Response("ok");
    switch (url.pathname) {
      case "/rows":
        return Response.json(await seedRows(env.DB, param("tenant"), Number(param("rows"))));
      case "/blobs":
        return Response.json(await putBlobs(env.BLOBS, param("prefix"), Number(param("count"))));
      case "/plain-delete":
        return Response.json(await plainDelete(env.DB, param("tenant")));
      case "/calls":
        return Response.json(
          await seedCalls(env.DB, {
            tenantId: param("tenant"),
            agentId: param("agent"),
            count: Number(param("calls")),
            from: Number(param("from")),
            step: Number(param("step")),
          }),
        );
      case "/rollups":
        return Response.json(await buildRollups(env.DB, await request.text()));
      default:
        return new Response("not found", { status: 404 });
    }
  },
};

/**
 * Every table with a tenant_id column (but `deletion_jobs`, the receipt a deletion keeps), with
 * its columns and foreign keys, parents before children.
 */
async function tenantTables(db) {
  const { results: names } = await db
    // Not SQLite's own tables nor D1's (_cf_…), which may not be inspected.
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name NOT LIKE '!_cf!_%' ESCAPE '!'`,
    )
    .all();
  const pragmas = await db.batch(
    names.flatMap(({ name }) => [
      db.prepare(`PRAGMA table_info("${name}")`),
      db.prepare(`PRAGMA foreign_key_list("${name}")`),
    ]),
  );
  const tables = names.map(({ name }, i) => ({
    name,
    columns: pragmas[2 * i].results.map((c) => ({ name: c.name, type: c.type.toLowerCase() })),
    references: new Map(
      pragmas[2 * i + 1].results
        .filter((key) => key.table !== "tenants")
        .map((key) => [key.from, { parent: key.table, target: key.to }]),
    ),
  }));
  const owned = tables.filter(
    (t) => t.name !== "deletion_jobs" && t.columns.some((c) => c.name === "tenant_id"),
  );
  const ordered = [];
  const place = (table) => {
    if (ordered.includes(table)) return;
    for (const { parent } of table.references.values()) {
      const ownedParent = owned.find((t) => t.name === parent);
      if (ownedParent && ownedParent !== table) place(ownedParent);
    }
    ordered.push(table);
  };
  for (const table of owned) place(table);
  return ordered;
}

// Row i of every table: ids and text name the tenant, column and row, and a foreign key points at
// the parent's row i, so every table gets the same number of rows.
function seedValue(column, table) {
  if (column.name === "tenant_id") return "?2";
  if (column.type === "integer" || column.type === "real") return "i";
  const reference = table.references.get(column.name);
  return `?2 || '-${reference ? reference.target : column.name}-' || i`;
}

async function seedRows(db, tenantId, rows) {
  const tables = (await tenantTables(db)).filter((t) => t.name !== "users");
  const perTable = Math.max(1, Math.round(rows / tables.length));
  const { results: tenantColumns } = await db.prepare("PRAGMA table_info(tenants)").all();
  // A copy of the first tenant row for a tenant that has none (the plain-DELETE twin).
  const copied = tenantColumns.map((c) => (c.name === "id" ? "?1" : `"${c.name}"`)).join(", ");
  const statements = [
    db
      .prepare(
        `INSERT INTO tenants SELECT ${copied} FROM tenants
         WHERE NOT EXISTS (SELECT 1 FROM tenants WHERE id = ?1) LIMIT 1`,
      )
      .bind(tenantId),
    ...tables.map((table) => {
      const names = table.columns.map((c) => `"${c.name}"`).join(", ");
      const values = table.columns.map((c) => seedValue(c, table)).join(", ");
      return db
        .prepare(
          `WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?1)
           INSERT INTO "${table.name}" (${names}) SELECT ${values} FROM seq`,
        )
        .bind(perTable, tenantId);
    }),
  ];
  await db.batch(statements);
  return { rows: perTable * tables.length, tables: tables.length };
}

async function putBlobs(bucket, prefix, count) {
  const keys = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(6, "0")}`);
  for (let i = 0; i < keys.length; i += BLOB_PUTS_IN_FLIGHT) {
    const chunk = keys.slice(i, i + BLOB_PUTS_IN_FLIGHT);
    await Promise.all(chunk.map((key) => bucket.put(key, `bench object ${key}`)));
  }
  return { objects: count };
}

/** Children before parents, then the users and the tenant row: each one statement. */
async function plainDelete(db, tenantId) {
  const tables = (await tenantTables(db)).reverse();
  const statements = [
    ...tables.map((t) => db.prepare(`DELETE FROM "${t.name}" WHERE tenant_id = ?`).bind(tenantId)),
    db.prepare("DELETE FROM tenants WHERE id = ?").bind(tenantId),
  ];
  let rows = 0;
  // The clock of a Worker moves on I/O, which each statement is.
  const started = Date.now();
  for (const statement of statements) rows += (await statement.run()).meta.changes;
  return { rows, ms: Date.now() - started };
}

/**
 * `count` ended calls, one every `step` seconds from unix time `from`: both directions, four
 * reasons, durations of 30 s to 10 min, all under `agentId`. Written with SQL alone, no rollups.
 */
async function seedCalls(db, { tenantId, agentId, count, from, step }) {
  const started = Date.now();
  await db
    .prepare(
      `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ?3 - 1),
       call(i, at, seconds) AS (SELECT i, ?4 + i * ?5, 30 + (i * 37) % 571 FROM seq)
       INSERT INTO calls (id, tenant_id, agent_id, direction, from_number, to_number, status,
         started_at, ended_at, duration_seconds, ended_reason, created_at, updated_at)
       SELECT ?1 || '-call-' || i, ?1, ?2, CASE i % 3 WHEN 0 THEN 'outbound' ELSE 'inbound' END,
         '+14155550100', '+14155550101', 'ended',
         strftime('%Y-%m-%dT%H:%M:%fZ', at, 'unixepoch'),
         strftime('%Y-%m-%dT%H:%M:%fZ', at + seconds, 'unixepoch'), seconds,
         CASE i % 4 WHEN 0 THEN 'completed' WHEN 1 THEN 'hangup' WHEN 2 THEN 'voicemail'
           ELSE 'transferred' END,
         strftime('%Y-%m-%dT%H:%M:%fZ', at, 'unixepoch'),
         strftime('%Y-%m-%dT%H:%M:%fZ', at + seconds, 'unixepoch')
       FROM call`,
    )
    .bind(tenantId, agentId, count, from, step)
    .run();
  return { calls: count, ms: Date.now() - started };
}

/**
 * The rollups of every stored call, built by the backfill migration's own statements (sent as
 * the body, split where drizzle splits them): only before any call wrote rollups of its own.
 */
async function buildRollups(db, migration) {
  const existing = await db.prepare("SELECT count(*) AS n FROM call_rollups").first();
  if (existing.n > 0) throw new Error("call_rollups is not empty: the backfill would collide");
  const started = Date.now();
  for (const statement of migration.split("--> statement-breakpoint")) {
    if (statement.trim()) await db.prepare(statement).run();
  }
  const built = await db.prepare("SELECT count(*) AS n FROM call_rollups").first();
  return { rollups: built.n, ms: Date.now() - started };
}
