import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { toEntry } from "../../src/activity/schemas";
import { type Checkpoint, entryHash, verifyAnchored } from "../../src/audit/chain";
import { checkpointKey } from "../../src/audit/checkpoints";
import { auditPublicKey } from "../../src/audit/signing";
import { createDb } from "../../src/db/client";
import { activityLogs } from "../../src/db/schema";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { exportOf, sealAll, storedChain, verifyAll } from "../support/audit";

/** A tenant with a few sealed entries: its settings changed five times. */
async function sealedTenant() {
  const owner = await signup();
  for (let i = 0; i < 5; i++) {
    const res = await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: `Name ${i}` },
    });
    expect(res.status).toBe(200);
  }
  await sealAll();
  return owner;
}

const run = (statement: string, ...values: unknown[]) =>
  env.CELL_US_1.prepare(statement)
    .bind(...values)
    .run();

describe("tampering done directly in D1 is reported at its seq", () => {
  let owner: Owner;
  let chain: Awaited<ReturnType<typeof storedChain>>;
  beforeEach(async () => {
    owner = await sealedTenant();
    chain = await storedChain(owner.tenantId);
    expect(chain.length).toBeGreaterThanOrEqual(5);
    expect(chain.every((entry) => entry.hash !== null)).toBe(true);
  });

  it("untouched: ok through the last seq, the checkpoint its head", async () => {
    const result = await verifyAll(owner);
    const last = chain.at(-1);
    expect(result).toMatchObject({
      status: "ok",
      verified_through_seq: last?.seq,
      head_hash: last?.hash,
      unsealed: 0,
      first_break: null,
    });
    expect(result.checkpoint).toMatchObject({ seq: last?.seq, head_hash: last?.hash });
  });

  it("an edited entry", async () => {
    const target = chain[2] as (typeof chain)[number];
    await run(
      `UPDATE activity_logs SET changes = '{"name":{"from":"x","to":"y"}}' WHERE id = ?`,
      target.id,
    );
    expect((await verifyAll(owner)).first_break).toEqual({
      seq: target.seq,
      id: target.id,
      reason: "hash_mismatch",
    });
  });

  it("an edit with its hash recomputed breaks at the next entry; every hash after it, at the checkpoint", async () => {
    const db = createDb(env.CELL_US_1);
    const target = chain[1] as (typeof chain)[number];
    await run("UPDATE activity_logs SET actor_id = 'someone else' WHERE id = ?", target.id);
    // The forger recomputes the edited entry's hash.
    let previous = (chain[0] as (typeof chain)[number]).hash as string;
    const rehash = async (id: string) => {
      const row = await db.select().from(activityLogs).where(eq(activityLogs.id, id)).get();
      previous = await entryHash(previous, toEntry(row as typeof activityLogs.$inferSelect));
      await run("UPDATE activity_logs SET hash = ? WHERE id = ?", previous, id);
    };
    await rehash(target.id);
    const next = chain[2] as (typeof chain)[number];
    expect((await verifyAll(owner)).first_break).toEqual({
      seq: next.seq,
      id: next.id,
      reason: "hash_mismatch",
    });
    // And every one after it: the chain holds in D1, but not what the signed checkpoint says.
    for (const entry of chain.slice(2)) await rehash(entry.id);
    const last = chain.at(-1) as (typeof chain)[number];
    expect((await verifyAll(owner)).first_break).toEqual({
      seq: last.seq,
      id: last.id,
      reason: "checkpoint_mismatch",
    });
  });

  it("a chain rewritten in D1 before an export: the export's own checkpoint covers it, the sealing's it carries does not", async () => {
    const db = createDb(env.CELL_US_1);
    const target = chain[1] as (typeof chain)[number];
    await run("UPDATE activity_logs SET actor_id = 'someone else' WHERE id = ?", target.id);
    let previous = (chain[0] as (typeof chain)[number]).hash as string;
    for (const entry of chain.slice(1)) {
      const row = await db.select().from(activityLogs).where(eq(activityLogs.id, entry.id)).get();
      previous = await entryHash(previous, toEntry(row as typeof activityLogs.$inferSelect));
      await run("UPDATE activity_logs SET hash = ? WHERE id = ?", previous, entry.id);
    }
    const exported = await exportOf(owner);
    const last = chain.at(-1) as (typeof chain)[number];
    expect(exported.audit_checkpoint).toMatchObject({ seq: last.seq, head_hash: previous });
    expect(exported.audit_sealed_checkpoint).toMatchObject({ seq: last.seq, head_hash: last.hash });
    const publicKey = await auditPublicKey(env.AUDIT_SIGNING_KEY);
    const offline = await verifyAnchored(
      exported.entries,
      exported.audit_checkpoint,
      publicKey,
      owner.tenantId,
      exported.audit_sealed_checkpoint,
    );
    // What the API says of the same chain.
    expect(offline.first_break).toEqual({
      seq: last.seq,
      id: last.id,
      reason: "checkpoint_mismatch",
    });
    expect(offline.first_break).toEqual((await verifyAll(owner)).first_break);
  });

  it("a deleted entry", async () => {
    const target = chain[1] as (typeof chain)[number];
    await run("DELETE FROM activity_logs WHERE id = ?", target.id);
    expect((await verifyAll(owner)).first_break).toEqual({
      seq: target.seq,
      id: null,
      reason: "missing",
    });
  });

  it("two entries swapped", async () => {
    const [a, b] = [chain[2], chain[3]] as [(typeof chain)[number], (typeof chain)[number]];
    await run("UPDATE activity_logs SET seq = -1 WHERE id = ?", a.id);
    await run("UPDATE activity_logs SET seq = ? WHERE id = ?", a.seq, b.id);
    await run("UPDATE activity_logs SET seq = ? WHERE id = ?", b.seq, a.id);
    expect((await verifyAll(owner)).first_break).toEqual({
      seq: a.seq,
      id: b.id,
      reason: "hash_mismatch",
    });
  });

  it("the tail truncated: the signed checkpoint still names it", async () => {
    const [, ...rest] = chain.slice(-2);
    const cut = chain.at(-2) as (typeof chain)[number];
    await run(
      "DELETE FROM activity_logs WHERE tenant_id = ? AND seq >= ?",
      owner.tenantId,
      cut.seq,
    );
    expect(rest).toHaveLength(1);
    const result = await verifyAll(owner);
    expect(result.first_break).toEqual({ seq: cut.seq, id: null, reason: "truncated" });
    expect(result.verified_through_seq).toBe(cut.seq - 1);
  });

  it("a checkpoint rewritten in D1 alone changes nothing: the one in R2 is read", async () => {
    await run(
      "UPDATE audit_heads SET head_hash = ? WHERE tenant_id = ?",
      "f".repeat(64),
      owner.tenantId,
    );
    expect((await verifyAll(owner)).status).toBe("ok");
  });

  describe("a checkpoint in R2 the verify route does not take as it stands", () => {
    /** The latest checkpoint in R2, edited, put back in its place. */
    const rewriteCheckpoint = async (edit: (checkpoint: Record<string, unknown>) => void) => {
      const last = chain.at(-1) as (typeof chain)[number];
      const key = checkpointKey(owner.tenantId, last.seq);
      const stored = (await (await env.BLOBS_US.get(key))?.json()) as Record<string, unknown>;
      expect(stored).toMatchObject({ seq: last.seq, head_hash: last.hash });
      edit(stored);
      await env.BLOBS_US.put(key, JSON.stringify(stored));
      return last.seq;
    };

    it("its claim changed under the signature: not signed by the key", async () => {
      const seq = await rewriteCheckpoint((checkpoint) => {
        checkpoint.sealed_at = "2020-01-01T00:00:00.000Z";
      });
      const result = await verifyAll(owner);
      expect(result.status).toBe("broken");
      expect(result.first_break).toEqual({ seq, id: null, reason: "checkpoint_mismatch" });
    });

    it("another signature, or none", async () => {
      const seq = await rewriteCheckpoint((checkpoint) => {
        checkpoint.signature = "A".repeat(86);
      });
      expect((await verifyAll(owner)).first_break).toEqual({
        seq,
        id: null,
        reason: "checkpoint_mismatch",
      });
      await rewriteCheckpoint((checkpoint) => {
        delete checkpoint.signature;
      });
      expect((await verifyAll(owner)).first_break).toEqual({
        seq,
        id: null,
        reason: "checkpoint_mismatch",
      });
    });

    it("another tenant's genuine checkpoint, put in this tenant's place", async () => {
      const other = await sealedTenant();
      const theirs = (await storedChain(other.tenantId)).at(-1) as (typeof chain)[number];
      const object = await env.BLOBS_US.get(checkpointKey(other.tenantId, theirs.seq));
      const checkpoint = (await object?.json()) as Checkpoint;
      expect(checkpoint.tenant_id).toBe(other.tenantId);
      // Newer than this tenant's own: the one the route reads.
      const newer = (chain.at(-1) as (typeof chain)[number]).seq + 1;
      await env.BLOBS_US.put(checkpointKey(owner.tenantId, newer), JSON.stringify(checkpoint));
      expect((await verifyAll(owner)).first_break).toMatchObject({ reason: "tenant_mismatch" });
    });
  });
});
