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
    return {
      name: scenario.name,
      server: scenario.server,
      goal: scenario.goal ?? null,
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      p50Ms: median(runs.map((r) => r.p50Ms)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
      cpuMsPerRequest:
        runs[0].cpuMsPerRequest === null ? null : median(runs.map((r) => r.cpuMsPerRequest)),
      ratio,
      floor: scenario.floor ?? null,
      ratioToFloor: ratioTo(s, floorAt),
      meetsGoal: scenario.goal === undefined || ratio === null ? null : ratio >= scenario.goal,
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

export function printTable(rows, { connections, seconds, rounds }) {
  const table = [
    ["scenario", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "ratio", "goal", "of floor"],
    ...rows.map((r) => [
      r.name,
      r.requestsPerSecond.toFixed(0),
      r.p50Ms.toFixed(0),
      r.p99Ms.toFixed(0),
      r.cpuMsPerRequest === null ? "" : r.cpuMsPerRequest.toFixed(1),
      r.ratio === null ? "" : r.ratio.toFixed(2),
      r.goal === null ? "" : `≥ ${r.goal} ${r.meetsGoal ? "met" : "MISSED"}`,
      r.ratioToFloor === null ? "" : r.ratioToFloor.toFixed(2),
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

export function printDeletions(measured, linearity) {
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
        `(goal ≤ ${linearity.goal}: ${linearity.met ? "met" : "MISSED"})`,
    );
  }
}

export function printBundle({ rawBytes, gzipBytes }, goalKb) {
  const verdict = gzipBytes / KB < goalKb ? "met" : "MISSED";
  console.log(
    `\nbundle (wrangler deploy --dry-run): ${(rawBytes / KB).toFixed(1)} KB raw, ` +
      `${(gzipBytes / KB).toFixed(1)} KB gzip (goal < ${goalKb} KB gzip: ${verdict})`,
  );
}
