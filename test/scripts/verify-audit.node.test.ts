/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { generateKeyPairSync, sign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { CHAIN_BREAK_REASONS, claimBytes, GENESIS_HASH } from "../../src/audit/chain";
import { documentedHash } from "../support/chain-formula";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NODE = join(PROJECT_ROOT, "node_modules/.bin/node");
const scratch = mkdtempSync(join(tmpdir(), "verify-audit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const publicJwk = publicKey.export({ format: "jwk" });

const TENANT = "01a2425c-97de-7000-aca4-dec3cbbfd79a";
const OTHER_TENANT = "01a2425c-97de-7000-aca4-0123456789ab";

type Entry = Record<string, unknown>;

/** The tenant's entries 1…count, as the API exports them, without their hashes yet. */
function entriesOf(tenantId: string, count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    id: `entry-${tenantId.slice(-4)}-${i + 1}`,
    tenant_id: tenantId,
    actor_type: "user",
    actor_id: tenantId,
    actor_name: null,
    action: "tenant.updated",
    target_type: "tenant",
    target_id: tenantId,
    changes: { name: { from: `n${i}`, to: `n${i + 1}` } },
    accessed: null,
    request_id: `request-${i + 1}`,
    ip: "198.51.100.7",
    user_agent: "curl/8",
    created_at: new Date(Date.UTC(2026, 0, 1, 0, i + 1)).toISOString(),
  }));
}

/** Each entry hashed onto the one before, by the documented formula: as a forger can too. */
async function chained(entries: Entry[]) {
  let previous = GENESIS_HASH;
  for (const entry of entries) {
    previous = await documentedHash(previous, entry);
    entry.hash = previous;
  }
  return entries;
}

/** A checkpoint signed by the key the verifier is given. */
function signed(tenantId: string, seq: number, headHash: string) {
  const claim = {
    tenant_id: tenantId,
    seq,
    head_hash: headHash,
    sealed_at: "2026-02-01T00:00:00.000Z",
  };
  const signature = sign(null, claimBytes(claim), privateKey).toString("base64url");
  return { ...claim, signature, key_id: "test" };
}

/**
 * An export as the API writes one: the tenant, its entries archived (the first three) and live,
 * each hashed, and the checkpoint signed at export time over its last entry (or `anchoredAt`).
 */
async function exportDocument(
  count: number,
  options: { tenantId?: string; anchoredAt?: number } = {},
) {
  const tenantId = options.tenantId ?? TENANT;
  const entries = await chained(entriesOf(tenantId, count));
  const anchor = options.anchoredAt ?? count;
  const head = anchor === 0 ? GENESIS_HASH : (entries[anchor - 1]?.hash as string);
  return {
    format: "tenant-export/1",
    tenant: { id: tenantId, name: "Acme" } as Entry,
    tables: { activity_logs: entries.slice(3) },
    archived: { activity_logs: entries.slice(0, 3) },
    audit_checkpoint: signed(tenantId, anchor, head) as Entry | null,
  };
}

type Exported = Awaited<ReturnType<typeof exportDocument>>;
const allEntries = (document: Exported) => [
  ...document.archived.activity_logs,
  ...document.tables.activity_logs,
];

