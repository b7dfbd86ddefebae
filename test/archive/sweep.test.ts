import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ARCHIVE_PART_ROWS } from "../../src/archive/parts";
import { archiveHistory } from "../../src/archive/sweep";
import { createDb } from "../../src/db/client";
import { signup, updateTenant } from "../support/api-client";
import { failOn } from "../support/deletion-harness";
import {
  archivedRows,
  archiveObjects,
  DAY,
  daysBefore,
  expectEachExactlyOnce,
  partsOf,
  rowsLeft,
  seedHistory,
} from "../support/history";
import { wrap } from "../support/wrap";

const db = createDb(env.CELL_US_1);
const deps = { db, bucket: env.BLOBS_US };

/** A D1 binding and a bucket that throw where `fault` says: a Worker dying at that point. */
function faulty(fault: (operation: string) => void) {
  const DB = wrap(env.CELL_US_1, {
    prepare: (target, query: string) => {
      fault(`d1: ${query}`);
      return target.prepare(query);
    },
    batch: (target, statements: D1PreparedStatement[]) => {
      fault("d1: batch");
      return target.batch(statements);
    },
  });
  const bucket = wrap(env.BLOBS_US, {
    put: (target, ...args: Parameters<R2Bucket["put"]>) => {
      fault("r2: put");
      return target.put(...args);
    },
    get: (target, ...args: Parameters<R2Bucket["get"]>) => {
      fault("r2: get");
      return target.get(...args);
    },
  });
  return { db: createDb(DB), bucket };
}

