// Writes straight into the API's local US cell and its R2 bucket (see wrangler.toml), for the
// cascade-delete measurement and the storage sections, whose tenants are in that cell:
//   POST /rows?tenant=ID&rows=N   about N rows of the tenant, spread evenly over every table with
//                                 a tenant_id column; creates the tenant row if missing
//   POST /blobs?prefix=P&count=N  N small R2 objects under P
//   POST /plain-delete?tenant=ID  the tenant's rows removed with one plain DELETE a table, timed
//   POST /calls?tenant=ID&agent=A&calls=N&from=UNIX&step=S
//                                 N ended calls of the tenant, one every S seconds from UNIX
//   POST /rollups                 runs the SQL in the body (the rollup backfill migration) on an
//                                 empty call_rollups table
//   POST /webhook                 answers 204: the webhook receiver of the storage sections
//   POST /size                    the database's size in bytes, as D1 reports it
//   POST /tenant-rows?tenant=ID   the tenant's rows per table, and its pending deliveries
//   POST /table-bytes?tenant=ID&since=ISO
//                                 the bytes the tenant's rows take per table (with its indexes),
//                                 those written since ISO where a table has created_at
//   POST /age?tenant=ID&days=D    the tenant's calls, and the activity entries, deliveries and
//                                 attempts about them, moved D days back: times and UUIDv7 ids
//   POST /steady?tenant=ID&template=ID&from=MS&step=MS&calls=N
//                                 N calls one every MS from MS, each a copy of the template
//                                 tenant's last call with its entries, deliveries and attempts,
//                                 and their rollups and monthly counts
//   POST /call-month?tenant=ID&month=YYYY-MM&calls=N
//                                 sets the tenant's count of calls that month
//   POST /unsealed[?tenant=ID]    activity entries numbered in their tenant's audit chain and not
//                                 sealed yet (no hash): the tenant's, or every tenant's
//   POST /archive?tenant=ID&before=ISO
//                                 the tenant's archive: parts and bytes per table, its objects in
//                                 R2, and its rows still in D1 from before ISO
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
      case "/webhook":
        await request.arrayBuffer();
        return new Response(null, { status: 204 });
      case "/size":
        return Response.json({ bytes: await databaseBytes(env.DB) });
      case "/tenant-rows":
        return Response.json(await tenantRows(env.DB, param("tenant")));
      case "/table-bytes":
        return Response.json(await tableBytes(env.DB, param("tenant"), param("since")));
      case "/age":
        return Response.json(await age(env.DB, param("tenant"), Number(param("days"))));
      case "/steady":
        return Response.json(
          await seedSteady(env.DB, {
            tenantId: param("tenant"),
            templateId: param("template"),
            from: Number(param("from")),
            step: Number(param("step")),
            count: Number(param("calls")),
          }),
        );
      case "/call-month":
        return Response.json(
          await setCallMonth(env.DB, param("tenant"), param("month"), Number(param("calls"))),
        );
      case "/unsealed":
        return Response.json(await unsealed(env.DB, param("tenant")));
      case "/archive":
        return Response.json(await archiveState(env, param("tenant"), param("before")));
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
    columns: pragmas[2 * i].results.map((c) => ({
      name: c.name,
      type: c.type.toLowerCase(),
      primaryKey: c.pk > 0,
    })),
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
// the parent's row i, so every table gets the same number of rows. Numbers count on from the
// tenant's largest, so one unique per tenant (the audit chain's seq) stays unique.
function seedValue(column, table) {
  if (column.name === "tenant_id") return "?2";
  if (column.type === "integer" || column.type === "real") {
    return `(SELECT coalesce(max("${column.name}"), 0) FROM "${table.name}" WHERE tenant_id = ?2) + i`;
  }
  const reference = table.references.get(column.name);
  return `?2 || '-${reference ? reference.target : column.name}-' || i`;
}

async function seedRows(db, tenantId, rows) {
  const tables = await tenantTables(db);
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
      // A table keyed by the tenant alone (the audit chain's head) holds one row a tenant.
      const key = table.columns.filter((c) => c.primaryKey).map((c) => c.name);
      const one = key.length === 1 && key[0] === "tenant_id";
      return db
        .prepare(
          `WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?1)
           INSERT INTO "${table.name}" (${names}) SELECT ${values} FROM seq`,
        )
        .bind(one ? 1 : perTable, tenantId);
    }),
  ];
  const written = await db.batch(statements);
  const rowsWritten = written.slice(1).reduce((sum, r) => sum + r.meta.changes, 0);
  return { rows: rowsWritten, tables: tables.length };
}

