import type { ErrorCode } from "../error-codes";
import { BinaryBody } from "./common";
import { NOT_MODIFIED } from "./conditional";
import type { ResponseDoc } from "./describe";
import { header, type ResponseHeader } from "./headers";

/** Raw bytes under each of `types`, for a request or response body. */
export const bytesAs = (types: readonly string[]) =>
  Object.fromEntries(types.map((type) => [type, BinaryBody]));

// No pattern: a Range the server does not serve is ignored, as RFC 9110 lets it, not refused.
export const RANGE = header(
  "Range",
  "`bytes=start-end`, `bytes=start-` or `bytes=-suffix`: one range, answered with 206 (416 " +
    "when it lies past the end); any other value (several ranges, another unit) is ignored and " +
    "the whole object is sent",
);

/** What a raw upload can be refused for, besides validation (an empty body). */
export const UPLOAD_ERRORS: ErrorCode[] = [
  "length_required",
  "payload_too_large",
  "incomplete_body",
  "upload_timeout",
];

/**
 * A download of stored bytes, whole or one range, in the type they were stored with; an
 * attachment with its name when `named`.
 */
export function downloadResponses(
  types: readonly string[],
  what: string,
  options: { named?: boolean } = {},
): Record<number, ResponseDoc> {
  const headers: ResponseHeader[] = [
    "ETag",
    "Accept-Ranges",
    ...(options.named ? (["Content-Disposition"] as const) : []),
  ];
  return {
    200: { description: `${what}, with the stored Content-Type`, content: bytesAs(types), headers },
    206: {
      description: "The range asked for",
      content: bytesAs(types),
      headers: ["Content-Range", ...headers],
    },
    304: NOT_MODIFIED,
  };
}
