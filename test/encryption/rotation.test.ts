import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { resendStalledRotations } from "../../src/jobs/kinds";
import { createPlatformAdmin, signup, updateTenant } from "../support/api-client";
import { failOn } from "../support/deletion-harness";
import { createMoveHarness } from "../support/move-harness";

const ROTATION = "/v1/admin/encryption/rotation";

// The tests share the databases: each rotates to a key of its own, put in front of the ring
// (the configured "k2,k1" and the keys of the tests before it).
let ring = env.ENCRYPTION_KEYS;
let keys = 2;
function newKey() {
  const kid = `k${++keys}`;
  const material = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
  ring = `${kid}:${material},${ring}`;
  return { kid, harness: createMoveHarness({ ENCRYPTION_KEYS: ring }) };
}
type Harness = ReturnType<typeof createMoveHarness>;

const CELLS = [env.CELL_US_1, env.CELL_EU_1];

/** Tenants with two sealed values each (under the ring's current key, k2), in both cells. */
async function tenantsWithSecrets() {
  const owners = await Promise.all([signup(), signup(undefined, "eu")]);
  for (const [i, owner] of owners.entries()) {
    await updateTenant(owner, { sip_password: `sip-${i}`, webhook_url: "https://h.example.com" });
  }
  return owners.map((owner) => owner.tenantId);
}

/** Every tenant's sealed values, in every cell, by the key that seals them. */
async function sealedByKey() {
  const keys: Record<string, number> = {};
  for (const d1 of CELLS) {
    const { results } = await d1
      .prepare(
        `SELECT substr(value, 1, 6) AS head, count(*) AS n FROM (
           SELECT sip_password_enc AS value FROM tenants UNION ALL
           SELECT webhook_secret_enc FROM tenants) WHERE value IS NOT NULL GROUP BY head`,
      )
      .all<{ head: string; n: number }>();
    for (const { head, n } of results) keys[head] = (keys[head] ?? 0) + n;
  }
  return keys;
}

/** The values sealed with another key than `kid`. */
const staleValues = async (kid: string) =>
  Object.entries(await sealedByKey()).reduce(
    (n, [head, k]) => (head === `v1.${kid}.` ? n : n + k),
    0,
  );

/** The re-sealed values' activity entries of `tenants`, by tenant and field. */
async function reencryptedEntries(tenants: string[]) {
  const entries: string[] = [];
  for (const d1 of CELLS) {
    const { results } = await d1
      .prepare(
        `SELECT tenant_id || ' ' || changes AS entry FROM activity_logs
         WHERE action = 'secret.reencrypted' AND tenant_id IN (?, ?)`,
      )
      .bind(...tenants)
      .all<{ entry: string }>();
    entries.push(...results.map((r) => r.entry));
  }
  return entries.sort();
}

async function startRotation(harness: Harness, kid: string, token: string) {
  const started = await harness.request(ROTATION, { method: "POST", token, body: { limit: 1 } });
  expect(started.status).toBe(202);
  expect(started.headers.get("Location")).toBe(ROTATION);
  expect(started.body.key).toBe(kid);
  return started.body;
}

/** The latest rotation, which is to `kid`. */
const rotationOf = async (harness: Harness, kid: string, token: string) => {
  const { body } = await harness.request(ROTATION, { token });
  expect(body.key).toBe(kid);
  return body;
};

