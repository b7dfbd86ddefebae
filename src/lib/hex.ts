/** Bytes as lowercase hex, as SHA-256 digests are shown everywhere in the API. */
export const toHex = (buffer: ArrayBuffer | Uint8Array) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
