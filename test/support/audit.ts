import { env } from "cloudflare:workers";
import { expect } from "vitest";
import type { Checkpoint } from "../../src/audit/chain";
import { sealActivity } from "../../src/audit/seal";
import { createDb } from "../../src/db/client";
import { callJson, type Owner, tenantPath } from "./api-client";
import { cellCalled, US_CELL } from "./cells";

/** The US cell as a sweep gets it. */
export const usCellSweep = () => ({
  env,
  cell: cellCalled(US_CELL),
  db: createDb(env.CELL_US_1),
  blobs: env.BLOBS_US,
});

/** Seals the US cell until nothing is left to seal. */
export async function sealAll(now = new Date()) {
  for (let run = 0; run < 20; run++) if ((await sealActivity(usCellSweep(), now)) === 0) return;
}

export type Verification = {
  status: "ok" | "broken";
  verified_through_seq: number;
  head_hash: string;
  checkpoint: { seq: number; head_hash: string; signature: string } | null;
  unsealed: number;
  first_break: { seq: number; id: string | null; reason: string } | null;
  next_cursor: string | null;
};

/** The whole walk through the API, cursor after cursor: the last step's answer, and how many. */
export async function verifyAll(owner: Owner) {
  let cursor: string | null = null;
  for (let steps = 1; steps < 100; steps++) {
    const query: string = cursor ? `?cursor=${cursor}` : "";
    const res = await callJson<Verification>(
      tenantPath(owner.tenantId, `/activity-logs/verify${query}`),
      { token: owner.token },
    );
    if (res.status !== 200) throw new Error(`verify: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.status === "broken" || res.body.next_cursor === null)
      return { ...res.body, steps };
    cursor = res.body.next_cursor;
  }
  throw new Error("the walk did not end");
}

/** The tenant's entries as stored: seq, id and hash, in seq order. */
export async function storedChain(tenantId: string) {
  const { results } = await env.CELL_US_1.prepare(
    "SELECT seq, id, hash FROM activity_logs WHERE tenant_id = ? ORDER BY seq",
  )
    .bind(tenantId)
    .all<{ seq: number; id: string; hash: string | null }>();
  return results;
}

type Entry = Record<string, unknown>;

/** The tenant's export, and its activity log entries, archived and live, in seq order. */
export async function exportOf(owner: Owner) {
  const res = await callJson<{
    exported_at: string;
    tables: { activity_logs: Entry[] };
    archived: { activity_logs?: Entry[] };
    audit_sealed_checkpoint: Checkpoint | null;
    audit_checkpoint: Checkpoint;
  }>(tenantPath(owner.tenantId, "/export"), { token: owner.token });
  expect(res.status).toBe(200);
  const entries = [...(res.body.archived.activity_logs ?? []), ...res.body.tables.activity_logs];
  entries.sort((a, b) => (a.seq as number) - (b.seq as number));
  return { ...res.body, entries };
}
