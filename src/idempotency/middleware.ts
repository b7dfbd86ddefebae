import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { toBase64Url } from "../lib/base64";
import { DEFAULT_JSON_LIMIT } from "../middleware/validate";
import { claimKey, releaseKey, storeResponse } from "./queries";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// Response headers worth replaying; the rest (request id, security headers) are per response.
const REPLAYED_HEADERS = ["content-type", "etag", "location", "retry-after"];

/** A copy of the body, read from a clone so the route still reads the original stream. */
async function copyOfBody(request: Request): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.clone().body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > DEFAULT_JSON_LIMIT) {
      await reader?.cancel();
      throw new ApiError(
        413,
        "payload_too_large",
        `Request body is larger than ${DEFAULT_JSON_LIMIT} bytes`,
      );
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * What makes two requests "the same": method, path with query, content type, and the body for
 * JSON; a streamed upload counts by its declared length, so it is never buffered here.
 */
async function fingerprint(request: Request) {
  const contentType = request.headers.get("Content-Type") ?? "";
  const url = new URL(request.url);
  const body = /json/i.test(contentType)
    ? await copyOfBody(request)
    : new TextEncoder().encode(request.headers.get("Content-Length") ?? "");
  const head = new TextEncoder().encode(
    `${request.method} ${url.pathname}${url.search} ${contentType}\n`,
  );
  const bytes = new Uint8Array(head.length + body.byteLength);
  bytes.set(head);
  bytes.set(body, head.length);
  return toBase64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)));
}

/**
 * `Idempotency-Key` on POST and DELETE under a tenant: the first successful response is stored for
 * 24 h and replayed for a retry of the same request; the same key with another request is a 422;
 * a retry that arrives while the first is still running is a 409.
 */
export const idempotency = () =>
  createMiddleware<AppEnv>(async function idempotency(c, next) {
    const key = c.req.header("Idempotency-Key");
    if (key === undefined || (c.req.method !== "POST" && c.req.method !== "DELETE")) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new ApiError(
        400,
        "invalid_idempotency_key",
        "Idempotency-Key must be 1 to 255 visible ASCII characters",
      );
    }
    const hash = await fingerprint(c.req.raw);
    const db = c.get("db");
    const tenantId = c.get("tenant").id;

    const existing = await claimKey(db, tenantId, key, hash);
    if (existing) {
      if (existing.requestHash !== hash) {
        throw new ApiError(
          422,
          "idempotency_key_reused",
          "This Idempotency-Key was used for a different request",
        );
      }
      if (existing.statusCode === null || existing.responseBody === null) {
        throw new ApiError(
          409,
          "idempotency_in_progress",
          "A request with this Idempotency-Key is still in progress",
          {
            "Retry-After": "1",
          },
        );
      }
      return new Response(existing.responseBody, {
        status: existing.statusCode,
        headers: { ...existing.responseHeaders, "Idempotent-Replayed": "true" },
      });
    }

    await next();
    // Only a success is kept: our writes are atomic, so a refused or failed request changed
    // nothing and its retry must run again (a 429 may well succeed later).
    if (c.res.status < 200 || c.res.status >= 300) {
      await releaseKey(db, tenantId, key);
      return;
    }
    const stored = c.res.clone();
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = stored.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    await storeResponse(db, tenantId, key, {
      status: stored.status,
      body: await stored.text(),
      headers,
    });
  });
