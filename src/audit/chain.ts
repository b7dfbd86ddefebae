/**
 * The audit chain, the same in the Worker and offline (scripts/verify-audit.mjs runs this file):
 * no imports, WebCrypto only.
 *
 * An entry's hash is SHA-256, as 64 lowercase hex digits, over the UTF-8 bytes of
 *
 *     <previous entry's hash> "\n" <the entry's canonical JSON>
 *
 * where the first entry's previous hash is 64 zeros ("0" × 64). The canonical JSON is the entry's
 * CHAINED_FIELDS, all of them (absent ones as null), and the OPTIONAL_CHAINED_FIELDS that are set
 * (not null), as one JSON object with its keys, and every
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

/**
 * Fields added to entries after the chain began: covered when set, left out when null, so every
 * entry written before them hashes as it did.
 */
export const OPTIONAL_CHAINED_FIELDS = ["actor_tenant_id"] as const;

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
  const optional = OPTIONAL_CHAINED_FIELDS.filter(
    (field) => entry[field] !== null && entry[field] !== undefined,
  );
  return Object.fromEntries([
    ...CHAINED_FIELDS.map((field) => [field, entry[field] ?? null]),
    ...optional.map((field) => [field, entry[field]]),
  ]) as ChainedEntry;
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

/**
 * Why a chain is broken: the one list, answered by `GET …/activity-logs/verify` and printed by
 * `npm run verify-audit` alike (the README and docs/api.md say the same).
 */
export const CHAIN_BREAK_REASONS = {
  missing: "an entry removed: no entry has this seq, though later ones do",
  hash_mismatch:
    "an entry edited or moved: its hash is not what its content and the hash before it give",
  out_of_order: "an entry whose seq repeats one before it",
  truncated: "the tail removed: the checkpoint vouches for entries that are gone or unhashed",
  checkpoint_mismatch:
    "the checkpoint is not signed by the key, or names a hash the entries do not give",
  tenant_mismatch: "the checkpoint, or an entry, is another tenant's",
  malformed:
    "not an entry: its seq not a positive integer, or a field missing or of the wrong type",
  unanchored:
    "an export's entry no signed checkpoint covers: the export without its checkpoint, or an " +
    "entry after the one its checkpoint names",
} as const;

export type ChainBreakReason = keyof typeof CHAIN_BREAK_REASONS;

/** Where a chain breaks: at `seq`, the entry `id` (if there is one), and why. */
export type ChainBreak = { seq: number; id: string | null; reason: ChainBreakReason };

const isString = (value: unknown) => typeof value === "string";
const isNullableString = (value: unknown) => value === null || typeof value === "string";
const HASH = /^[0-9a-f]{64}$/;

