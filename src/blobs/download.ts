import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { ifNoneMatchMatches } from "../lib/entity-tags";

export type BlobMeta = { size: number; contentType: string; sha256: string; filename?: string };

type ByteRange = { offset: number; length: number };

/**
 * The single byte range a `Range` header asks for, resolved against `size`; null to send the
 * whole object (no header, or a form this API does not serve, such as several ranges).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [, first, last] = match as [string, string, string];
  const unsatisfiable = () =>
    new ApiError(416, "range_not_satisfiable", `The object is ${size} bytes long`, {
      "Content-Range": `bytes */${size}`,
    });
  if (first === "") {
    // A suffix: the last N bytes.
    const length = Math.min(Number(last), size);
    if (length === 0) throw unsatisfiable();
    return { offset: size - length, length };
  }
  const offset = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (offset >= size || end < offset) throw unsatisfiable();
  return { offset, length: end - offset + 1 };
}

const attachment = (filename: string) =>
  `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`;

/**
 * Streams an object back from R2, whole or the one range asked for (206); 304 without reading it
 * when `If-None-Match` names the stored checksum, which comes before `Range` (RFC 9110 §13.2.2).
 * Metadata whose object is missing answers 404. `beforeServing` runs once the answer is known
 * to be a success (200, 206 or 304) and before anything of it is sent; if it fails, so does the
 * download.
 */
export async function blobResponse(
  c: Context<AppEnv>,
  key: string,
  meta: BlobMeta,
  what: string,
  beforeServing?: () => Promise<unknown>,
): Promise<Response> {
  const etag = `"${meta.sha256}"`;
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, etag)) {
    await beforeServing?.();
    return c.body(null, 304, { ETag: etag });
  }
  const range = parseRange(c.req.header("Range"), meta.size);
  const object = await c.get("blobs").get(key, range ? { range } : {});
  if (!object) throw notFound(what);
  if (beforeServing) {
    try {
      await beforeServing();
    } catch (error) {
      await object.body.cancel();
      throw error;
    }
  }
  const headers: Record<string, string> = {
    "Content-Type": meta.contentType,
    "Content-Length": String(range ? range.length : meta.size),
    "Accept-Ranges": "bytes",
    ETag: etag,
    ...(meta.filename && { "Content-Disposition": attachment(meta.filename) }),
    ...(range && {
      "Content-Range": `bytes ${range.offset}-${range.offset + range.length - 1}/${meta.size}`,
    }),
  };
  return c.body(object.body, range ? 206 : 200, headers);
}
