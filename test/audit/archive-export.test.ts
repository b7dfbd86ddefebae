import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { archiveHistory } from "../../src/archive/sweep";
import { chainStart, checkpointSigned, truncation, walkChain } from "../../src/audit/chain";
import { createDb } from "../../src/db/client";
import { callJson, signup, tenantPath } from "../helpers";
import { sealAll, storedChain, verifyAll } from "../support/audit";

const renamed = async (owner: Awaited<ReturnType<typeof signup>>, count: number) => {
  for (let i = 0; i < count; i++) {
    await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: `Name ${i}` },
    });
  }
};

describe("the audit chain across the archive and in the export", () => {
  it("is walked step by step through archived entries, then the live ones", async () => {
    const owner = await signup();
    await renamed(owner, 4);
    await sealAll();
    // Fourteen months on, every sealed entry is past the hot window and leaves for R2.
    const later = new Date(Date.now() + 14 * 31 * 86_400_000);
    await archiveHistory({ db: createDb(env.CELL_US_1), bucket: env.BLOBS_US }, later);
    expect(await storedChain(owner.tenantId)).toEqual([]);
    // New entries count on from the sealed head, not from 1.
    await renamed(owner, 2);
    const live = await storedChain(owner.tenantId);
    expect(live.map((entry) => entry.seq)).toEqual([6, 7]);
    await sealAll();

    const result = await verifyAll(owner);
    expect(result).toMatchObject({ status: "ok", verified_through_seq: 7, unsealed: 0 });
    expect(result.steps).toBeGreaterThan(1);
  });

  it("the export carries seq, hash and the signed checkpoint, and verifies from itself alone", async () => {
    const owner = await signup();
    await renamed(owner, 3);
    await sealAll();
    const later = new Date(Date.now() + 14 * 31 * 86_400_000);
    await archiveHistory({ db: createDb(env.CELL_US_1), bucket: env.BLOBS_US }, later);
    await renamed(owner, 2);
    await sealAll();
    const exported = await callJson<{
      tables: { activity_logs: Record<string, unknown>[] };
      archived: { activity_logs?: Record<string, unknown>[] };
      audit_checkpoint: Parameters<typeof checkpointSigned>[0];
    }>(tenantPath(owner.tenantId, "/export"), { token: owner.token });
    expect(exported.status).toBe(200);
    const { tables, archived, audit_checkpoint: checkpoint } = exported.body;
    expect(archived.activity_logs?.length).toBeGreaterThan(0);
    const entries = [...(archived.activity_logs ?? []), ...tables.activity_logs].sort(
      (a, b) => (a.seq as number) - (b.seq as number),
    );
    const publicKey = (await callJson<JsonWebKey>("/v1/audit/public-key")).body;
    expect(await checkpointSigned(checkpoint, publicKey)).toBe(true);
    const walked = await walkChain(chainStart(), entries, checkpoint);
    expect(walked.broken).toBeNull();
    expect(truncation(walked.position, checkpoint)).toBeNull();
    expect(walked.position.nextSeq - 1).toBe(checkpoint.seq);
  });

  it("refuses a cursor it did not give", async () => {
    const owner = await signup();
    const res = await callJson(tenantPath(owner.tenantId, "/activity-logs/verify?cursor=forged"), {
      token: owner.token,
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: "validation_failed" });
  });
});
