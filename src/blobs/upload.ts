import { ApiError, ValidationError } from "../errors";
import { toHex } from "../lib/hex";

/** A body to store: its bytes, how many there are, and what they are. */
export type Upload = { body: ReadableStream<Uint8Array>; length: number; contentType: string };

export type Stored = { size: number; sha256: string };

export const tooLarge = (maxBytes: number) =>
  new ApiError(
    413,
    "payload_too_large",
    `The upload is larger than the limit of ${maxBytes} bytes`,
  );

/**
 * The body's length as declared. R2 stores a stream only when its length is known up front, and
 * the declared length lets a body over the limit be refused before a byte is read, so uploads
 * need `Content-Length` (411 without it).
 */
export function declaredLength(request: Request): number {
  const declared = request.headers.get("Content-Length");
  if (declared === null || !/^\d+$/.test(declared)) {
    throw new ApiError(411, "length_required", "Send the body with a Content-Length header");
  }
  return Number(declared);
}

/** The request's raw body as an upload: at most `maxBytes` (413), and not empty. */
export function rawUpload(request: Request, maxBytes: number, contentType: string): Upload {
  const length = declaredLength(request);
  if (length > maxBytes) throw tooLarge(maxBytes);
  if (length === 0 || !request.body) {
    throw new ValidationError([{ loc: ["body"], msg: "The body is empty", type: "missing" }]);
  }
  return { body: request.body, length, contentType };
}

const uploadTimedOut = () =>
  new ApiError(408, "upload_timeout", "The upload took too long; send it again");

/**
 * Streams the upload into R2 at `key` without buffering it, computing its SHA-256 and counting its
 * bytes on the way. The bytes pass through a FixedLengthStream of the declared length, which R2
 * requires, so a body that ends early or runs long fails the put instead of storing something else.
 * A body still arriving at `deadline` is cut off (408). A failed put leaves whatever was at `key`
 * before untouched.
 */
export async function putStreamed(
  bucket: R2Bucket,
  key: string,
  upload: Upload,
  deadline: Date,
): Promise<Stored> {
  const digest = new crypto.DigestStream("SHA-256");
  const hash = digest.getWriter();
  let size = 0;
  let timedOut = false;
  let cutOff: ReturnType<typeof setTimeout> | undefined;
  const measure = new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      cutOff = setTimeout(() => {
        timedOut = true;
        controller.error(uploadTimedOut());
      }, deadline.getTime() - Date.now());
    },
    async transform(chunk, controller) {
      size += chunk.byteLength;
      // Counted as it arrives: never more than declared, and the declared length is in bounds.
      if (size > upload.length) throw new Error("body longer than declared");
      await hash.write(chunk);
      controller.enqueue(chunk);
    },
    flush: () => hash.close(),
  });
  const sized = new FixedLengthStream(upload.length);
  try {
    await Promise.all([
      upload.body.pipeThrough(measure).pipeTo(sized.writable),
      bucket.put(key, sized.readable, { httpMetadata: { contentType: upload.contentType } }),
    ]);
  } catch (error) {
    if (timedOut) throw uploadTimedOut();
    if (size !== upload.length) {
      throw new ApiError(
        400,
        "incomplete_body",
        `Received ${size} bytes of the ${upload.length} declared in Content-Length`,
      );
    }
    throw error;
  } finally {
    if (cutOff !== undefined) clearTimeout(cutOff);
  }
  return { size, sha256: toHex(await digest.digest) };
}
