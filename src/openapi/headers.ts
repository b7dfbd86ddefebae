import { IDEMPOTENCY_KEY_PATTERN } from "../idempotency/middleware";
import { BOOKMARK_HEADER, BOOKMARK_PATTERN, MAX_BOOKMARK_LENGTH } from "../middleware/database";

const text = { type: "string" };

/** Every response header the API sets, as `components.headers`. */
export const RESPONSE_HEADERS = {
  "X-Request-Id": {
    description: "The request's id, as logged: the client's own when it sent a valid one",
    required: true,
    schema: text,
  },
  [BOOKMARK_HEADER]: {
    description:
      "The database session's latest bookmark: send it back as `X-D1-Bookmark` to read your " +
      "own writes from a replica. Absent when the request read nothing",
    schema: text,
  },
  "Retry-After": {
    description: "Seconds to wait before retrying",
    schema: { type: "string", pattern: "^[0-9]+$" },
  },
  ETag: {
    description: "The representation's version, for `If-Match` and `If-None-Match`",
    schema: text,
  },
  Location: {
    description: "The path of what the request created (or, for a deletion, of its job)",
    schema: text,
  },
  "Content-Range": {
    description: "`bytes start-end/size` for a part; `bytes */size` when the range is refused",
    schema: text,
  },
  "Accept-Ranges": { description: "Ranges of bytes are served", schema: { const: "bytes" } },
  "Content-Disposition": {
    description: "An attachment, with the file's name (UTF-8, percent-encoded)",
    schema: text,
  },
  "Idempotent-Replayed": {
    description:
      "`true` when this is the stored answer to an earlier request with this `Idempotency-Key`",
    schema: { const: "true" },
  },
  "WWW-Authenticate": { description: "`Bearer`: the scheme to authenticate with", schema: text },
  "Set-Cookie": {
    description:
      "With `X-Session-Cookie: true`: the session's refresh token, httpOnly, SameSite=Strict, " +
      "for `/v1/auth/refresh` alone; a logout clears it",
    schema: text,
  },
  Vary: {
    description: "The request headers the answer depends on (`Accept`: its media type)",
    schema: text,
  },
} as const;

export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

export const headerRef = (name: ResponseHeader) => ({ $ref: `#/components/headers/${name}` });

export type HeaderParameter = {
  name: string;
  in: "header";
  required: boolean;
  description: string;
  schema: Record<string, unknown>;
};

export const header = (
  name: string,
  description: string,
  schema: Record<string, unknown> = text,
  required = false,
): HeaderParameter => ({ name, in: "header", required, description, schema });

/** Request headers every route reads. */
export const COMMON_REQUEST_HEADERS = [
  header(
    BOOKMARK_HEADER,
    "The bookmark of your last answer: this request's reads see at least what that one wrote " +
      "(400 `invalid_bookmark` when it is not one)",
    { type: "string", maxLength: MAX_BOOKMARK_LENGTH, pattern: BOOKMARK_PATTERN.source },
  ),
  // Any value is taken: one that is no id is replaced, never refused, so no pattern is stated.
  header(
    "X-Request-Id",
    "Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, " +
      "`_`, `-` or `=`; any other value is replaced by an id of the server's own",
  ),
];

/** What POST and DELETE under a tenant read. */
export const IDEMPOTENCY_KEY = header(
  "Idempotency-Key",
  "Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with " +
    "`Idempotent-Replayed: true`) for a retry of the same request; the key with another request " +
    "is 422 `idempotency_key_reused`, and a retry while the first still runs 409 " +
    "`idempotency_in_progress`",
  { type: "string", pattern: IDEMPOTENCY_KEY_PATTERN.source },
);
