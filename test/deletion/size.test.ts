import { describe, expect, it } from "vitest";
import { MAX_KEYS_PER_DELETE } from "../../src/deletion/blob-listing";
import { ROWS_PER_STEP } from "../../src/deletion/delete-rows";
import { chunkedTables } from "../../src/deletion/stages";
import { signup } from "../support/api-client";
import { createHarness } from "../support/deletion-harness";
import {
  countsOf,
  expectNothingLeft,
  putTenantBlobs,
  seedTenantRows,
  snapshotTenant,
} from "../support/deletion-seed";

// Workers allow one invocation 1000 D1 queries and 1000 subrequests; a step stays far below. The
// most is the last step's: the tenant row, and the uploads, memberships and sessions kept to the
// end, each deleted and counted.
const MAX_D1_QUERIES_PER_STEP = 14;
const MAX_R2_CALLS_PER_STEP = 6;

const ROWS = 10_000;
const OBJECTS = 2 * MAX_KEYS_PER_DELETE;

describe("a large tenant", () => {
  it("is deleted in many bounded steps, none over the limits of one invocation", async () => {
    const big = await signup();
    const small = await signup();
    const rowsPerTable = Math.ceil(ROWS / chunkedTables().length);
    await seedTenantRows(big.tenantId, rowsPerTable);
    await putTenantBlobs(big.tenantId, OBJECTS);
    await seedTenantRows(small.tenantId, 2);

    const harness = createHarness();
    await harness.startDeletion(big.tenantId);
    await harness.startDeletion(small.tenantId);
    const expected = countsOf(await snapshotTenant(big.tenantId));
    const rows = Object.values(expected).reduce((sum, n) => sum + n, 0) - OBJECTS;
    expect(rows).toBeGreaterThanOrEqual(ROWS);

    const started = Date.now();
    const invocations = await harness.drain();
    const seconds = (Date.now() - started) / 1000;

    for (const usage of invocations) {
      expect(usage.queries).toBeLessThanOrEqual(MAX_D1_QUERIES_PER_STEP * usage.messages);
      expect(usage.listCalls + usage.deleteCalls).toBeLessThanOrEqual(
        MAX_R2_CALLS_PER_STEP * usage.messages,
      );
      expect(usage.maxKeysPerDelete).toBeLessThanOrEqual(MAX_KEYS_PER_DELETE);
    }
    // The two jobs' steps share invocations: a batch carries a message of each.
    expect(invocations[0]?.messages).toBe(2);
    // Objects a thousand a step, each table's rows ROWS_PER_STEP a step, the farewell (no
    // webhook: one step), the tenant row, then the receipt in the control plane.
    const tables = chunkedTables().length;
    // Each table as many steps as its rows take, counted as they were when the deletion began
    // (the entries of the signup and of the deletion come on top of the seeded rows), one at least.
    const stepsOfRows = chunkedTables().reduce(
      (sum, owned) => sum + Math.max(1, Math.ceil((expected[owned.name] ?? 0) / ROWS_PER_STEP)),
      0,
    );
    const bigSteps = OBJECTS / MAX_KEYS_PER_DELETE + stepsOfRows + 1 + 1 + 1;
    const smallSteps = 1 + tables + 1 + 1 + 1;
    expect(invocations.reduce((sum, usage) => sum + usage.messages, 0)).toBe(bigSteps + smallSteps);
    expect(invocations.reduce((sum, usage) => sum + usage.deleteCalls, 0)).toBe(2);

    expectNothingLeft(await snapshotTenant(big.tenantId));
    expectNothingLeft(await snapshotTenant(small.tenantId));
    const busiest = Math.max(...invocations.map((usage) => usage.queries));
    console.log(
      `Deleted ${rows} rows and ${OBJECTS} R2 objects in ${bigSteps} steps, ${seconds.toFixed(1)} s ` +
        `of consumer time; the busiest invocation ran ${busiest} D1 queries.`,
    );
  }, 120_000);
});
