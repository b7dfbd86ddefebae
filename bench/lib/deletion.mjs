import { setTimeout as sleep } from "node:timers/promises";
import { send, signup } from "./api.mjs";

const POLL_MS = 100;
const DELETION_TIMEOUT_MS = 10 * 60_000;
const BLOB_STAGE = "r2_objects";

/**
 * Cascade delete, size by size: a tenant signed up through the API and filled by the seeder
 * Worker with about `rows` rows (spread over its tables) and `objects` R2 objects, then deleted
 * with `DELETE /v1/tenants/{id}` and followed at `GET …/deletion` until completed. Next to it,
 * a twin with the same rows, removed by the seeder with one plain DELETE a table from one
 * process: the yardstick for the rows part.
 */
export async function measureDeletions({ apiOrigin, seederOrigin, sizes, objects }) {
  const measured = [];
  for (const rows of sizes) {
    const tenant = await signup(apiOrigin, `Deletion ${rows}`);
    const twin = `bench-plain-delete-${tenant.id}`;
    await seed(seederOrigin, `/rows?tenant=${tenant.id}&rows=${rows}`);
    await seed(seederOrigin, `/rows?tenant=${twin}&rows=${rows}`);
    await seed(seederOrigin, `/blobs?prefix=tenants/${tenant.id}/files/bench-&count=${objects}`);
    const plain = await seed(seederOrigin, `/plain-delete?tenant=${twin}`);
    const api = await deleteThroughApi(apiOrigin, tenant);
    const apiRowsPerSecond = api.rows / (api.rowsMs / 1000);
    const plainRowsPerSecond = plain.rows / (plain.ms / 1000);
    measured.push({
      rows: api.rows,
      objects: api.objects,
      totalMs: api.totalMs,
      rowsMs: api.rowsMs,
      rowsPerSecond: apiRowsPerSecond,
      msPerThousandRows: (api.rowsMs / api.rows) * 1000,
      plainDelete: { rows: plain.rows, ms: plain.ms, rowsPerSecond: plainRowsPerSecond },
      ratioToPlainDelete: apiRowsPerSecond / plainRowsPerSecond,
    });
  }
  return measured;
}

/**
 * Cost per row at the largest size over that at the next one: 1 is linear. Null with one size.
 */
export function linearity(measured, goal) {
  const bySize = [...measured].sort((a, b) => a.rows - b.rows);
  const [smaller, larger] = bySize.slice(-2);
  if (!smaller || !larger || smaller === larger) return null;
  const ratio = larger.msPerThousandRows / smaller.msPerThousandRows;
  return { fromRows: smaller.rows, toRows: larger.rows, ratio, goal, met: ratio <= goal };
}

async function seed(seederOrigin, path) {
  const res = await fetch(new URL(path, seederOrigin), { method: "POST" });
  if (!res.ok) throw new Error(`seeder ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/**
 * Deletes the tenant and polls its job. Total: the job's own times, from recorded to completed.
 * The rows part starts when the job leaves its R2 stage, seen between two polls (±POLL_MS / 2).
 */
async function deleteThroughApi(origin, tenant) {
  const path = `/v1/tenants/${tenant.id}`;
  let lastInBlobStage = Date.now();
  await send(origin, "DELETE", path, { token: tenant.token });
  let rowsFrom;
  const deadline = Date.now() + DELETION_TIMEOUT_MS;
  for (;;) {
    const askedAt = Date.now();
    const job = await send(origin, "GET", `${path}/deletion`, { token: tenant.token });
    if (job.stage === BLOB_STAGE) lastInBlobStage = askedAt;
    else rowsFrom ??= (lastInBlobStage + Date.now()) / 2;
    if (job.status === "failed") throw new Error(`deletion failed: ${job.last_error}`);
    if (job.status === "completed") {
      const { [BLOB_STAGE]: objects = 0, ...tables } = job.counts;
      const completedAt = Date.parse(job.completed_at);
      return {
        rows: Object.values(tables).reduce((sum, n) => sum + n, 0),
        objects,
        totalMs: completedAt - Date.parse(job.created_at),
        rowsMs: completedAt - rowsFrom,
      };
    }
    if (Date.now() > deadline) throw new Error(`deletion of ${path} did not complete in time`);
    await sleep(POLL_MS);
  }
}
