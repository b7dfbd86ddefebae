import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { forEachLimited, send, signup } from "./api.mjs";
import { seedTenants } from "./seed.mjs";

const DAY_MS = 24 * 3600 * 1000;
const POLL_MS = 200;
const SETTLE_TIMEOUT_MS = 120_000;
// Calls started and ended at once through the API: well under the plan's concurrency limit.
const CALLS_IN_FLIGHT = 8;
// Calls started a second at most: with their ends, 80 requests a second, under the tenant's rate
// limit (1000 requests in 10 s) however fast the machine.
const CALLS_PER_SECOND = 40;
const REASONS = ["completed", "hangup", "voicemail", "transferred"];
// How far past its plan's hot window `measureArchivedBytes` moves the calls.
const AGED_PAST_WINDOW_DAYS = 30;
// Archive runs a section makes at most before it gives up on the archive emptying.
const MAX_SWEEPS = 40;
// Sealing runs before giving up: each seals 500 entries of a tenant, of 25 tenants at most, and
// the load's tenants have thousands of entries waiting too.
const MAX_SEALS = 200;
export const ARCHIVED_TABLES = ["calls", "activity_logs", "webhook_deliveries"];
// What a call leaves in D1 for good: analytics and admission read these, never archived (the
// rollups of days past the window are packed, a row a day and group).
const KEPT = ["call_rollups", "call_rollup_days", "call_months"];

async function seeder(origin, path, body) {
  const res = await fetch(new URL(path, origin), { method: "POST", body });
  if (!res.ok) throw new Error(`seeder ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

const databaseBytes = async (seederOrigin) => (await seeder(seederOrigin, "/size")).bytes;

/**
 * Waits until none of the tenant's webhook deliveries is pending (every attempt written), asking
 * the API: the seeder's D1 is the same SQLite file, open in another process, and a query from it
 * while the API writes can make the API's write fail as busy.
 */
async function deliveriesSettled(apiOrigin, tenant) {
  const path = `/v1/tenants/${tenant.id}/webhook-deliveries?status=pending&limit=1`;
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const { items } = await send(apiOrigin, "GET", path, { token: tenant.token });
    if (items.length === 0) return;
    if (Date.now() > deadline) throw new Error(`deliveries of ${tenant.id} still pending`);
    await sleep(POLL_MS);
  }
}

/** A Cron Trigger as src/scheduled.ts names it (`ARCHIVE_CRON`, `SEAL_CRON`): its run alone. */
function cronOf(root, name) {
  const source = readFileSync(join(root, "src/scheduled.ts"), "utf8");
  const cron = source.match(new RegExp(`export const ${name} = "([^"]+)"`))?.[1];
  if (!cron) throw new Error(`no ${name} in src/scheduled.ts`);
  return cron;
}

/** Runs the scheduled handler for `cron` at `at` (unix ms) once, as miniflare triggers it. */
async function runCron(apiOrigin, cron, at) {
  const query = new URLSearchParams({ cron, time: String(at), format: "json" });
  const res = await fetch(new URL(`/cdn-cgi/local/scheduled?${query}`, apiOrigin));
  const outcome = await res.json();
  if (!res.ok || outcome.outcome !== "ok") {
    throw new Error(`the ${cron} sweep failed: ${JSON.stringify(outcome)}`);
  }
}

/**
 * Runs the audit chain's sealing sweep until every entry is sealed (hashed), as the API leaves
 * them within a minute of their writing (Cron Triggers do not fire locally): the archive takes
 * sealed entries only. Returns the runs made.
 */
async function sealAll({ apiOrigin, seederOrigin, root }) {
  const cron = cronOf(root, "SEAL_CRON");
  let runs = 0;
  while ((await seeder(seederOrigin, "/unsealed")).entries > 0) {
    if (runs === MAX_SEALS) throw new Error(`entries still unsealed after ${runs} runs`);
    await runCron(apiOrigin, cron, Date.now());
    runs++;
  }
  return runs;
}

/** A plan's hot window in days, as src/tenants/plans.ts sets it. */
function hotWindowDays(root, plan) {
  const source = readFileSync(join(root, "src/tenants/plans.ts"), "utf8");
  const days = source.match(new RegExp(`${plan}: \\{[^}]*?hotWindowDays: (\\d+)`))?.[1];
  if (!days) throw new Error(`no hotWindowDays for ${plan} in src/tenants/plans.ts`);
  return Number(days);
}

