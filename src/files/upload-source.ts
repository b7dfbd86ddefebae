import * as z from "zod";
import { declaredLength, rawUpload, tooLarge, type Upload } from "../blobs/upload";
import { ValidationError } from "../errors";
import { toValidationIssues } from "../middleware/validate";

export const MAX_FILE_BYTES = 25 * 1024 * 1024;

// A multipart body carries boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

/**
 * No control characters (C0, DEL, C1) and no slashes: the name of a file, not a path. Spelled as
 * ranges rather than `\p{Cc}` so the OpenAPI document can state it to any JSON Schema tool.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ranges are what it refuses
export const FILE_NAME_PATTERN = /^[^\u0000-\u001f\u007f-\u009f/\\]+$/;

const FileName = z
  .string()
  .min(1)
  .max(255)
  .regex(FILE_NAME_PATTERN, "Must not contain control characters or slashes");

const MediaType = z
  .string()
  .max(255)
  .regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, "Must be a media type such as text/plain");

/** A header or part attribute, validated like a body field: a 422 naming where it was. */
function valid<T>(schema: z.ZodType<T>, value: unknown, loc: string[]): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    toValidationIssues(result.error.issues, "").map((issue) => ({ ...issue, loc })),
  );
}

function decodedFilename(header: string | undefined): unknown {
  if (header === undefined) return undefined;
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

/**
 * The file a request uploads, named by `X-Filename` (percent-encoded UTF-8 allowed) whatever its
 * form, so the one header is required of every upload, as the document says. Either the raw body,
 * typed by `Content-Type`, streamed straight through; or `multipart/form-data` with the file in a
 * part named `file`, which is parsed in memory before the bytes are stored.
 */
export async function fileUpload(request: Request): Promise<Upload & { name: string }> {
  const name = valid(FileName, decodedFilename(request.headers.get("X-Filename") ?? undefined), [
    "header",
    "x-filename",
  ]);
  const contentType = request.headers.get("Content-Type") ?? "application/octet-stream";
  if (/^multipart\/form-data/i.test(contentType))
    return { ...(await multipartFile(request)), name };
  const mediaType = valid(MediaType, contentType.trim(), ["header", "content-type"]);
  return { ...rawUpload(request, MAX_FILE_BYTES, mediaType), name };
}

async function multipartFile(request: Request): Promise<Upload> {
  // The form is parsed in memory, so its size is bounded before it is read.
  if (declaredLength(request) > MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES) {
    throw tooLarge(MAX_FILE_BYTES);
  }
  const form = await request.formData().catch(() => {
    throw new ValidationError([
      { loc: ["body"], msg: "Not a valid multipart/form-data body", type: "value_error" },
    ]);
  });
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new ValidationError([
      { loc: ["body", "file"], msg: "A file part named `file` is required", type: "missing" },
    ]);
  }
  if (file.size > MAX_FILE_BYTES) throw tooLarge(MAX_FILE_BYTES);
  if (file.size === 0) {
    throw new ValidationError([
      { loc: ["body", "file"], msg: "The file is empty", type: "value_error" },
    ]);
  }
  return {
    contentType: valid(MediaType, file.type || "application/octet-stream", [
      "body",
      "file",
      "content_type",
    ]),
    body: file.stream(),
    length: file.size,
  };
}