function verify(document: unknown, ...flags: string[]) {
  const file = join(scratch, `export-${Math.random()}.json`);
  const keyFile = join(scratch, "public-key.json");
  writeFileSync(file, JSON.stringify(document));
  writeFileSync(keyFile, JSON.stringify(publicJwk));
  const run = spawnSync(
    NODE,
    ["scripts/verify-audit.mjs", file, "--public-key", keyFile, ...flags],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  return { code: run.status, report: JSON.parse(run.stdout || "{}"), stderr: run.stderr };
}

/** The verifier's answer for an export whose entry 5 was edited by `edit`. */
async function malformed(edit: (entry: Entry) => void) {
  const document = await exportDocument(8);
  edit(document.tables.activity_logs[1] as Entry);
  return verify(document);
}

const MALFORMED_AT_FIVE = {
  code: 1,
  report: { verified_through_seq: 4, first_break: { seq: 5, reason: "malformed" } },
};

// Each check starts the verifier in its own Node process: seconds on a loaded machine.
describe("npm run verify-audit", { timeout: 30_000 }, () => {
  it("accepts an untouched export, archived entries and all", async () => {
    const result = verify(await exportDocument(8));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.report).toMatchObject({
      status: "ok",
      tenant_id: TENANT,
      entries: 8,
      verified_through_seq: 8,
      first_break: null,
    });
  });

  it("recomputes each hash over the previous one: a chain hashed another way is refused", async () => {
    const document = await exportDocument(4);
    const [first, second] = allEntries(document) as [Entry, Entry];
    // Entry 2's hash as it would be without entry 1's: the link between them lost.
    second.hash = await documentedHash(GENESIS_HASH, second);
    expect(first.hash).not.toBe(GENESIS_HASH);
    expect(verify(document)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 1, first_break: { seq: 2, reason: "hash_mismatch" } },
    });
  });

  it("rejects an edited entry, a removed one, a truncated tail and a forged checkpoint", async () => {
    const edited = await exportDocument(8);
    (edited.tables.activity_logs[1] as Entry).actor_id = "someone else";
    expect(verify(edited)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 4, first_break: { seq: 5, reason: "hash_mismatch" } },
    });

    const removed = await exportDocument(8);
    removed.archived.activity_logs.splice(1, 1);
    expect(verify(removed)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 1, first_break: { seq: 2, reason: "missing" } },
    });

    const truncated = await exportDocument(8);
    truncated.tables.activity_logs.pop();
    expect(verify(truncated)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 7, first_break: { seq: 8, reason: "truncated" } },
    });

    // The API's own reason for a checkpoint its key did not sign.
    const forged = await exportDocument(8);
    (forged.audit_checkpoint as Entry).seq = 7;
    expect(verify(forged)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 0, first_break: { seq: 7, reason: "checkpoint_mismatch" } },
    });
  });

  it("refuses an export without its checkpoint, whose entries were edited and rehashed", async () => {
    const document = await exportDocument(8);
    (document.tables.activity_logs[1] as Entry).actor_id = "someone else";
    await chained(allEntries(document));
    document.audit_checkpoint = null;
    expect(verify(document)).toMatchObject({
      code: 1,
      report: { status: "broken", verified_through_seq: 0, first_break: { reason: "unanchored" } },
    });

    const { audit_checkpoint: _, ...withoutField } = await exportDocument(8);
    expect(verify(withoutField)).toMatchObject({
      code: 1,
      report: { first_break: { reason: "unanchored" } },
    });
  });

  it("refuses entries removed and the rest renumbered and rehashed, checkpoint or none", async () => {
    const renumbered = async () => {
      const document = await exportDocument(8);
      document.archived.activity_logs.splice(1, 1);
      allEntries(document).forEach((entry, i) => {
        entry.seq = i + 1;
      });
      await chained(allEntries(document));
      return document;
    };
    const unanchored = await renumbered();
    unanchored.audit_checkpoint = null;
    expect(verify(unanchored)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 0, first_break: { seq: 1, reason: "unanchored" } },
    });
    // With the genuine checkpoint kept, the entries it vouches for are gone.
    expect(verify(await renumbered())).toMatchObject({
      code: 1,
      report: { verified_through_seq: 7, first_break: { seq: 8, reason: "truncated" } },
    });
  });

  it("refuses entries past the checkpoint, rewritten and rehashed", async () => {
    // An export anchored at 6 whose entries 7 and 8 were rewritten (or added) after it.
    const document = await exportDocument(8, { anchoredAt: 6 });
    (document.tables.activity_logs[4] as Entry).actor_id = "someone else";
    await chained(allEntries(document));
    expect(verify(document)).toMatchObject({
      code: 1,
      report: {
        status: "broken",
        verified_through_seq: 6,
        first_break: { seq: 7, reason: "unanchored" },
      },
    });

    // An entry past it left unhashed is no more covered.
    const unhashed = await exportDocument(8, { anchoredAt: 7 });
    (unhashed.tables.activity_logs[4] as Entry).hash = null;
    expect(verify(unhashed)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 7, first_break: { seq: 8, reason: "unanchored" } },
    });
  });

  it("refuses another tenant's genuine export presented as this tenant's", async () => {
    const theirs = await exportDocument(8, { tenantId: OTHER_TENANT });
    expect(verify(theirs).code).toBe(0);
    expect(verify(theirs, "--tenant", TENANT)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 0, first_break: { reason: "tenant_mismatch" } },
    });
    // Its tenant renamed in the document: the signed checkpoint still names the other one.
    theirs.tenant.id = TENANT;
    expect(verify(theirs)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 0, first_break: { reason: "tenant_mismatch" } },
    });
    expect(verify(theirs, "--tenant", TENANT)).toMatchObject({
      code: 1,
      report: { first_break: { reason: "tenant_mismatch" } },
    });
  });

  it("refuses an entry whose seq is a string, past the checkpoint or within it", async () => {
    const appended = await exportDocument(8);
    const ninth = (await chained(entriesOf(TENANT, 9)))[8] as Entry;
    appended.tables.activity_logs.push({ ...ninth, seq: "9" });
    expect(verify(appended)).toMatchObject({
      code: 1,
      report: { verified_through_seq: 8, first_break: { seq: 9, reason: "malformed" } },
    });
    expect(
      await malformed((entry) => {
        entry.seq = "5";
      }),
    ).toMatchObject(MALFORMED_AT_FIVE);
  });

  it("refuses an entry with a field missing or of the wrong type", async () => {
    expect(
      await malformed((entry) => {
        delete entry.action;
      }),
    ).toMatchObject(MALFORMED_AT_FIVE);
    expect(
      await malformed((entry) => {
        entry.changes = "renamed";
      }),
    ).toMatchObject(MALFORMED_AT_FIVE);
  });

  it("refuses an entry whose seq is not a positive integer", async () => {
    for (const seq of [0, 4.5, true]) {
      const result = await malformed((entry) => {
        entry.seq = seq;
      });
      expect(result.code).toBe(1);
      expect(result.report.first_break.reason).toBe("malformed");
    }
  });

  it("checks the sealing's checkpoint it carries: a chain rewritten before the export breaks there", async () => {
    const genuine = await exportDocument(8);
    const sealedHash = allEntries(genuine)[4]?.hash as string;
    const withSealed = { ...genuine, audit_sealed_checkpoint: signed(TENANT, 5, sealedHash) };
    expect(verify(withSealed)).toMatchObject({ code: 0, report: { status: "ok" } });

    // Entry 2 rewritten and the chain rehashed in the database; the export signs what it found.
    const rewritten = await exportDocument(8);
    (rewritten.archived.activity_logs[1] as Entry).actor_id = "someone else";
    const entries = await chained(allEntries(rewritten));
    rewritten.audit_checkpoint = signed(TENANT, 8, entries[7]?.hash as string);
    expect(verify(rewritten).code).toBe(0);
    expect(
      verify({ ...rewritten, audit_sealed_checkpoint: signed(TENANT, 5, sealedHash) }),
    ).toMatchObject({
      code: 1,
      report: { verified_through_seq: 4, first_break: { seq: 5, reason: "checkpoint_mismatch" } },
    });

    // Not signed, or another tenant's: refused as the export's own would be.
    const unsigned = { ...signed(TENANT, 5, sealedHash), signature: "" };
    expect(verify({ ...genuine, audit_sealed_checkpoint: unsigned })).toMatchObject({
      code: 1,
      report: { first_break: { seq: 5, reason: "checkpoint_mismatch" } },
    });
    const theirs = signed(OTHER_TENANT, 5, sealedHash);
    expect(verify({ ...genuine, audit_sealed_checkpoint: theirs })).toMatchObject({
      code: 1,
      report: { first_break: { reason: "tenant_mismatch" } },
    });
  });

  it("documents the one list of reasons: each in the README with its meaning, and in docs/api.md", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    const api = readFileSync(join(PROJECT_ROOT, "docs/api.md"), "utf8");
    for (const [reason, meaning] of Object.entries(CHAIN_BREAK_REASONS)) {
      const escaped = meaning.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // A row of the README's table, however wide its columns are padded.
      expect(readme).toMatch(new RegExp(`\\| \`${reason}\` +\\| ${escaped} +\\|`));
      expect(api).toContain(`\`${reason}\``);
    }
  });
});
