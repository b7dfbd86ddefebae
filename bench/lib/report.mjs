const KB = 1024;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * One row a scenario: the median over rounds of its requests/s and latencies, of its requests/s
 * as a ratio to the baseline's in the same round, and as a ratio to its floor's. `rounds[r][s]`
 * is scenario s in round r.
 */
export function summarize(scenarios, rounds) {
  const ratioTo = (s, to) =>
    to === -1
      ? null
      : median(rounds.map((round) => round[s].requestsPerSecond / round[to].requestsPerSecond));
  const baselineAt = scenarios.findIndex((s) => s.isBaseline);
  return scenarios.map((scenario, s) => {
    const runs = rounds.map((round) => round[s]);
    const ratio = ratioTo(s, baselineAt);
    const floorAt = scenario.floor ? scenarios.findIndex((f) => f.name === scenario.floor) : -1;
    const ratioToFloor = ratioTo(s, floorAt);
    const floorGoal = scenario.floorGoal ?? null;
    return {
      name: scenario.name,
      server: scenario.server,
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      p50Ms: median(runs.map((r) => r.p50Ms)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
      cpuMsPerRequest:
        runs[0].cpuMsPerRequest === null ? null : median(runs.map((r) => r.cpuMsPerRequest)),
      ratio,
      floor: scenario.floor ?? null,
      ratioToFloor,
      floorGoal,
      meetsFloorGoal:
        floorGoal === null || ratioToFloor === null ? null : ratioToFloor >= floorGoal,
      rounds: runs,
    };
  });
}

/** Right-aligns every column but the first; prints the rows. */
function printColumns(table) {
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => row[col].length)));
  const line = (row) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])));
  for (const row of table) console.log(line(row).join("  "));
}

/** A goal's verdict; a short run's figures are too small to judge. */
const verdict = (met, judged) => (!judged ? "not judged" : met ? "met" : "MISSED");

export function printTable(rows, { connections, seconds, rounds }, judged) {
  const table = [
    ["scenario", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "ratio", "of floor", "goal"],
    ...rows.map((r) => [
      r.name,
      r.requestsPerSecond.toFixed(0),
      r.p50Ms.toFixed(0),
      r.p99Ms.toFixed(0),
      r.cpuMsPerRequest === null ? "" : r.cpuMsPerRequest.toFixed(1),
      r.ratio === null ? "" : r.ratio.toFixed(2),
      r.ratioToFloor === null ? "" : r.ratioToFloor.toFixed(2),
      r.floorGoal === null ? "" : `≥ ${r.floorGoal} ${verdict(r.meetsFloorGoal, judged)}`,
    ]),
  ];
  console.log(
    `\n${connections} connections; medians of ${rounds} rounds of ${seconds} s a scenario\n`,
  );
  printColumns(table);
  console.log(
    "\nratio: to the baseline's req/s; of floor: to the req/s of the yardstick doing only the" +
      "\nruntime's part of the route (its D1 calls, rate limit, log line): the most it can reach",
  );
}

const count = (n) => n.toLocaleString("en-US");
const seconds = (ms) => (ms / 1000).toFixed(2);

export function printDeletions(measured, linearity, judged) {
  console.log(
    "\ncascade delete: DELETE /v1/tenants/{id} until GET …/deletion is completed; rows/s over the" +
      "\nrows part (after the R2 stage); plain DELETE: one statement a table, from one process\n",
  );
  printColumns([
    [
      "rows",
      "R2 objects",
      "total s",
      "rows s",
      "rows/s",
      "plain DELETE s",
      "plain rows/s",
      "ratio",
    ],
    ...measured.map((m) => [
      count(m.rows),
      count(m.objects),
      seconds(m.totalMs),
      seconds(m.rowsMs),
      count(Math.round(m.rowsPerSecond)),
      seconds(m.plainDelete.ms),
      count(Math.round(m.plainDelete.rowsPerSecond)),
      m.ratioToPlainDelete.toFixed(2),
    ]),
  ]);
  if (linearity) {
    console.log(
      `\nlinearity: time per row at ${count(linearity.toRows)} rows is ` +
        `${linearity.ratio.toFixed(2)}× that at ${count(linearity.fromRows)} ` +
        `(goal ≤ ${linearity.goal}: ${verdict(linearity.met, judged)})`,
    );
  }
}

export function printBundle({ rawBytes, gzipBytes }, goalKb) {
  console.log(
    `\nbundle (scripts/build-worker.mjs, as deployed): ${(rawBytes / KB).toFixed(1)} KB raw, ` +
      `${(gzipBytes / KB).toFixed(1)} KB gzip (goal < ${goalKb} KB gzip: ` +
      `${verdict(gzipBytes / KB < goalKb, true)})`,
  );
}

