import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { fenceRefusal } from "../db/errors";
import type { AppEnv } from "../env";
import type { ErrorCode } from "../error-codes";
import { ApiError, notFound, rootCause, tenantDeleting, ValidationError } from "../errors";
import { DecryptionError } from "../lib/secrets";

/** The code of a refusal raised by Hono itself, which knows only its status. */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: "bad_request",
  401: "not_authenticated",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
};

const body = (code: ErrorCode, detail: string) => ({ detail, code });

/**
 * A write the fence refused: the tenant started being deleted (or went) between the request's
 * read and its write. Nothing of the batch was written.
 */
function fenced(error: Error, c: Context<AppEnv>): ApiError | null {
  const refusal = fenceRefusal(error);
  if (!refusal) return null;
  if (refusal === "tenant_gone") return notFound("Tenant");
  return tenantDeleting(c.req.param("tenant_id") ?? "{tenant_id}");
}

/**
 * The one place an error becomes a response: `{detail, code}`, or FastAPI's 422 shape with
 * `code: "validation_failed"` beside its `detail` list.
 */
export function handleError(caught: Error, c: Context<AppEnv>): Response {
  const error = fenced(caught, c) ?? caught;
  if (error instanceof ValidationError) {
    return c.json({ detail: error.issues, code: "validation_failed" satisfies ErrorCode }, 422);
  }
  if (error instanceof ApiError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json({ detail: error.detail, code: error.code }, error.status);
  }
  if (error instanceof DecryptionError) {
    // Where, never what: the value and the plaintext stay out of the log and the answer.
    console.error(
      JSON.stringify({
        level: "error",
        event: "secret_unreadable",
        request_id: c.get("requestId"),
        reason: error.message,
      }),
    );
    return c.json(
      body("secret_unavailable", "A stored secret could not be read; contact support"),
      500,
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    return c.json(
      body(CODE_BY_STATUS[status] ?? "bad_request", error.message || "Request refused"),
      status,
    );
  }
  // Unexpected: logged with the request id for the operator, never shown to the client.
  const cause = rootCause(error);
  console.error(
    JSON.stringify({
      level: "error",
      request_id: c.get("requestId"),
      route: c.req.routePath,
      error: cause.name,
      message: cause.message,
    }),
  );
  return c.json(body("internal_error", "Internal server error"), 500);
}
