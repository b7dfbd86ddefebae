import * as z from "zod";
import { Timestamp } from "../openapi/common";
import { CHAIN_BREAK_REASONS, type ChainBreakReason } from "./chain";

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const AuditCheckpoint = z
  .object({
    tenant_id: z.string(),
    seq: z.number().int().describe("The chain is sealed through this seq"),
    head_hash: Hash.describe("The hash of the entry at `seq`"),
    sealed_at: Timestamp,
    signature: z
      .string()
      .describe(
        "Ed25519 over the canonical JSON of {tenant_id, seq, head_hash, sealed_at}, base64url",
      ),
    key_id: z.string().describe("The `kid` of the key at GET /v1/audit/public-key"),
  })
  .meta({ id: "AuditCheckpoint" });

/** The reasons a chain breaks, each with what it means, as the documents list them. */
export const breakReasons = () =>
  Object.entries(CHAIN_BREAK_REASONS)
    .map(([reason, meaning]) => `\`${reason}\`: ${meaning}`)
    .join("; ");

export const AuditVerification = z
  .object({
    status: z.enum(["ok", "broken"]),
    verified_through_seq: z.number().int().describe("Every entry up to this seq holds"),
    head_hash: Hash.describe("The hash at `verified_through_seq` (64 zeros before the first)"),
    checkpoint: AuditCheckpoint.nullable().describe("The latest signed checkpoint, from R2"),
    unsealed: z.number().int().describe("Entries not yet hashed: the newest, within a minute"),
    first_break: z
      .object({
        seq: z.number().int(),
        id: z.string().nullable().describe("The entry found at `seq`; null when none is"),
        reason: z
          .enum(Object.keys(CHAIN_BREAK_REASONS) as [ChainBreakReason, ...ChainBreakReason[]])
          .describe(breakReasons()),
      })
      .nullable(),
    next_cursor: z.string().nullable().describe("Continues the walk; null once it is done"),
  })
  .meta({ id: "AuditVerification" });

export const AuditPublicKey = z
  .object({
    kty: z.literal("OKP"),
    crv: z.literal("Ed25519"),
    x: z.string(),
    alg: z.literal("EdDSA"),
    use: z.literal("sig"),
    kid: z.string(),
  })
  .meta({ id: "AuditPublicKey" });