/** What each field of an entry must be (the activity log's columns, in API names). */
const ENTRY_FIELDS: Record<(typeof CHAINED_FIELDS)[number] | "hash", (value: unknown) => boolean> =
  {
    seq: (value) => Number.isInteger(value) && (value as number) > 0,
    id: isString,
    tenant_id: isString,
    actor_type: isString,
    actor_id: isString,
    actor_name: isNullableString,
    action: isString,
    target_type: isString,
    target_id: isString,
    changes: (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    accessed: (value) => value === null || (Array.isArray(value) && value.every(isString)),
    request_id: isString,
    ip: isNullableString,
    user_agent: isNullableString,
    created_at: isString,
    // Null until sealed.
    hash: (value) => value === null || (typeof value === "string" && HASH.test(value)),
  };

/** Whether `entry` is an entry of the chain: every field there, each of its type. */
export const wellFormed = (entry: Record<string, unknown>) =>
  Object.entries(ENTRY_FIELDS).every(([field, valid]) => field in entry && valid(entry[field]));

/** Entries archived before the chain began carry no seq: they stand outside it. */
const inChain = (entry: Record<string, unknown>) => entry.seq !== null && entry.seq !== undefined;

/** Where an entry sorts in the chain: its seq, read as a number; 0 (first) when it is none. */
function placeOf(entry: Record<string, unknown>) {
  const seq = typeof entry.seq === "string" ? Number(entry.seq) : entry.seq;
  return Number.isInteger(seq) && (seq as number) > 0 ? (seq as number) : 0;
}

/**
 * The entries of the chain among `rows`, in `seq` order, from `fromSeq` on: those whose seq is
 * not a number come first, for the walk to report them malformed, not to skip them.
 */
export function chainOrder(rows: Record<string, unknown>[], fromSeq = 1) {
  return rows
    .filter((row) => inChain(row) && (placeOf(row) === 0 || placeOf(row) >= fromSeq))
    .sort((a, b) => placeOf(a) - placeOf(b));
}

/** Whether `value` has a checkpoint's fields, each of its type. */
function isCheckpoint(value: unknown): value is Checkpoint {
  if (typeof value !== "object" || value === null) return false;
  const claim = value as Record<string, unknown>;
  return (
    isString(claim.tenant_id) &&
    Number.isInteger(claim.seq) &&
    (claim.seq as number) >= 0 &&
    isString(claim.head_hash) &&
    HASH.test(claim.head_hash as string) &&
    isString(claim.sealed_at) &&
    isString(claim.signature) &&
    isString(claim.key_id)
  );
}

/**
 * Why `checkpoint` cannot anchor `tenantId`'s chain, or null when it can: it must be one, signed
 * by `publicKey`, and name that tenant.
 */
export async function checkpointRefusal(
  checkpoint: unknown,
  publicKey: JsonWebKey,
  tenantId: string,
): Promise<ChainBreak | null> {
  // Where it breaks: the seq it claims, whatever else is wrong with it; 0 when it claims none.
  const claimed = (checkpoint as { seq?: unknown } | null)?.seq;
  const seq = Number.isInteger(claimed) && (claimed as number) >= 0 ? (claimed as number) : 0;
  let signed = false;
  try {
    signed = isCheckpoint(checkpoint) && (await checkpointSigned(checkpoint, publicKey));
  } catch {
    // A signature that is not base64url, or a key that is not Ed25519: not signed.
  }
  if (!signed) return { seq, id: null, reason: "checkpoint_mismatch" };
  if ((checkpoint as Checkpoint).tenant_id !== tenantId)
    return { seq, id: null, reason: "tenant_mismatch" };
  return null;
}

/** Where a walk of the chain stands: the next seq expected and the hash before it. */
export type ChainPosition = { nextSeq: number; previousHash: string };

export const chainStart = (): ChainPosition => ({ nextSeq: 1, previousHash: GENESIS_HASH });

/** What a walk checks entries against. */
export type WalkAgainst = {
  /** Every entry must be this tenant's. */
  tenantId: string;
  /** A checkpoint already found signed: the entry at its seq must have its hash. */
  checkpoint?: CheckpointClaim | null;
  /** An export's: the sealing's latest checkpoint it carries, found signed; the same holds. */
  sealed?: CheckpointClaim | null;
  /** An export's: entries after the checkpoint's seq are not covered, and refused. */
  anchored?: boolean;
};

/**
 * Walks `entries` (in `chainOrder`, the stored `hash` of each, null while unsealed) from
 * `position`: every entry must be well formed and the tenant's and follow the one before it, every
 * sealed one carry the hash its content gives, and the one the checkpoint names the checkpoint's
 * hash. The first unsealed entry ends the walk (the tail still to be sealed).
 */
export async function walkChain(
  position: ChainPosition,
  entries: Record<string, unknown>[],
  { tenantId, checkpoint, sealed, anchored = false }: WalkAgainst,
): Promise<{ position: ChainPosition; broken: ChainBreak | null; unsealed: number }> {
  let { nextSeq, previousHash } = position;
  for (const [i, entry] of entries.entries()) {
    const id = typeof entry.id === "string" ? entry.id : null;
    const here = { nextSeq, previousHash };
    const stop = (breakAt: ChainBreak) => ({ position: here, broken: breakAt, unsealed: 0 });
    if (!wellFormed(entry)) return stop({ seq: nextSeq, id, reason: "malformed" });
    const seq = entry.seq as number;
    if (entry.tenant_id !== tenantId) return stop({ seq, id, reason: "tenant_mismatch" });
    if (anchored && (!checkpoint || seq > checkpoint.seq))
      return stop({ seq, id, reason: "unanchored" });
    // Sealed or not, an entry follows the one before it: a gap before the tail is a removal.
    if (seq > nextSeq) return stop({ seq: nextSeq, id: null, reason: "missing" });
    if (seq < nextSeq) return stop({ seq, id, reason: "out_of_order" });
    if (entry.hash === null) {
      return { position: here, broken: null, unsealed: entries.length - i };
    }
    const expected = await entryHash(previousHash, entry);
    if (expected !== entry.hash) return stop({ seq, id, reason: "hash_mismatch" });
    // What a signed checkpoint says of this seq must be what the entries give.
    for (const claim of [checkpoint, sealed]) {
      if (claim?.seq === seq && claim.head_hash !== expected)
        return stop({ seq, id, reason: "checkpoint_mismatch" });
    }
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

/** What the offline verifier finds of an export's chain. */
export type AnchoredVerification = {
  status: "ok" | "broken";
  verified_through_seq: number;
  head_hash: string;
  first_break: ChainBreak | null;
};

/**
 * An export's chain, whole, against the checkpoint the export was signed with: that checkpoint
 * must be signed by `publicKey`, name `tenantId`, and cover the export's last entry; every entry
 * up to it must hold. `entries` are an export's, archived and live, in any order. `sealed`, the
 * sealing's latest checkpoint the export carries (null before the first sealing), must agree too:
 * a chain rewritten in the database before the export was taken breaks at it, as in the API.
 */
export async function verifyAnchored(
  entries: Record<string, unknown>[],
  checkpoint: unknown,
  publicKey: JsonWebKey,
  tenantId: string,
  sealed: unknown = null,
): Promise<AnchoredVerification> {
  const unverified = (firstBreak: ChainBreak): AnchoredVerification => ({
    status: "broken",
    verified_through_seq: 0,
    head_hash: GENESIS_HASH,
    first_break: firstBreak,
  });
  // Without its signed checkpoint an export proves nothing: anyone can rehash a chain.
  if (checkpoint === null || checkpoint === undefined)
    return unverified({ seq: 1, id: null, reason: "unanchored" });
  const refused =
    (await checkpointRefusal(checkpoint, publicKey, tenantId)) ??
    (sealed === null ? null : await checkpointRefusal(sealed, publicKey, tenantId));
  if (refused) return unverified(refused);
  const anchor = checkpoint as Checkpoint;
  const sealedClaim = sealed as Checkpoint | null;
  const walked = await walkChain(chainStart(), chainOrder(entries), {
    tenantId,
    checkpoint: anchor,
    sealed: sealedClaim,
    anchored: true,
  });
  const broken =
    walked.broken ??
    truncation(walked.position, anchor) ??
    truncation(walked.position, sealedClaim);
  return {
    status: broken ? "broken" : "ok",
    verified_through_seq: walked.position.nextSeq - 1,
    head_hash: walked.position.previousHash,
    first_break: broken,
  };
}
