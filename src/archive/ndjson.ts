import { toHex } from "../lib/hex";

/** An archive part's object: one JSON value a line, gzipped, and the SHA-256 of those bytes. */
export type EncodedPart = { body: Uint8Array; sha256: string };

/**
 * `items` as gzipped NDJSON. The same items give the same bytes (the gzip header carries no
 * time), so two runs writing one part write one object.
 */
export async function encodePart(items: unknown[]): Promise<EncodedPart> {
  const text = items.map((item) => `${JSON.stringify(item)}\n`).join("");
  const gzipped = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  const body = new Uint8Array(await new Response(gzipped).arrayBuffer());
  return { body, sha256: await sha256Of(body) };
}

export const sha256Of = async (bytes: Uint8Array) =>
  toHex(await crypto.subtle.digest("SHA-256", bytes));

/** A part's NDJSON text, decompressed as it streams. */
export const decodePart = (body: ReadableStream<Uint8Array>) =>
  body.pipeThrough(new DecompressionStream("gzip"));
