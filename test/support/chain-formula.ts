import { canonicalJson, chainedView } from "../../src/audit/chain";

/**
 * An entry's hash by the formula the README documents, SHA-256 over `<previous hash>\n<canonical
 * JSON>`, composed here apart from the chain's own `entryHash`: a slip in how the chain links
 * entries gives hashes this does not.
 */
export async function documentedHash(previous: string, entry: Record<string, unknown>) {
  const text = `${previous}\n${canonicalJson(chainedView(entry))}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
