import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Checkpoint, checkpointSigned } from "../../src/audit/chain";
import { sealActivity } from "../../src/audit/seal";
import { auditPublicKey } from "../../src/audit/signing";
import { call, callJson, signup, tenantPath } from "../helpers";
import { sealAll, storedChain, usCellSweep, verifyAll } from "../support/audit";

afterEach(() => vi.restoreAllMocks());

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
});
