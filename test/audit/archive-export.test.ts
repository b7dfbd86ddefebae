import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { archiveHistory } from "../../src/archive/sweep";
import { checkpointSigned, GENESIS_HASH, verifyAnchored } from "../../src/audit/chain";
import { createDb } from "../../src/db/client";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { exportOf, sealAll, storedChain, verifyAll } from "../support/audit";
import { documentedHash } from "../support/chain-formula";

const renamed = async (owner: Owner, count: number) => {
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

  it("the export is anchored by a checkpoint signed when taken, over its last entry, the unsealed tail hashed as sealing will", async () => {
    const owner = await signup();
    await renamed(owner, 3);
    await sealAll();
    const later = new Date(Date.now() + 14 * 31 * 86_400_000);
    await archiveHistory({ db: createDb(env.CELL_US_1), bucket: env.BLOBS_US }, later);
    const publicKey = (await callJson<JsonWebKey & { kid: string }>("/v1/audit/public-key")).body;

    // Every entry archived, none live: the export ends at the sealed head.
    const archivedOnly = await exportOf(owner);
    expect(archivedOnly.tables.activity_logs).toEqual([]);
    const lastArchived = archivedOnly.entries.at(-1);
    expect(archivedOnly.audit_checkpoint).toMatchObject({
      tenant_id: owner.tenantId,
      seq: lastArchived?.seq,
      head_hash: lastArchived?.hash,
    });
    expect(
      await verifyAnchored(
        archivedOnly.entries,
        archivedOnly.audit_checkpoint,
        publicKey,
        owner.tenantId,
      ),
    ).toMatchObject({ status: "ok", verified_through_seq: lastArchived?.seq, first_break: null });

    // Two entries the sealing sweep has not reached yet: the export hashes them itself.
    await renamed(owner, 2);
    expect((await storedChain(owner.tenantId)).map((entry) => entry.hash)).toEqual([null, null]);
    const exported = await exportOf(owner);
    const { entries, audit_checkpoint: checkpoint } = exported;
    expect(exported.archived.activity_logs?.length).toBeGreaterThan(0);
    const last = entries.at(-1);
    expect(last?.seq).toBe((lastArchived?.seq as number) + 2);
    expect(checkpoint).toMatchObject({
      tenant_id: owner.tenantId,
      seq: last?.seq,
      head_hash: last?.hash,
      sealed_at: exported.exported_at,
      key_id: publicKey.kid,
    });
    expect(await checkpointSigned(checkpoint, publicKey)).toBe(true);
    let previous = GENESIS_HASH;
    for (const entry of entries) {
      previous = await documentedHash(previous, entry);
      expect(entry.hash).toBe(previous);
    }
    expect(await verifyAnchored(entries, checkpoint, publicKey, owner.tenantId)).toMatchObject({
      status: "ok",
      verified_through_seq: last?.seq,
      first_break: null,
    });
    // Presented as another tenant's, it is refused.
    expect(
      (await verifyAnchored(entries, checkpoint, publicKey, (await signup()).tenantId)).first_break,
    ).toMatchObject({ reason: "tenant_mismatch" });

    // Sealing then gives the tail the very hashes the export computed.
    await sealAll();
    const sealed = await storedChain(owner.tenantId);
    expect(sealed.map(({ seq, hash }) => ({ seq, hash }))).toEqual(
      exported.tables.activity_logs.map(({ seq, hash }) => ({ seq, hash })),
    );
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
