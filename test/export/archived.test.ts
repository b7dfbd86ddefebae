import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { archiveHistory } from "../../src/archive/sweep";
import { createDb } from "../../src/db/client";
import { callJson, signup, tenantPath } from "../support/api-client";
import { archivedRows, daysBefore, partsOf, rowsLeft, seedHistory } from "../support/history";

const deps = { db: createDb(env.CELL_US_1), bucket: env.BLOBS_US };

type Exported = {
  tables: Record<string, { id: string }[]>;
  archived: Record<string, { id: string }[]>;
};

const ids = (rows: { id: string }[] | undefined) => (rows ?? []).map((row) => row.id).sort();

describe("the export of a tenant with an archive", () => {
  it("holds every archived row of every part, several months and tables, each once", {
    timeout: 30_000,
  }, async () => {
    const now = new Date();
    const owner = await signup();
    // Three months past the hot window: a part for each month and table.
    const seeded = [70, 100, 130].map((days) =>
      seedHistory(owner.tenantId, daysBefore(now, days), { calls: 4, entries: 3 }),
    );
    const history = await Promise.all(seeded);
    const recent = await seedHistory(owner.tenantId, daysBefore(now, 2), { calls: 2 });
    await archiveHistory(deps, now);

    const parts = await partsOf(owner.tenantId);
    const complete = parts.filter((part) => part.status === "complete");
    expect(complete.filter((part) => part.table_name === "calls")).toHaveLength(3);
    const oldCalls = history.flatMap((seed) => seed.calls);
    const oldEntries = history.flatMap((seed) => seed.entries);
    expect(await rowsLeft("calls", oldCalls)).toBe(0);

    const { status, body } = await callJson<Exported>(tenantPath(owner.tenantId, "/export"), {
      token: owner.token,
    });
    expect(status).toBe(200);
    // Every archived row, as the archive's objects hold it, and as many as the parts say.
    expect(body.archived).toEqual(await archivedRows(owner.tenantId));
    const archivedCount = Object.values(body.archived).reduce((n, rows) => n + rows.length, 0);
    expect(archivedCount).toBe(complete.reduce((n, part) => n + part.rows, 0));
    expect(ids(body.archived.calls)).toEqual([...oldCalls].sort());
    expect(ids(body.archived.activity_logs)).toEqual(expect.arrayContaining(oldEntries));
    // The calls still in D1 beside them: every call of the tenant once, in one place or the other.
    expect(ids(body.tables.calls)).toEqual([...recent.calls].sort());
    const everyCall = [...ids(body.tables.calls), ...ids(body.archived.calls)];
    expect(new Set(everyCall).size).toBe(everyCall.length);
    expect(everyCall.sort()).toEqual([...oldCalls, ...recent.calls].sort());
  });
});
