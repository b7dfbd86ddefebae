import { toBase64Url } from "../lib/base64";
import { oncePerKey } from "../lib/once";
import { type Checkpoint, type CheckpointClaim, claimBytes } from "./chain";

/**
 * `AUDIT_SIGNING_KEY`: an Ed25519 key as `<x>.<d>`, the public and private halves base64url (as
 * in its JWK), which `npm start` generates and `npm run provision` sets.
 */
function halvesOf(secret: string) {
  const [x, d] = secret.split(".");
  if (!x || !d) throw new Error("AUDIT_SIGNING_KEY is not <x>.<d>");
  return { x, d };
}

/** The public key, as published at `GET /v1/audit/public-key`, with its id. */
export const auditPublicKey = oncePerKey(async (secret: string) => {
  const { x } = halvesOf(secret);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(x));
  const kid = toBase64Url(new Uint8Array(digest)).slice(0, 16);
  return { kty: "OKP", crv: "Ed25519", x, alg: "EdDSA", use: "sig", kid };
});

const signingKey = oncePerKey((secret: string) => {
  const { x, d } = halvesOf(secret);
  return crypto.subtle.importKey(
    "jwk",
    { kty: "OKP", crv: "Ed25519", x, d },
    { name: "Ed25519" },
    false,
    ["sign"],
  );
});

/** The claim, signed. */
export async function signCheckpoint(secret: string, claim: CheckpointClaim): Promise<Checkpoint> {
  const signature = await crypto.subtle.sign(
    { name: "Ed25519" },
    await signingKey(secret),
    claimBytes(claim),
  );
  return {
    ...claim,
    signature: toBase64Url(new Uint8Array(signature)),
    key_id: (await auditPublicKey(secret)).kid,
  };
}
