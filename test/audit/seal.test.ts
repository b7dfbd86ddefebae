import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Checkpoint, checkpointSigned, GENESIS_HASH } from "../../src/audit/chain";
import { latestCheckpoint } from "../../src/audit/checkpoints";
import { sealActivity } from "../../src/audit/seal";
import { auditPublicKey } from "../../src/audit/signing";
import { createDb } from "../../src/db/client";
import { call, callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { sealAll, storedChain, usCellSweep, verifyAll } from "../support/audit";
import { documentedHash } from "../support/chain-formula";
import { interceptWrites } from "../support/gated-d1";

afterEach(() => vi.restoreAllMocks());

/** The tenant renamed `count` times: as many new entries. */
const renamed = async (owner: Owner, count: number) => {
  for (let i = 0; i < count; i++) {
    const res = await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: `Name ${i}` },
    });
    expect(res.status).toBe(200);
  }
};

/** The sealed head in D1, as the next sealing run reads it. */
const headOf = (tenantId: string) =>
  env.CELL_US_1.prepare("SELECT sealed_seq, head_hash FROM audit_heads WHERE tenant_id = ?")
    .bind(tenantId)
    .first<{ sealed_seq: number; head_hash: string }>();

const checkpointsOf = async (tenantId: string) =>
  (await env.BLOBS_US.list({ prefix: `tenants/${tenantId}/audit/checkpoints/` })).objects;

