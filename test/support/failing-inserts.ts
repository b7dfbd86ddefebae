import { env } from "cloudflare:workers";

/** `run` while no row can be inserted into `table`, as with a full disk or a broken table. */
export async function withFailingInserts<T>(table: string, run: () => Promise<T>): Promise<T> {
  const trigger = `injected_${table}_failure`;
  await env.CELL_US_1.exec(
    `CREATE TRIGGER ${trigger} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
  );
  try {
    return await run();
  } finally {
    await env.CELL_US_1.exec(`DROP TRIGGER ${trigger}`);
  }
}

/** `run` while no activity-log entry can be written. */
export const withFailingLog = <T>(run: () => Promise<T>) =>
  withFailingInserts("activity_logs", run);