const MB = KB * KB;
const size = (bytes) =>
  bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`;
const fixed = (n, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** D1 bytes per call hot, by table, and the database's growth. */
export function printCallBytes(m) {
  console.log(
    `\nD1 bytes per call, hot: ${count(m.calls)} calls started and ended through the API, with a` +
      "\nwebhook_url (call.started and call.ended delivered, an attempt each); each table's rows" +
      "\ncopied with its indexes into an empty copy of it, and the database's growth\n",
  );
  printColumns([
    ["table", "rows", "rows/call", "bytes/row", "bytes/call"],
    // No growth: the rows fit in the copy's first pages, which an empty table has too.
    ...Object.entries(m.tables).map(([name, t]) => [
      name,
      count(t.rows),
      fixed(t.rowsPerCall, 2),
      t.bytes ? fixed(t.bytes / t.rows) : "",
      t.bytes ? fixed(t.bytesPerCall) : "< a page",
    ]),
    ["all tables", "", "", "", fixed(m.copiedBytesPerCall)],
    ["database growth", "", "", "", fixed(m.grownBytesPerCall)],
  ]);
}

/** R2 bytes per archived call, by table. */
export function printArchivedBytes(m) {
  console.log(
    `\nR2 bytes per archived call: the same ${count(m.calls)} calls, their entries, deliveries` +
      `\nand attempts moved back in time, archived by the API's sweep (${m.sweep.runs} run(s), ` +
      `${seconds(m.sweep.ms)} s)\n`,
  );
  printColumns([
    ["table", "parts", "rows", "bytes", "bytes/row", "bytes/call"],
    ...Object.entries(m.tables).map(([name, t]) => [
      name === "webhook_deliveries" ? `${name} (with attempts)` : name,
      count(t.parts),
      count(t.rows),
      count(t.bytes),
      fixed(t.bytesPerRow, 1),
      fixed(t.bytesPerCall, 1),
    ]),
    ["all", count(m.parts), "", count(m.bytes), "", fixed(m.bytesPerCall, 1)],
  ]);
  console.log(
    `\nD1 gave back ${fixed(m.d1FreedBytesPerCall)} bytes a call; R2 holds ` +
      `${fixed(m.bytesPerCall)} (1/${fixed(m.d1FreedBytesPerCall / m.bytesPerCall)})`,
  );
}

/** A tenant's D1 after the steady history was archived, against its window alone. */
export function printSteadyHistory(m) {
  const { d1 } = m;
  console.log(
    `\nD1 after ${m.days} days of steady traffic: a starter tenant (hot window ` +
      `${m.windowDays} days), ${count(m.perDay)} calls a day` +
      `\n(${count(m.calls)} calls, copies of an API call with its entries, deliveries and ` +
      `attempts), archived by the API's sweep` +
      `\n(${m.sweep.runs} run(s), ${seconds(m.sweep.ms)} s); a twin holds the window alone\n`,
  );
  const names = [...new Set([...Object.keys(m.tables.left), ...Object.keys(m.tables.windowAlone)])];
  printColumns([
    ["table", "rows left", "bytes left", "window alone: rows", "bytes"],
    ...names.map((name) => {
      const left = m.tables.left[name] ?? { rows: 0, bytes: 0 };
      const alone = m.tables.windowAlone[name] ?? { rows: 0, bytes: 0 };
      return [name, count(left.rows), size(left.bytes), count(alone.rows), size(alone.bytes)];
    }),
  ]);
  const { archivedTables: archived, kept } = m;
  console.log(
    `\nD1 (its size): ${size(d1.historyBytes)} with the whole history, ` +
      `${size(d1.leftBytes)} after archiving (${fixed(d1.leftOverHistory, 3)} of it),` +
      `\nthe window alone ${size(d1.windowBytes)}: ${fixed(d1.leftOverWindow, 2)}× it. ` +
      `Archived tables (calls, entries, deliveries, attempts):` +
      `\n${size(archived.leftBytes)} left of about ${size(archived.historyBytes)} ` +
      `(${fixed(archived.leftShare, 3)}; the window is ${m.windowDays}/${m.days} = ` +
      `${fixed(d1.windowShare, 3)}), ${size(archived.windowBytes)} for the window alone.` +
      `\nNever archived: call_rollups ` +
      `${count(kept.call_rollups.rows)} rows, ${size(kept.call_rollups.bytes)}; call_rollup_days ` +
      `${count(kept.call_rollup_days.rows)} rows, ${size(kept.call_rollup_days.bytes)}; ` +
      `call_months ${count(kept.call_months.rows)} rows.` +
      `\nR2: ${count(m.r2.parts)} parts, ${size(m.r2.bytes)}, ` +
      `${fixed(m.r2.bytesPerCall, 1)} bytes per archived call (${count(m.r2.callsArchived)} calls)`,
  );
}