describe("the archive sweep", () => {
  it("moves exactly the rows past the plan's hot window, and leaves active and recorded calls", async () => {
    const now = new Date();
    const starter = await signup();
    const old = await seedHistory(starter.tenantId, daysBefore(now, 45), {
      calls: 3,
      entries: 4,
      deliveries: 2,
    });
    const edge = await seedHistory(starter.tenantId, daysBefore(now, 30.01), {
      calls: 1,
      entries: 1,
    });
    const recent = await seedHistory(starter.tenantId, daysBefore(now, 29), {
      calls: 2,
      entries: 2,
      deliveries: 1,
    });
    // Never leave: an active call, and an ended one that keeps its recording.
    const [active, recorded] = old.calls;
    await env.CELL_US_1.prepare("UPDATE calls SET status = 'active', ended_at = NULL WHERE id = ?")
      .bind(active)
      .run();
    await env.CELL_US_1.prepare(
      "UPDATE calls SET recording_key = 'r', recording_size = 1 WHERE id = ?",
    )
      .bind(recorded)
      .run();
    // Business keeps 90 days: the same history stays.
    const business = await signup();
    await updateTenant(business, { billing_plan: "business" });
    const kept = await seedHistory(business.tenantId, daysBefore(now, 45), {
      calls: 2,
      entries: 2,
    });

    const run = await archiveHistory(deps, now);

    const gone = [...old.calls.slice(2), ...edge.calls];
    expect(await rowsLeft("calls", gone)).toBe(0);
    expect(await rowsLeft("calls", [active as string, recorded as string])).toBe(2);
    expect(await rowsLeft("calls", recent.calls)).toBe(2);
    expect(await rowsLeft("activity_logs", [...old.entries, ...edge.entries])).toBe(0);
    expect(await rowsLeft("activity_logs", recent.entries)).toBe(2);
    expect(await rowsLeft("webhook_deliveries", old.deliveries)).toBe(0);
    const attempts = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM webhook_attempts WHERE delivery_id IN (SELECT value FROM json_each(?))",
    )
      .bind(JSON.stringify(old.deliveries))
      .first<{ n: number }>();
    expect(attempts?.n).toBe(0);
    expect(await rowsLeft("webhook_deliveries", recent.deliveries)).toBe(1);
    expect(await rowsLeft("calls", kept.calls)).toBe(2);
    expect(await rowsLeft("activity_logs", kept.entries)).toBe(2);
    expect(await partsOf(business.tenantId)).toEqual([]);

    const archived = await archivedRows(starter.tenantId);
    expect(archived.calls?.map((call) => call.id).sort()).toEqual(gone.sort());
    expect(archived.activity_logs).toHaveLength(5);
    expect(archived.webhook_deliveries).toHaveLength(2);
    expect(archived.webhook_deliveries?.[0]).toMatchObject({
      status: "succeeded",
      event: { type: "tenant.updated" },
      attempt_log: [
        { attempt: 1, status_code: 500, error: "HTTP 500" },
        { attempt: 2, status_code: 200 },
      ],
    });
    expect(run.rows).toBe(gone.length + 5 + 2);

    const parts = await partsOf(starter.tenantId);
    const month = (d: Date) => d.toISOString().slice(0, 7);
    for (const part of parts) {
      expect(part.status).toBe("complete");
      expect([month(daysBefore(now, 45)), month(daysBefore(now, 30.01))]).toContain(part.period);
      expect(part.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await archiveObjects(starter.tenantId)).toHaveLength(parts.length);
  });

  it("does nothing more on a second run, and two runs at once archive each row once", async () => {
    const now = new Date();
    const owner = await signup();
    const seeded = await seedHistory(owner.tenantId, daysBefore(now, 60), {
      calls: 30,
      entries: 30,
      deliveries: 10,
    });
    const runs = await Promise.all([archiveHistory(deps, now), archiveHistory(deps, now)]);
    expect(runs[0].rows + runs[1].rows).toBe(70);
    const again = await archiveHistory(deps, now);
    expect(again.complete + again.dropped + again.failed).toBe(0);
    await expectEachExactlyOnce(owner.tenantId, seeded);
    expect((await partsOf(owner.tenantId)).map((p) => p.status)).toEqual([
      "complete",
      "complete",
      "complete",
    ]);
  });

  it("a part is at most a thousand rows of one month, numbered within it", async () => {
    const now = new Date();
    const owner = await signup();
    const seeded = await seedHistory(owner.tenantId, daysBefore(now, 100), {
      entries: ARCHIVE_PART_ROWS + 5,
    });
    const earlier = await seedHistory(owner.tenantId, daysBefore(now, 140), { entries: 3 });
    await archiveHistory(deps, now);
    const parts = await partsOf(owner.tenantId);
    const periods = [daysBefore(now, 140), daysBefore(now, 100)].map((d) =>
      d.toISOString().slice(0, 7),
    );
    expect(parts.map((p) => [p.period, p.part, p.rows])).toEqual([
      [periods[0], 1, 3],
      [periods[1], 1, ARCHIVE_PART_ROWS],
      [periods[1], 2, 5],
    ]);
    await expectEachExactlyOnce(owner.tenantId, {
      calls: [],
      entries: [...earlier.entries, ...seeded.entries],
      deliveries: [],
    });
  });

  describe("a run failing at each point leaves every row exactly once", () => {
    const points: [string, RegExp, { after?: RegExp }?][] = [
      ["planning the part", /INSERT INTO "archive_parts"/],
      ["registering the write", /d1: insert into "blob_uploads"/],
      ["reading the rows", /d1: select .* from "calls"/],
      ["writing the object", /r2: put/],
      ["reading it back", /r2: get/],
      ["completing the part", /d1: batch/, { after: /r2: get/ }],
    ];
    for (const [name, pattern, options] of points) {
      it(name, async () => {
        const now = new Date();
        const owner = await signup();
        const seeded = await seedHistory(owner.tenantId, daysBefore(now, 50), {
          calls: 5,
          entries: 5,
          deliveries: 3,
        });
        const fault = failOn(pattern, options);
        const failed = await archiveHistory(faulty(fault), now);
        expect(fault.fired, name).toBe(1);
        expect(failed.failed, name).toBe(1);
        await expectEachExactlyOnce(owner.tenantId, seeded);
        // The next run finishes what the failed one left, and nothing twice.
        await archiveHistory(deps, now);
        await expectEachExactlyOnce(owner.tenantId, seeded);
        expect(await rowsLeft("calls", seeded.calls)).toBe(0);
        expect(await rowsLeft("activity_logs", seeded.entries)).toBe(0);
        expect(await rowsLeft("webhook_deliveries", seeded.deliveries)).toBe(0);
        expect((await partsOf(owner.tenantId)).every((p) => p.status === "complete")).toBe(true);
        expect((await archiveObjects(owner.tenantId)).length).toBe(
          (await partsOf(owner.tenantId)).length,
        );
      });
    }
  });

  it("a row changed after its part was planned stays in D1, and leaves with the next part", async () => {
    const now = new Date();
    const owner = await signup();
    const seeded = await seedHistory(owner.tenantId, daysBefore(now, 50), { calls: 4 });
    const changed = seeded.calls[0] as string;
    // A recording arrives between the read of the rows and the completion of their part.
    let changedOnce = false;
    const bucket = wrap(env.BLOBS_US, {
      put: async (target, ...args: Parameters<R2Bucket["put"]>) => {
        if (!changedOnce) {
          changedOnce = true;
          await env.CELL_US_1.prepare(
            "UPDATE calls SET recording_key = 'k', recording_size = 1, updated_at = ? WHERE id = ?",
          )
            .bind(new Date(now.getTime() + 1000).toISOString(), changed)
            .run();
        }
        return target.put(...args);
      },
    });
    await archiveHistory({ db, bucket }, now);
    expect(await rowsLeft("calls", [changed])).toBe(1);
    expect(await archivedRows(owner.tenantId)).toEqual({});
    expect(await archiveObjects(owner.tenantId)).toEqual([]);
    expect(await partsOf(owner.tenantId)).toEqual([]);

    // The recording removed again: the call leaves with the rest on the next run.
    await env.CELL_US_1.prepare(
      "UPDATE calls SET recording_key = NULL, updated_at = ? WHERE id = ?",
    )
      .bind(new Date(now.getTime() + 2000).toISOString(), changed)
      .run();
    await archiveHistory(deps, new Date(now.getTime() + 3000));
    await expectEachExactlyOnce(owner.tenantId, {
      calls: seeded.calls,
      entries: [],
      deliveries: [],
    });
    expect(await rowsLeft("calls", seeded.calls)).toBe(0);
  });

  it("leaves a tenant being deleted to its deletion", async () => {
    const now = new Date();
    const owner = await signup();
    await seedHistory(owner.tenantId, daysBefore(now, 50), { calls: 2, entries: 2 });
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(owner.tenantId)
      .run();
    const run = await archiveHistory(deps, now);
    expect(run.failed).toBe(0);
    expect(await partsOf(owner.tenantId)).toEqual([]);
    expect(await archiveObjects(owner.tenantId)).toEqual([]);
  });

  it("keeps each plan's window: starter 30 days, business 90, enterprise 400", async () => {
    const now = new Date();
    const plans = { starter: 30, business: 90, enterprise: 400 } as const;
    for (const [plan, days] of Object.entries(plans)) {
      const owner = await signup();
      if (plan !== "starter") await updateTenant(owner, { billing_plan: plan });
      const inside = await seedHistory(owner.tenantId, daysBefore(now, days - 1), { entries: 1 });
      const outside = await seedHistory(
        owner.tenantId,
        new Date(now.getTime() - days * DAY - 60_000),
        {
          entries: 1,
        },
      );
      await archiveHistory(deps, now);
      expect(await rowsLeft("activity_logs", inside.entries), plan).toBe(1);
      expect(await rowsLeft("activity_logs", outside.entries), plan).toBe(0);
    }
  });
});