/**
 * Runs the archive sweep through the API's own scheduled handler (`/cdn-cgi/local/scheduled`,
 * miniflare: `cron` picks the trigger, `time` the scheduled time in unix ms, which the sweep takes
 * as now) until the tenants have nothing older than `before` left in D1. Returns the runs made.
 */
async function sweepUntilArchived({ apiOrigin, seederOrigin, root, tenantIds, at, before }) {
  const cron = cronOf(root, "ARCHIVE_CRON");
  const left = async () => {
    let rows = 0;
    for (const id of tenantIds) {
      const state = await seeder(seederOrigin, `/archive?tenant=${id}&before=${before}`);
      rows += Object.values(state.olderRowsInD1).reduce((sum, n) => sum + n, 0);
    }
    return rows;
  };
  const started = Date.now();
  let runs = 0;
  while ((await left()) > 0) {
    if (runs === MAX_SWEEPS) throw new Error(`the archive is not empty after ${runs} runs`);
    await runCron(apiOrigin, cron, at);
    runs++;
  }
  return { runs, ms: Date.now() - started };
}

/** An enterprise tenant whose webhook_url is the seeder's receiver, with an agent. */
async function callingTenant(apiOrigin, seederOrigin, name) {
  const [tenant] = await seedTenants(apiOrigin, { count: 1, updates: 0, name });
  await send(apiOrigin, "PUT", `/v1/tenants/${tenant.id}`, {
    token: tenant.token,
    body: { webhook_url: new URL("/webhook", seederOrigin).href },
  });
  return tenant;
}

/**
 * D1 bytes per call: a tenant with a webhook_url starts and ends `calls` calls through the API
 * (each writes the call, two activity entries, a `call.started` and a `call.ended` delivery,
 * and their rollups and monthly count), its deliveries are sent to the seeder's receiver (an
 * attempt each), its entries sealed in its audit chain, and nothing else writes meanwhile.
 * Measured twice: the database's growth as D1
 * reports its size, and the rows of each table copied into an empty copy of it with its indexes.
 */
export async function measureCallBytes({ apiOrigin, seederOrigin, root, calls }) {
  const tenant = await callingTenant(apiOrigin, seederOrigin, "Bytes per call");
  await deliveriesSettled(apiOrigin, tenant);
  // The load's entries first, so that the sealing below hashes this tenant's alone.
  await sealAll({ apiOrigin, seederOrigin, root });
  const since = new Date().toISOString();
  const before = await databaseBytes(seederOrigin);
  const path = `/v1/tenants/${tenant.id}/calls`;
  const started = Date.now();
  await forEachLimited(
    Array.from({ length: calls }, (_, i) => i),
    CALLS_IN_FLIGHT,
    async (i) => {
      await sleep(Math.max(0, started + (i * 1000) / CALLS_PER_SECOND - Date.now()));
      const call = await send(apiOrigin, "POST", path, {
        token: tenant.token,
        body: {
          agent_id: tenant.agentId,
          direction: i % 2 ? "inbound" : "outbound",
          from_number: "+14155550100",
          to_number: `+1415${String(i % 10_000_000).padStart(7, "0")}`,
        },
      });
      await send(apiOrigin, "POST", `${path}/${call.id}/end`, {
        token: tenant.token,
        body: { ended_reason: REASONS[i % REASONS.length] },
      });
    },
  );
  const callsMs = Date.now() - started;
  await deliveriesSettled(apiOrigin, tenant);
  const sealRuns = await sealAll({ apiOrigin, seederOrigin, root });
  const settledMs = Date.now() - started;
  const { rows } = await seeder(seederOrigin, `/tenant-rows?tenant=${tenant.id}`);
  const grown = (await databaseBytes(seederOrigin)) - before;
  const tables = await seeder(seederOrigin, `/table-bytes?tenant=${tenant.id}&since=${since}`);
  if (tables.calls?.rows !== calls) throw new Error(`${tables.calls?.rows} calls, not ${calls}`);
  const copied = Object.values(tables).reduce((sum, t) => sum + t.bytes, 0);
  return {
    tenant,
    calls,
    callsMs,
    settledMs,
    sealRuns,
    rows,
    tables: Object.fromEntries(
      Object.entries(tables).map(([name, t]) => [
        name,
        { ...t, bytesPerCall: t.bytes / calls, rowsPerCall: t.rows / calls },
      ]),
    ),
    copiedBytes: copied,
    copiedBytesPerCall: copied / calls,
    grownBytes: grown,
    grownBytesPerCall: grown / calls,
  };
}

