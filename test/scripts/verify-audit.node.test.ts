/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { claimBytes, entryHash, GENESIS_HASH } from "../../src/audit/chain";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NODE = join(PROJECT_ROOT, "node_modules/.bin/node");
const scratch = mkdtempSync(join(tmpdir(), "verify-audit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const publicJwk = publicKey.export({ format: "jwk" });

/** An export as the API writes one: entries live and archived, sealed, and its checkpoint. */
async function exportDocument(count: number) {
  const tenantId = "01a2425c-97de-7000-aca4-dec3cbbfd79a";
  const entries: Record<string, unknown>[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const entry: Record<string, unknown> = {
      seq,
      id: `entry-${seq}`,
      tenant_id: tenantId,
      actor_type: "user",
      actor_id: tenantId,
      actor_name: null,
      action: "tenant.updated",
      target_type: "tenant",
      target_id: tenantId,
      changes: { name: { from: `n${seq - 1}`, to: `n${seq}` } },
      accessed: null,
      request_id: `request-${seq}`,
      ip: "198.51.100.7",
      user_agent: "curl/8",
      created_at: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
    };
    previous = await entryHash(previous, entry);
    entries.push({ ...entry, hash: previous });
  }
  const claim = {
    tenant_id: tenantId,
    seq: count,
    head_hash: previous,
    sealed_at: "2026-02-01T00:00:00.000Z",
  };
  const { sign } = await import("node:crypto");
  const signature = sign(null, claimBytes(claim), privateKey).toString("base64url");
  return {
    format: "tenant-export/1",
    tables: { activity_logs: entries.slice(3) },
    archived: { activity_logs: entries.slice(0, 3) },
    audit_checkpoint: { ...claim, signature, key_id: "test" },
  };
}

function verify(document: unknown) {
  const file = join(scratch, `export-${Math.random()}.json`);
  const keyFile = join(scratch, "public-key.json");
  writeFileSync(file, JSON.stringify(document));
  writeFileSync(keyFile, JSON.stringify(publicJwk));
  const run = spawnSync(NODE, ["scripts/verify-audit.mjs", file, "--public-key", keyFile], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  return { code: run.status, report: JSON.parse(run.stdout || "{}"), stderr: run.stderr };
}

describe("npm run verify-audit", () => {
  it("accepts an untouched export, archived entries and all", async () => {
    const result = verify(await exportDocument(8));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.report).toMatchObject({ status: "ok", entries: 8, verified_through_seq: 8 });
  });

  it("rejects an edited entry, a removed one, a truncated tail and a forged checkpoint", async () => {
    const edited = await exportDocument(8);
    (edited.tables.activity_logs[1] as Record<string, unknown>).actor_id = "someone else";
    expect(verify(edited)).toMatchObject({
      code: 1,
      report: { first_break: { seq: 5, reason: "hash_mismatch" } },
    });

    const removed = await exportDocument(8);
    removed.archived.activity_logs.splice(1, 1);
    expect(verify(removed)).toMatchObject({
      code: 1,
      report: { first_break: { seq: 2, reason: "missing" } },
    });

    const truncated = await exportDocument(8);
    truncated.tables.activity_logs.pop();
    expect(verify(truncated)).toMatchObject({
      code: 1,
      report: { first_break: { seq: 8, reason: "truncated" } },
    });

    const forged = await exportDocument(8);
    forged.audit_checkpoint.seq = 7;
    expect(verify(forged).code).toBe(1);
  });
});
