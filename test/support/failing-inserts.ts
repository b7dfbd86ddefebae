import { env } from "cloudflare:workers";

/**
 * `run` while no row can be inserted into `table` (or, with `on: "UPDATE"`, changed) in `d1`,
 * the US cell unless told: as with a full disk or a broken table. With `when`, only rows that
 * meet it (SQL over `NEW`) fail.
 */
export async function withFailingInserts<T>(
  table: string,
  run: () => Promise<T>,
  options: { d1?: D1Database; on?: "INSERT" | "UPDATE"; when?: string } = {},
): Promise<T> {
  const d1 = options.d1 ?? env.CELL_US_1;
  const on = options.on ?? "INSERT";
  const trigger = `injected_${table}_${on.toLowerCase()}_failure`;
  await d1.exec(
    `CREATE TRIGGER ${trigger} BEFORE ${on} ON ${table}${options.when ? ` WHEN ${options.when}` : ""} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
  );
  try {
    return await run();
  } finally {
    await d1.exec(`DROP TRIGGER ${trigger}`);
  }
}

/** `run` while no activity-log entry can be written. */
export const withFailingLog = <T>(run: () => Promise<T>) =>
  withFailingInserts("activity_logs", run);