/** Parts, rows and bytes per archived table, complete parts only, from `/archive`. */
function partsByTable(state) {
  const byTable = Object.fromEntries(
    ARCHIVED_TABLES.map((name) => [name, { parts: 0, rows: 0, bytes: 0 }]),
  );
  for (const p of state.parts) {
    if (p.status !== "complete") throw new Error(`a ${p.table_name} part is still ${p.status}`);
    Object.assign(byTable[p.table_name], { parts: p.parts, rows: p.rows, bytes: p.bytes });
  }
  const bytes = Object.values(byTable).reduce((sum, t) => sum + t.bytes, 0);
  if (bytes !== state.r2.bytes) {
    throw new Error(`archive_parts say ${bytes} bytes, R2 holds ${state.r2.bytes}`);
  }
  return { byTable, bytes, parts: state.r2.objects };
}

/**
 * R2 bytes per archived call: the calls of `measureCallBytes`' tenant, with their entries,
 * deliveries and attempts, moved past its plan's hot window by the seeder (times and UUIDv7
 * ids), then archived by the API's own sweep; the archive's bytes (archive_parts.bytes, checked
 * against the objects in R2) over the calls archived, and what D1 gave back.
 */
export async function measureArchivedBytes({ apiOrigin, seederOrigin, root, tenant, calls, at }) {
  // The tenant is on the enterprise plan (`callingTenant`).
  const window = hotWindowDays(root, "enterprise");
  const days = window + AGED_PAST_WINDOW_DAYS;
  const aged = await seeder(seederOrigin, `/age?tenant=${tenant.id}&days=${days}`);
  if (aged.calls !== calls) throw new Error(`${aged.calls} calls aged, not ${calls}`);
  const before = await databaseBytes(seederOrigin);
  const cutoff = new Date(at - window * DAY_MS).toISOString();
  const sweep = await sweepUntilArchived({
    apiOrigin,
    seederOrigin,
    root,
    tenantIds: [tenant.id],
    at,
    before: cutoff,
  });
  const freed = before - (await databaseBytes(seederOrigin));
  const state = await seeder(seederOrigin, `/archive?tenant=${tenant.id}&before=${cutoff}`);
  const archive = partsByTable(state);
  const rowsArchived = {
    calls: archive.byTable.calls.rows,
    activity_logs: archive.byTable.activity_logs.rows,
    webhook_deliveries: archive.byTable.webhook_deliveries.rows,
  };
  if (
    rowsArchived.calls !== aged.calls ||
    rowsArchived.activity_logs !== aged.entries ||
    rowsArchived.webhook_deliveries !== aged.deliveries
  ) {
    throw new Error(`archived ${JSON.stringify(rowsArchived)}, aged ${JSON.stringify(aged)}`);
  }
  return {
    calls,
    aged,
    sweep,
    parts: archive.parts,
    bytes: archive.bytes,
    bytesPerCall: archive.bytes / calls,
    tables: Object.fromEntries(
      Object.entries(archive.byTable).map(([name, t]) => [
        name,
        { ...t, bytesPerRow: t.bytes / t.rows, bytesPerCall: t.bytes / calls },
      ]),
    ),
    d1FreedBytes: freed,
    d1FreedBytesPerCall: freed / calls,
  };
}

/**
 * A starter tenant's D1 after `days` of steady traffic: `perDay` calls a day, each a copy of a
 * call the API made (`template`: its row, entries, deliveries, attempts) at its own time with
 * UUIDv7 ids of that time, and their rollups and monthly counts, written by the seeder; a twin
 * gets the calls of the hot window alone. The archive sweep then runs (at the time the history
 * was seeded up to) until nothing older than the window is left. D1 is read as its size before
 * and after each step, while nothing else writes, and per table as `/table-bytes` copies.
 */