describe("key rotation as a job", () => {
  it("answers 404 before any rotation, and only to platform admins", async () => {
    const admin = await createPlatformAdmin();
    const owner = await signup();
    const harness = createMoveHarness();
    expect((await harness.request(ROTATION, { token: admin.token })).status).toBe(404);
    expect((await harness.request(ROTATION, { token: owner.token })).status).toBe(403);
    const refused = await harness.request(ROTATION, {
      method: "POST",
      token: owner.token,
      body: { limit: 1 },
    });
    expect(refused.status).toBe(403);
    expect(harness.queue).toHaveLength(0);
  });

  it("re-seals every cell a bounded step at a time, then completes on a count of none left", async () => {
    const admin = await createPlatformAdmin();
    const tenants = await tenantsWithSecrets();
    const { kid, harness } = newKey();
    const started = await startRotation(harness, kid, admin.token);
    expect(started).toMatchObject({ key: kid, status: "pending", stage: "reseal", batch: 1 });

    const stale = await staleValues(kid);
    // One value a step, and the recount.
    expect(await harness.drain()).toBeGreaterThanOrEqual(stale + 1);

    expect(await rotationOf(harness, kid, admin.token)).toMatchObject({
      status: "completed",
      stage: "done",
      reencrypted: stale,
      unreadable: 0,
      remaining: 0,
      last_error: null,
    });
    expect(await staleValues(kid)).toBe(0);
    // Each of the four values of these tenants re-sealed, and logged, once.
    expect(await reencryptedEntries(tenants)).toHaveLength(4);
  });

  it("fails on a step that keeps failing, and resumes where it stopped", async () => {
    const admin = await createPlatformAdmin();
    const tenants = await tenantsWithSecrets();
    const { kid, harness } = newKey();
    await startRotation(harness, kid, admin.token);
    // The first value re-sealed; then every re-sealing write of the cell fails.
    expect(await harness.step()).toBe(true);
    const fault = failOn(/^d1: update "tenants" set "(sip_password|webhook_secret)_enc"/, {
      always: true,
    });
    harness.faults.push(fault);
    await harness.drain();

    // Tried once and retried five times (the queue's max_retries), then failed.
    expect(fault.fired).toBe(6);
    const failed = await rotationOf(harness, kid, admin.token);
    expect(failed).toMatchObject({ status: "failed", stage: "reseal", reencrypted: 1 });
    expect(failed.last_error).toMatch(/injected fault/);
    expect((await sealedByKey())[`v1.${kid}.`]).toBe(1);

    harness.faults.length = 0;
    const resumed = await startRotation(harness, kid, admin.token);
    expect(resumed).toMatchObject({ status: "running", attempts: 0, reencrypted: 1 });
    await harness.drain();
    expect(await rotationOf(harness, kid, admin.token)).toMatchObject({
      status: "completed",
      remaining: 0,
    });
    expect(await staleValues(kid)).toBe(0);
    expect(await reencryptedEntries(tenants)).toHaveLength(4);
  });

  it("a lost step is sent again by the stall sweep, once the rotation recorded nothing for a while", async () => {
    const admin = await createPlatformAdmin();
    await tenantsWithSecrets();
    const { kid, harness } = newKey();
    await startRotation(harness, kid, admin.token);
    await harness.step();
    // The next step's message is lost.
    expect(harness.queue.splice(0)).toHaveLength(1);
    await harness.drain();
    expect(await rotationOf(harness, kid, admin.token)).toMatchObject({ status: "running" });

    // Not yet stalled: the sweep leaves a rotation that recorded a step a moment ago.
    expect(await resendStalledRotations(harness.env, new Date())).toBe(0);
    const later = new Date(Date.now() + 11 * 60_000);
    expect(await resendStalledRotations(harness.env, later)).toBe(1);
    await harness.drain();
    expect(await rotationOf(harness, kid, admin.token)).toMatchObject({
      status: "completed",
      remaining: 0,
    });
    expect(await staleValues(kid)).toBe(0);
  });

  it("a step delivered twice, even at once, re-seals and logs each value once", async () => {
    const admin = await createPlatformAdmin();
    const tenants = await tenantsWithSecrets();
    const { kid, harness } = newKey();
    await startRotation(harness, kid, admin.token);
    const stale = await staleValues(kid);
    let delivered = 0;
    // Every message twice, as Queues may: at once, then once more after.
    for (let next = harness.queue.shift(); next; next = harness.queue.shift()) {
      if (++delivered > 200) throw new Error("the rotation's queue did not drain");
      await Promise.all([harness.deliver(next), harness.deliver({ ...next })]);
      await harness.deliver({ ...next });
    }
    const rotation = await rotationOf(harness, kid, admin.token);
    expect(rotation).toMatchObject({ status: "completed", remaining: 0 });
    expect(await staleValues(kid)).toBe(0);
    expect(await reencryptedEntries(tenants)).toHaveLength(4);
    // No value counted twice (a duplicate running beside its step may re-seal one it does not
    // get to record; the count is of the recorded steps').
    expect(rotation.reencrypted).toBeGreaterThan(0);
    expect(rotation.reencrypted).toBeLessThanOrEqual(stale);
  });

  it("a rotation whose key is no longer the ring's current one fails at once", async () => {
    const admin = await createPlatformAdmin();
    await tenantsWithSecrets();
    const { kid, harness } = newKey();
    await startRotation(harness, kid, admin.token);
    // The ring changed before its first step: the key before is current again.
    harness.env.ENCRYPTION_KEYS = ring.slice(ring.indexOf(",") + 1);
    await harness.drain();
    const failed = await rotationOf(harness, kid, admin.token);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, reencrypted: 0 });
    expect(failed.last_error).toMatch(`the current key is k${keys - 1}, not ${kid}`);
  });
});