describe("the audit chain", () => {
  it("50 parallel changes through the Worker get a gapless seq, none shared", async () => {
    const owner = await signup();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(tenantPath(owner.tenantId, "/workflows"), {
          method: "POST",
          token: owner.token,
          body: { name: `workflow ${i}`, definition: { steps: [i] } },
        }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(50).fill(201));
    const chain = await storedChain(owner.tenantId);
    expect(chain.length).toBeGreaterThanOrEqual(50);
    expect(chain.map((entry) => entry.seq)).toEqual(chain.map((_, i) => i + 1));
    // Writes pay nothing: the hashes come later.
    expect(chain.every((entry) => entry.hash === null)).toBe(true);
    await sealAll();
    expect((await storedChain(owner.tenantId)).every((entry) => entry.hash !== null)).toBe(true);
    expect((await verifyAll(owner)).status).toBe("ok");
  });

  it("signs a checkpoint a sealing, write-once in R2, with the published public key", async () => {
    const owner = await signup();
    await sealAll();
    const [object] = await checkpointsOf(owner.tenantId);
    const checkpoint = (await (await env.BLOBS_US.get(object?.key ?? ""))?.json()) as Checkpoint;
    const chain = await storedChain(owner.tenantId);
    expect(checkpoint).toMatchObject({
      tenant_id: owner.tenantId,
      seq: chain.at(-1)?.seq,
      head_hash: chain.at(-1)?.hash,
    });
    const published = await callJson<JsonWebKey & { kid: string }>("/v1/audit/public-key");
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(published.body).not.toHaveProperty("d");
    expect(await checkpointSigned(checkpoint, published.body)).toBe(true);
    expect(await checkpointSigned({ ...checkpoint, seq: checkpoint.seq + 1 }, published.body)).toBe(
      false,
    );
    expect(published.body.kid).toBe((await auditPublicKey(env.AUDIT_SIGNING_KEY)).kid);
  });

  it("is idempotent under duplicate runs: the same hashes, one checkpoint", async () => {
    const owner = await signup();
    await Promise.all([
      sealActivity(usCellSweep(), new Date()),
      sealActivity(usCellSweep(), new Date()),
    ]);
    const once = await storedChain(owner.tenantId);
    expect(once.every((entry) => entry.hash !== null)).toBe(true);
    expect(await sealActivity(usCellSweep(), new Date())).toBe(0);
    expect(await storedChain(owner.tenantId)).toEqual(once);
    expect(await checkpointsOf(owner.tenantId)).toHaveLength(1);
    expect((await verifyAll(owner)).status).toBe("ok");
  });

  it("a run that fails before its checkpoint reaches R2 is finished by the next", async () => {
    const owner = await signup();
    const sweep = usCellSweep();
    const put = vi.spyOn(sweep.blobs, "put").mockRejectedValueOnce(new Error("R2 unavailable"));
    await sealActivity(sweep, new Date());
    expect(put).toHaveBeenCalled();
    expect(await checkpointsOf(owner.tenantId)).toHaveLength(0);
    put.mockRestore();
    await sealActivity(usCellSweep(), new Date());
    expect(await checkpointsOf(owner.tenantId)).toHaveLength(1);
    expect((await verifyAll(owner)).status).toBe("ok");
  });

  it("entries written after a sealing are the unsealed tail, then sealed onto the chain", async () => {
    const owner = await signup();
    await sealAll();
    await callJson(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: "Later" },
    });
    const before = await verifyAll(owner);
    expect(before).toMatchObject({ status: "ok", unsealed: 1 });
    await sealAll();
    const after = await verifyAll(owner);
    expect(after).toMatchObject({ status: "ok", unsealed: 0 });
    expect(after.verified_through_seq).toBe(before.verified_through_seq + 1);
    expect(await checkpointsOf(owner.tenantId)).toHaveLength(2);
  });

  it("hashes each entry over the one before it, as the README's formula says", async () => {
    const owner = await signup();
    await renamed(owner, 3);
    await sealAll();
    const { body } = await callJson<{ items: Record<string, unknown>[] }>(
      tenantPath(owner.tenantId, "/activity-logs?limit=50"),
      { token: owner.token },
    );
    const entries = [...body.items].sort((a, b) => (a.seq as number) - (b.seq as number));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    let previous = GENESIS_HASH;
    for (const entry of entries) {
      previous = await documentedHash(previous, entry);
      expect(entry.hash).toBe(previous);
    }
  });

  it("a run that read an older head, committing after a newer run, does not set the head back", async () => {
    const owner = await signup();
    await sealAll();
    await renamed(owner, 2);
    // The stale run reads the head and the two entries, then its writes wait for the other run.
    let reachedWrite: () => void = () => {};
    const staleAtWrite = new Promise<void>((resolve) => {
      reachedWrite = resolve;
    });
    let releaseStale: () => void = () => {};
    const newerCommitted = new Promise<void>((resolve) => {
      releaseStale = resolve;
    });
    let held = false;
    const staleDb = interceptWrites(env.CELL_US_1, async () => {
      if (held) return;
      held = true;
      reachedWrite();
      await newerCommitted;
    });
    const stale = sealActivity({ ...usCellSweep(), db: createDb(staleDb) }, new Date());
    await staleAtWrite;
    // Meanwhile two more entries, and a run that reads them all and commits first.
    await renamed(owner, 2);
    expect(await sealActivity(usCellSweep(), new Date())).toBeGreaterThanOrEqual(4);
    const newer = await headOf(owner.tenantId);
    releaseStale();
    await stale;
    expect(held).toBe(true);

    const chain = await storedChain(owner.tenantId);
    expect(newer?.sealed_seq).toBe(chain.at(-1)?.seq);
    expect(await headOf(owner.tenantId)).toEqual(newer);
    // The chain goes on from there: a later entry is sealed by the next run.
    await renamed(owner, 1);
    await sealAll();
    expect((await storedChain(owner.tenantId)).every((entry) => entry.hash !== null)).toBe(true);
    expect(await verifyAll(owner)).toMatchObject({ status: "ok", unsealed: 0 });
  });

  it("an unsealed entry removed from the middle of the tail: no checkpoint vouches past the gap", async () => {
    const owner = await signup();
    await sealAll();
    await renamed(owner, 3);
    const tail = (await storedChain(owner.tenantId)).slice(-3);
    expect(tail.every((entry) => entry.hash === null)).toBe(true);
    const [first, removed, last] = tail as [(typeof tail)[number], ...typeof tail];
    await env.CELL_US_1.prepare("DELETE FROM activity_logs WHERE id = ?").bind(removed?.id).run();

    await sealAll();
    const chain = await storedChain(owner.tenantId);
    expect(chain.find((entry) => entry.id === first.id)?.hash).not.toBeNull();
    expect(chain.find((entry) => entry.id === last?.id)?.hash).toBeNull();
    expect((await headOf(owner.tenantId))?.sealed_seq).toBe(first.seq);
    expect((await latestCheckpoint(env.BLOBS_US, owner.tenantId))?.seq).toBe(first.seq);
    expect((await verifyAll(owner)).first_break).toEqual({
      seq: removed?.seq,
      id: null,
      reason: "missing",
    });
  });
});