export async function measureSteadyHistory({
  apiOrigin,
  seederOrigin,
  root,
  template,
  perDay,
  days,
  now,
}) {
  // Signed up: the smallest plan, the shortest window.
  const windowDays = hotWindowDays(root, "starter");
  if (days <= windowDays) throw new Error(`--steady-days must exceed the window, ${windowDays}`);
  const step = Math.floor(DAY_MS / perDay);
  const count = days * perDay;
  const from = now - count * step;
  const steady = await signup(apiOrigin, "Steady history");
  const twin = await signup(apiOrigin, "Hot window alone");
  // The twin's calls are the steady tenant's from the window's start on, at the same times.
  const cutoffMs = now - windowDays * DAY_MS;
  const first = Math.ceil((cutoffMs - from) / step);
  const seed = (tenant, at, calls) =>
    seeder(
      seederOrigin,
      `/steady?${new URLSearchParams({
        tenant: tenant.id,
        template: template.id,
        from: String(at),
        step: String(step),
        calls: String(calls),
      })}`,
    );
  const size0 = await databaseBytes(seederOrigin);
  const seeded = await seed(steady, from, count);
  const size1 = await databaseBytes(seederOrigin);
  const seededTwin = await seed(twin, from + first * step, count - first);
  const size2 = await databaseBytes(seederOrigin);
  const cutoff = new Date(cutoffMs).toISOString();
  const sweep = await sweepUntilArchived({
    apiOrigin,
    seederOrigin,
    root,
    tenantIds: [steady.id, twin.id],
    at: now,
    before: cutoff,
  });
  const size3 = await databaseBytes(seederOrigin);
  const state = await seeder(seederOrigin, `/archive?tenant=${steady.id}&before=${cutoff}`);
  const twinState = await seeder(seederOrigin, `/archive?tenant=${twin.id}&before=${cutoff}`);
  if (twinState.r2.objects > 0) throw new Error("the window alone was archived");
  const archive = partsByTable(state);
  const left = await seeder(seederOrigin, `/table-bytes?tenant=${steady.id}`);
  const windowAlone = await seeder(seederOrigin, `/table-bytes?tenant=${twin.id}`);
  const historyBytes = size1 - size0;
  const windowBytes = size2 - size1;
  const leftBytes = historyBytes + (size3 - size2);
  const sum = (tables, names) =>
    names.reduce((total, name) => total + (tables[name]?.bytes ?? 0), 0);
  const windowed = [...ARCHIVED_TABLES, "webhook_attempts"];
  return {
    perDay,
    days,
    windowDays,
    calls: seeded.calls,
    windowCalls: seededTwin.calls,
    seedMs: seeded.ms + seededTwin.ms,
    sweep,
    d1: {
      historyBytes,
      windowBytes,
      leftBytes,
      leftOverWindow: leftBytes / windowBytes,
      leftOverHistory: leftBytes / historyBytes,
      windowShare: windowDays / days,
    },
    tables: { left, windowAlone },
    // The tables the archive empties, before it: the history but the counters, which stay.
    archivedTables: {
      historyBytes: historyBytes - sum(left, KEPT),
      leftBytes: sum(left, windowed),
      windowBytes: sum(windowAlone, windowed),
      leftShare: sum(left, windowed) / (historyBytes - sum(left, KEPT)),
    },
    kept: Object.fromEntries(KEPT.map((name) => [name, left[name] ?? { rows: 0, bytes: 0 }])),
    r2: {
      parts: archive.parts,
      bytes: archive.bytes,
      callsArchived: archive.byTable.calls.rows,
      bytesPerCall: archive.bytes / archive.byTable.calls.rows,
      tables: archive.byTable,
    },
  };
}

/**
 * Two tenants for call start with many calls this month against none (enterprise, limits no run
 * reaches): `busy`, with `calls` ended calls this month written by the seeder and its monthly
 * count at `calls`, as admission reads it, and `fresh`, with none.
 */
export async function seedCallMonth({ apiOrigin, seederOrigin, calls }) {
  const [busy, fresh] = await seedTenants(apiOrigin, { count: 2, updates: 0, name: "Call month" });
  const now = new Date();
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const month = now.toISOString().slice(0, 7);
  const started = Date.now();
  if (calls > 0) {
    const query = new URLSearchParams({
      tenant: busy.id,
      agent: busy.agentId,
      calls: String(calls),
      from: String(monthStart / 1000),
      step: String((now.getTime() - monthStart) / 1000 / calls),
    });
    await seeder(seederOrigin, `/calls?${query}`);
    await seeder(seederOrigin, `/call-month?tenant=${busy.id}&month=${month}&calls=${calls}`);
  }
  const ms = Date.now() - started;
  // As admission reads it.
  const usage = await send(apiOrigin, "GET", `/v1/tenants/${busy.id}/usage`, {
    token: busy.token,
  });
  if (usage.calls_this_month !== calls) {
    throw new Error(`the busy tenant has ${usage.calls_this_month} calls this month, not ${calls}`);
  }
  return { busy, fresh, calls, month, ms };
}
