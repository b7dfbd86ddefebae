/**
 * The audit chain, the same in the Worker and offline (scripts/verify-audit.mjs runs this file):
 * no imports, WebCrypto only.
 *
 * An entry's hash is SHA-256, as 64 lowercase hex digits, over the UTF-8 bytes of
 *
 *     <previous entry's hash> "\n" <the entry's canonical JSON>
 *
 * where the first entry's previous hash is 64 zeros ("0" × 64). The canonical JSON is the entry's
 * CHAINED_FIELDS, all of them (absent ones as null), as one JSON object with its keys, and every
 * nested object's keys, in ascending order of their UTF-16 code units, no whitespace, strings
 * escaped as JSON.stringify escapes them, numbers as JSON.stringify writes them.
 */

/** What of an entry the chain covers: everything it says, in API (snake_case) names. */
export const CHAINED_FIELDS = [
  "seq",
  "id",
  "tenant_id",
  "actor_type",
  "actor_id",
  "actor_name",
  "action",
  "target_type",
  "target_id",
  "changes",
  "accessed",
  "request_id",
  "ip",
  "user_agent",
  "created_at",
] as const;

export type ChainedEntry = Record<(typeof CHAINED_FIELDS)[number], unknown>;

/** The hash before the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** `value` as JSON with every object's keys sorted, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
}

/** The entry as the chain sees it: exactly the chained fields. */
export function chainedView(entry: Record<string, unknown>): ChainedEntry {
  return Object.fromEntries(
    CHAINED_FIELDS.map((field) => [field, entry[field] ?? null]),
  ) as ChainedEntry;
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

/** The entry's hash, after `previous`. */
export async function entryHash(previous: string, entry: Record<string, unknown>) {
  const text = `${previous}\n${canonicalJson(chainedView(entry))}`;
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/** What a checkpoint says: the chain of `tenant_id` through `seq` ends in `head_hash`. */
export type CheckpointClaim = {
  tenant_id: string;
  seq: number;
  head_hash: string;
  sealed_at: string;
};

/** A checkpoint as stored and published: the claim and its Ed25519 signature (base64url). */
export type Checkpoint = CheckpointClaim & { signature: string; key_id: string };

/** The bytes a checkpoint's signature covers: its claim's canonical JSON. */
export const claimBytes = (claim: CheckpointClaim) =>
  new TextEncoder().encode(
    canonicalJson({
      tenant_id: claim.tenant_id,
      seq: claim.seq,
      head_hash: claim.head_hash,
      sealed_at: claim.sealed_at,
    }),
  );

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

/** Whether `checkpoint` is signed by the public key `jwk` (an Ed25519 JWK, as published). */
export async function checkpointSigned(checkpoint: Checkpoint, jwk: JsonWebKey) {
  const key = await crypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, false, ["verify"]);
  return crypto.subtle.verify(
    { name: "Ed25519" },
    key,
    fromBase64Url(checkpoint.signature),
    claimBytes(checkpoint),
  );
}

/** Where a chain breaks: at `seq`, the entry `id` (if there is one), and why. */
export type ChainBreak = {
  seq: number;
  id: string | null;
  reason: "missing" | "hash_mismatch" | "out_of_order" | "truncated" | "checkpoint_mismatch";
};

/** Where a walk of the chain stands: the next seq expected and the hash before it. */
export type ChainPosition = { nextSeq: number; previousHash: string };

export const chainStart = (): ChainPosition => ({ nextSeq: 1, previousHash: GENESIS_HASH });

/**
 * Walks `entries` (ascending `seq`, the stored `hash` of each, null while unsealed) from
 * `position`: every sealed entry must follow the one before it and carry the hash its content
 * gives, and the one the checkpoint names the checkpoint's hash. Unsealed entries end the walk
 * (they are the tail still to be sealed).
 */
export async function walkChain(
  position: ChainPosition,
  entries: Record<string, unknown>[],
  checkpoint?: CheckpointClaim | null,
): Promise<{ position: ChainPosition; broken: ChainBreak | null; unsealed: number }> {
  let { nextSeq, previousHash } = position;
  for (const [i, entry] of entries.entries()) {
    const seq = Number(entry.seq);
    const id = typeof entry.id === "string" ? entry.id : null;
    if (entry.hash === null || entry.hash === undefined) {
      return { position: { nextSeq, previousHash }, broken: null, unsealed: entries.length - i };
    }
    const here = { nextSeq, previousHash };
    if (seq > nextSeq)
      return { position: here, broken: { seq: nextSeq, id: null, reason: "missing" }, unsealed: 0 };
    if (seq < nextSeq)
      return { position: here, broken: { seq, id, reason: "out_of_order" }, unsealed: 0 };
    const expected = await entryHash(previousHash, entry);
    if (expected !== entry.hash)
      return { position: here, broken: { seq, id, reason: "hash_mismatch" }, unsealed: 0 };
    // What the signed checkpoint says of this seq must be what the entries give.
    if (checkpoint?.seq === seq && checkpoint.head_hash !== expected)
      return { position: here, broken: { seq, id, reason: "checkpoint_mismatch" }, unsealed: 0 };
    previousHash = expected;
    nextSeq = seq + 1;
  }
  return { position: { nextSeq, previousHash }, broken: null, unsealed: 0 };
}

/**
 * The end of a walk against the checkpoint: entries the checkpoint vouches for that the walk did
 * not reach were removed (the tail truncated).
 */
export function truncation(position: ChainPosition, checkpoint: CheckpointClaim | null) {
  return checkpoint && checkpoint.seq >= position.nextSeq
    ? ({ seq: position.nextSeq, id: null, reason: "truncated" } satisfies ChainBreak)
    : null;
}
