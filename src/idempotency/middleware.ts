import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { StatusCode } from "hono/utils/http-status";
import type { Bindings } from "../bindings";
import type { Db } from "../db/client";
import { ApiError, rootCause } from "../errors";
import { bodyHash, hashingRequest, requestHash } from "./fingerprint";
import { claimKey, releaseKey, storeResponse } from "./queries";
import { openResponseBody, sealResponseBody } from "./sealed";

/** What the middleware reads of a tenant's request: its id, its tenant and the tenant's cell. */
type IdempotencyEnv = {
  Bindings: Bindings;
  Variables: { requestId: string; tenantId: string; db: Db };
};

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// Response headers worth replaying; the rest (request id, security headers) are per response.
const REPLAYED_HEADERS = ["content-type", "etag", "location", "retry-after"];

const keyReused = () =>
  new ApiError(
    422,
    "idempotency_key_reused",
    "This Idempotency-Key was used for a different request",
  );

/**
 * The record's write failed after the request itself was answered, e.g. refused because the
 * tenant is being deleted. The answer stands: the request's own writes already committed (or, for
 * a refusal, never happened), so turning it into an error would tell the client otherwise.
 */
function logRecordFailure(c: Context<IdempotencyEnv>, event: string, error: unknown) {
  console.error(
    JSON.stringify({
      level: "error",
      event,
      request_id: c.get("requestId"),
      tenant_id: c.get("tenantId"),
      reason: rootCause(error).message,
    }),
  );
}

/**
 * `Idempotency-Key` on POST and DELETE under a tenant: the first successful response is stored,
 * sealed, for 24 h and replayed for a retry of the same request; the same key with another
 * request is a 422; a retry that arrives while the first is still running is a 409. Bodies are
 * compared by their SHA-256, taken as they stream: the route reads the first request's body
 * through the hash, and a retry's body is hashed before its replay.
 */
export const idempotency = () =>
  createMiddleware<IdempotencyEnv>(async function idempotency(c, next) {
    const key = c.req.header("Idempotency-Key");
    if (key === undefined || (c.req.method !== "POST" && c.req.method !== "DELETE")) return next();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new ApiError(
        400,
        "invalid_idempotency_key",
        "Idempotency-Key must be 1 to 255 visible ASCII characters",
      );
    }
    const db = c.get("db");
    const tenantId = c.get("tenantId");
    const hash = await requestHash(c.req.raw);

    const existing = await claimKey(db, tenantId, key, hash);
    if (existing) {
      if (existing.requestHash !== hash) throw keyReused();
      if (existing.statusCode === null || existing.responseBodyEnc === null) {
        throw new ApiError(
          409,
          "idempotency_in_progress",
          "A request with this Idempotency-Key is still in progress",
          { "Retry-After": "1" },
        );
      }
      if (existing.bodyHash !== (await bodyHash(c.req.raw.body))) throw keyReused();
      const body = await openResponseBody(
        c.env.ENCRYPTION_KEYS,
        tenantId,
        key,
        existing.responseBodyEnc,
      );
      // Through the context, so the replay carries what every answer does (its X-Request-Id).
      return c.newResponse(body, existing.statusCode as StatusCode, {
        ...existing.responseHeaders,
        "Idempotent-Replayed": "true",
      });
    }

    const hashing = hashingRequest(c.req.raw);
    c.req.raw = hashing.request;
    await next();
    // Only a success is kept: our writes are atomic, so a refused or failed request changed
    // nothing and its retry must run again (a 429 may well succeed later). A success that left
    // part of its body unread cannot be told from another request's, so it is not kept either.
    const requestBodyHash = c.res.status >= 200 && c.res.status < 300 ? await hashing.hash() : null;
    if (requestBodyHash === null) {
      await releaseKey(db, tenantId, key).catch((error) =>
        logRecordFailure(c, "idempotency_release_failed", error),
      );
      return;
    }
    const stored = c.res.clone();
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = stored.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    try {
      const bodyEnc = await sealResponseBody(
        c.env.ENCRYPTION_KEYS,
        tenantId,
        key,
        await stored.text(),
      );
      await storeResponse(db, tenantId, key, {
        status: stored.status,
        bodyEnc,
        headers,
        bodyHash: requestBodyHash,
      });
    } catch (error) {
      logRecordFailure(c, "idempotency_store_failed", error);
    }
  });