async function putBlobs(bucket, prefix, count) {
  const keys = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(6, "0")}`);
  for (let i = 0; i < keys.length; i += BLOB_PUTS_IN_FLIGHT) {
    const chunk = keys.slice(i, i + BLOB_PUTS_IN_FLIGHT);
    await Promise.all(chunk.map((key) => bucket.put(key, `bench object ${key}`)));
  }
  return { objects: count };
}

/** Children before parents, then the tenant row: each one statement. */
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

// ---- The storage sections: what a call costs D1 and R2, and what the archive leaves in D1. ----

/** The database's size in bytes, as D1 reports it after a statement (its pages in use). */
async function databaseBytes(db) {
  return (await db.prepare("SELECT 1").run()).meta.size_after;
}

/** The tenant's rows in each table that has a tenant_id, and its deliveries still pending. */
async function tenantRows(db, tenantId) {
  const tables = await tenantTables(db);
  const counts = await db.batch([
    ...tables.map((t) =>
      db.prepare(`SELECT count(*) AS n FROM "${t.name}" WHERE tenant_id = ?`).bind(tenantId),
    ),
    db
      .prepare(
        "SELECT count(*) AS n FROM webhook_deliveries WHERE tenant_id = ? AND status = 'pending'",
      )
      .bind(tenantId),
  ]);
  return {
    rows: Object.fromEntries(tables.map((t, i) => [t.name, counts[i].results[0].n])),
    pendingDeliveries: counts.at(-1).results[0].n,
  };
}

const SCRATCH = "bench_scratch";

/**
 * The bytes the tenant's rows take in each table, indexes included: local D1 has no `dbstat`, so
 * they are copied, in the table's order, into an empty copy of the table with the same indexes,
 * and the database's growth is read off D1's size (which frees emptied pages at once: a dropped
 * table gives its pages back). Rows written before `since` are left out where the table has a
 * created_at. Tables where the tenant has no such rows are left out.
 */
async function tableBytes(db, tenantId, since) {
  const measured = {};
  for (const table of await tenantTables(db)) {
    const timed = since && table.columns.some((c) => c.name === "created_at");
    const where = `tenant_id = ?1${timed ? " AND created_at >= ?2" : ""}`;
    const bind = (statement) =>
      timed ? statement.bind(tenantId, since) : statement.bind(tenantId);
    const { n } = await bind(
      db.prepare(`SELECT count(*) AS n FROM "${table.name}" WHERE ${where}`),
    ).first();
    if (n === 0) continue;
    await createScratchCopy(db, table.name);
    try {
      const empty = await databaseBytes(db);
      const copied = await bind(
        db.prepare(
          `INSERT INTO ${SCRATCH} SELECT * FROM "${table.name}" WHERE ${where} ORDER BY rowid`,
        ),
      ).run();
      measured[table.name] = { rows: n, bytes: copied.meta.size_after - empty };
    } finally {
      await db.prepare(`DROP TABLE IF EXISTS ${SCRATCH}`).run();
    }
  }
  return measured;
}

/** An empty table like `name`, with its indexes (those SQLite makes for keys come with it). */
async function createScratchCopy(db, name) {
  const { results } = await db
    .prepare(
      `SELECT type, sql FROM sqlite_master
       WHERE tbl_name = ? AND sql IS NOT NULL AND type IN ('table', 'index')`,
    )
    .bind(name)
    .all();
  const statements = results.map(({ type, sql }, i) => {
    const renamed =
      type === "table"
        ? sql.replace(/^CREATE TABLE\s+(["`]?)\w+\1/i, `CREATE TABLE ${SCRATCH}`)
        : sql.replace(
            /^CREATE (UNIQUE )?INDEX\s+(["`]?)\w+\2\s+ON\s+(["`]?)\w+\3/i,
            (_, unique) => `CREATE ${unique ?? ""}INDEX ${SCRATCH}_${i} ON ${SCRATCH}`,
          );
    if (renamed === sql) throw new Error(`cannot copy the schema of ${name}: ${sql}`);
    return type === "table" ? { order: 0, sql: renamed } : { order: 1, sql: renamed };
  });
  await db.prepare(`DROP TABLE IF EXISTS ${SCRATCH}`).run();
  for (const { sql } of statements.sort((a, b) => a.order - b.order)) await db.prepare(sql).run();
}

// Times are ISO-8601 UTC text with milliseconds; ids are UUIDv7, their first 48 bits the unix ms.
const msOf = (iso) => `CAST(round(unixepoch(${iso}, 'subsec') * 1000) AS INTEGER)`;
const isoOf = (ms) => `strftime('%Y-%m-%dT%H:%M:%fZ', (${ms}) / 1000.0, 'unixepoch')`;
const shifted = (iso, deltaMs) =>
  `CASE WHEN ${iso} IS NULL THEN NULL ELSE ${isoOf(`${msOf(iso)} + ${deltaMs}`)} END`;
/** A UUIDv7 made at `ms`, its other fields `sequence` (12 bits), `kind` (14 bits) and `n`. */
const uuidAt = (ms, sequence, kind, n) =>
  `printf('%08x-%04x-7%03x-%04x-%012x', (${ms}) >> 16, (${ms}) & 65535, ${sequence},
    32768 + ${kind}, ${n})`;
/** The unix ms of a UUIDv7 column: its 12 leading hex digits. */
const idMs = (id) =>
  [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13]
    .map((at, k) => `((instr('0123456789abcdef', substr(${id}, ${at}, 1)) - 1) << ${4 * (11 - k)})`)
    .join(" + ");
const idShifted = (id, deltaMs) => {
  const ms = `(${idMs(id)} + ${deltaMs})`;
  return `printf('%08x-%04x', ${ms} >> 16, ${ms} & 65535) || substr(${id}, 14)`;
};

const CALL_DELIVERIES = "event_type IN ('call.started', 'call.ended')";

/**
 * Moves the tenant's calls `days` back, with the activity entries about them and their
 * `call.started`/`call.ended` deliveries and attempts: every time, and the UUIDv7 ids the
 * archive finds entries and deliveries by. One transaction; the attempts' foreign key is checked
 * at its end, once both sides have moved. Rollups and monthly counts stay (never archived).
 */
async function age(db, tenantId, days) {
  const delta = -days * 24 * 3600 * 1000;
  const call = await db.batch([
    db.prepare("PRAGMA defer_foreign_keys = ON"),
    db
      .prepare(
        `UPDATE calls SET started_at = ${shifted("started_at", delta)},
           ended_at = ${shifted("ended_at", delta)}, created_at = ${shifted("created_at", delta)},
           updated_at = ${shifted("updated_at", delta)}
         WHERE tenant_id = ?1`,
      )
      .bind(tenantId),
    db
      .prepare(
        `UPDATE activity_logs SET id = ${idShifted("id", delta)},
           created_at = ${shifted("created_at", delta)}
         WHERE tenant_id = ?1 AND target_type = 'call'`,
      )
      .bind(tenantId),
    db
      .prepare(
        `UPDATE webhook_attempts SET id = ${idShifted("id", delta)},
           delivery_id = ${idShifted("delivery_id", delta)},
           created_at = ${shifted("created_at", delta)}
         WHERE tenant_id = ?1 AND delivery_id IN
           (SELECT id FROM webhook_deliveries WHERE tenant_id = ?1 AND ${CALL_DELIVERIES})`,
      )
      .bind(tenantId),
    db
      .prepare(
        `UPDATE webhook_deliveries SET id = ${idShifted("id", delta)},
           created_at = ${shifted("created_at", delta)},
           updated_at = ${shifted("updated_at", delta)},
           next_retry_at = ${shifted("next_retry_at", delta)}
         WHERE tenant_id = ?1 AND ${CALL_DELIVERIES}`,
      )
      .bind(tenantId),
  ]);
  const [, calls, entries, attempts, deliveries] = call.map((r) => r.meta.changes);
  return { calls, entries, deliveries, attempts };
}

/**
 * `count` calls of the tenant, one every `step` ms from `from` (unix ms), each a copy of the
 * template tenant's last ended call as the API wrote it, with its activity entries, deliveries
 * and their attempts: every column copied, but the ids (UUIDv7 of their new time), the tenant,
 * the call named in entries and payloads, the entries' place in the audit chain, and every time,
 * moved by the call's offset. Then the tenant's rollups and monthly counts of those calls, as the
 * live path leaves them (each slot's four rows: the reason `''` a start adds goes with the end
 * that leaves it at 0).
 */
async function seedSteady(db, { tenantId, templateId, from, step, count }) {
  const started = Date.now();
  const template = await db
    .prepare(
      "SELECT id FROM calls WHERE tenant_id = ? AND status = 'ended' ORDER BY id DESC LIMIT 1",
    )
    .bind(templateId)
    .first();
  if (!template) throw new Error(`the template tenant ${templateId} has no ended call`);
  const columns = async (table) =>
    (await db.prepare(`PRAGMA table_info("${table}")`).all()).results.map((c) => c.name);
  // ?1 tenant, ?2 template tenant, ?3 template call, ?4 count, ?5 from, ?6 step.
  const calls = `WITH RECURSIVE
    seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ?4 - 1),
    tc AS (SELECT * FROM calls WHERE id = ?3),
    k(i, at, delta) AS (SELECT i, ?5 + i * ?6, ?5 + i * ?6 - ${msOf("tc.started_at")} FROM seq, tc),
    kc AS (SELECT i, at, delta, ${uuidAt("at", 0, 0, "i")} AS call_id FROM k),
    td AS (SELECT *, row_number() OVER (ORDER BY id) AS j FROM webhook_deliveries
      WHERE tenant_id = ?2 AND ${CALL_DELIVERIES} AND payload LIKE '%"call_id":"' || ?3 || '"%')`;
  const copy = async (table, source, overrides) => {
    const names = await columns(table);
    const values = names.map((name) => {
      if (name in overrides) return overrides[name];
      if (name.endsWith("_at")) return shifted(`t."${name}"`, "kc.delta");
      return `t."${name}"`;
    });
    const statement = `${calls} INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")})
      SELECT ${values.join(", ")} FROM kc, ${source} t`;
    const result = await db
      .prepare(statement)
      .bind(tenantId, templateId, template.id, count, from, step)
      .run();
    return result.meta.changes;
  };
  const deliveryId = (created, j) => uuidAt(`${msOf(created)} + kc.delta`, j, 2, "kc.i");
  const rows = {
    calls: await copy("calls", "tc", { id: "kc.call_id", tenant_id: "?1" }),
    activity_logs: await copy(
      "activity_logs",
      `(SELECT *, row_number() OVER (ORDER BY id) AS j, count(*) OVER () AS per_call
        FROM activity_logs WHERE tenant_id = ?2 AND target_id = ?3)`,
      {
        id: uuidAt(`${msOf("t.created_at")} + kc.delta`, "t.j", 1, "kc.i"),
        tenant_id: "?1",
        actor_id: "replace(t.actor_id, ?2, ?1)",
        target_id: "kc.call_id",
        // The audit chain's position: each tenant's entries numbered 1, 2, 3… in the order they
        // were written (a unique index), so the copies follow the tenant's last entry, in time.
        seq: `(SELECT coalesce(max(seq), 0) FROM activity_logs WHERE tenant_id = ?1)
          + kc.i * t.per_call + t.j`,
      },
    ),
    webhook_deliveries: await copy("webhook_deliveries", "td", {
      id: deliveryId("t.created_at", "t.j"),
      tenant_id: "?1",
      payload: "replace(replace(t.payload, ?3, kc.call_id), ?2, ?1)",
    }),
    webhook_attempts: await copy(
      "webhook_attempts",
      `(SELECT a.*, td.j AS delivery_j, td.created_at AS delivery_created_at,
          row_number() OVER (ORDER BY a.id) AS j
        FROM webhook_attempts a JOIN td ON a.delivery_id = td.id)`,
      {
        id: uuidAt(`${msOf("t.created_at")} + kc.delta`, "t.j", 3, "kc.i"),
        tenant_id: "?1",
        delivery_id: deliveryId("t.delivery_created_at", "t.delivery_j"),
      },
    ),
  };
  const [rollups, months] = await db.batch([
    db
      .prepare(
        `INSERT INTO call_rollups (tenant_id, dimension, slot, group_key, calls, completed_calls,
           total_duration_seconds, max_duration_seconds)
         SELECT c.tenant_id, d.column1, unixepoch(c.started_at) / 900,
           CASE WHEN d.column1 = 'agent_id' THEN coalesce(c.agent_id, '')
             WHEN d.column1 = 'direction' THEN c.direction
             WHEN d.column1 = 'ended_reason' THEN coalesce(c.ended_reason, '') ELSE '' END,
           sum(d.column2), sum(d.column2), sum(d.column2 * coalesce(c.duration_seconds, 0)),
           max(d.column2 * coalesce(c.duration_seconds, 0))
         FROM calls c, (VALUES ('all', 1), ('agent_id', 1), ('direction', 1),
           ('ended_reason', 1)) d
         WHERE c.tenant_id = ?1
         GROUP BY 1, 2, 3, 4`,
      )
      .bind(tenantId),
    db
      .prepare(
        `INSERT INTO call_months (tenant_id, month, calls)
         SELECT tenant_id, substr(started_at, 1, 7), count(*) FROM calls WHERE tenant_id = ?1
         GROUP BY 1, 2`,
      )
      .bind(tenantId),
  ]);
  rows.call_rollups = rollups.meta.changes;
  rows.call_months = months.meta.changes;
  return { calls: rows.calls, rows, ms: Date.now() - started };
}

/** The tenant's count of calls started in `month`, as admission reads it. */
async function setCallMonth(db, tenantId, month, calls) {
  await db
    .prepare(
      `INSERT INTO call_months (tenant_id, month, calls) VALUES (?1, ?2, ?3)
       ON CONFLICT (tenant_id, month) DO UPDATE SET calls = excluded.calls`,
    )
    .bind(tenantId, month, calls)
    .run();
  return { month, calls };
}

/** Entries the sealing sweep has yet to hash (the archive leaves them in D1); `''`: anyone's. */
async function unsealed(db, tenantId) {
  const { n } = await db
    .prepare(
      `SELECT count(*) AS n FROM activity_logs
       WHERE (?1 = '' OR tenant_id = ?1) AND seq IS NOT NULL AND hash IS NULL`,
    )
    .bind(tenantId)
    .first();
  return { entries: n };
}

/**
 * The tenant's archive: its parts per table and status (rows, bytes), the objects under its
 * archive prefix in R2 (count, bytes), and its rows of the archived tables still in D1 from
 * before `before`.
 */
async function archiveState(env, tenantId, before) {
  const [parts, calls, entries, deliveries, attempts, slotRows] = await env.DB.batch([
    env.DB.prepare(
      `SELECT table_name, status, count(*) AS parts, sum(rows) AS rows, sum(bytes) AS bytes
       FROM archive_parts WHERE tenant_id = ? GROUP BY 1, 2`,
    ).bind(tenantId),
    ...[
      "calls WHERE tenant_id = ?1 AND started_at < ?2",
      "activity_logs WHERE tenant_id = ?1 AND created_at < ?2",
      "webhook_deliveries WHERE tenant_id = ?1 AND created_at < ?2",
      "webhook_attempts WHERE tenant_id = ?1 AND created_at < ?2",
      // Rollup slot rows of whole UTC days before it: the sweep packs those.
      "call_rollups WHERE tenant_id = ?1 AND slot < (unixepoch(?2) / 86400) * 96",
    ].map((from) => env.DB.prepare(`SELECT count(*) AS n FROM ${from}`).bind(tenantId, before)),
  ]);
  let objects = 0;
  let bytes = 0;
  let cursor;
  do {
    const listed = await env.BLOBS.list({ prefix: `tenants/${tenantId}/archive/`, cursor });
    objects += listed.objects.length;
    bytes += listed.objects.reduce((sum, o) => sum + o.size, 0);
    cursor = listed.truncated ? listed.cursor : undefined;
  } while (cursor);
  return {
    parts: parts.results,
    r2: { objects, bytes },
    olderRowsInD1: {
      calls: calls.results[0].n,
      activity_logs: entries.results[0].n,
      webhook_deliveries: deliveries.results[0].n,
      webhook_attempts: attempts.results[0].n,
      call_rollups: slotRows.results[0].n,
    },
  };
}
