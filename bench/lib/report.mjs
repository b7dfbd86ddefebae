const KB = 1024;

/** Each scenario's ratio to the baseline's requests/s, and whether it meets its goal. */
export function withRatios(results) {
  const baseline = results.find((r) => r.server === "baseline");
  return results.map((r) => {
    const ratio = baseline ? r.requestsPerSecond / baseline.requestsPerSecond : null;
    const meetsGoal = r.goal === undefined || ratio === null ? null : ratio >= r.goal;
    return { ...r, ratio, meetsGoal };
  });
}

export function printTable(rows, { connections, seconds }) {
  const table = [
    ["scenario", "req/s", "p50 ms", "p99 ms", "ratio", "goal"],
    ...rows.map((r) => [
      r.name,
      r.requestsPerSecond.toFixed(0),
      String(r.p50Ms),
      String(r.p99Ms),
      r.ratio === null ? "" : r.ratio.toFixed(2),
      r.goal === undefined ? "" : `≥ ${r.goal} ${r.meetsGoal ? "met" : "MISSED"}`,
    ]),
  ];
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => row[col].length)));
  const line = (row) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])));
  console.log(`\n${connections} connections, ${seconds} s a scenario\n`);
  for (const row of table) console.log(line(row).join("  "));
}

export function printBundle({ rawBytes, gzipBytes }, goalKb) {
  const verdict = gzipBytes / KB < goalKb ? "met" : "MISSED";
  console.log(
    `\nbundle (wrangler deploy --dry-run): ${(rawBytes / KB).toFixed(1)} KB raw, ` +
      `${(gzipBytes / KB).toFixed(1)} KB gzip (goal < ${goalKb} KB gzip: ${verdict})`,
  );
}
