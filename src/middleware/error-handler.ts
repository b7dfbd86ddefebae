import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { keepForReplay, RETRY_IN_CELL_HEADER } from "../cells/retry";
import { directoryCell, TenantNotInCell } from "../cells/routing";
import { fenceRefusal } from "../db/errors";
import type { AppEnv } from "../env";
import type { ErrorCode } from "../error-codes";
import {
  ApiError,
  notFound,
  rootCause,
  tenantDeleting,
  tenantDeletionScheduled,
  tenantMoving,
  ValidationError,
} from "../errors";
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
 * A write the fence refused: the tenant started being deleted or moved between the request's
 * read and its write, or is not in this cell. Nothing of the batch was written.
 */
function fenced(error: Error, c: Context<AppEnv>): Error | null {
  const refusal = fenceRefusal(error);
  if (!refusal) return null;
  const tenantId = c.req.param("tenant_id") ?? "{tenant_id}";
  if (refusal === "tenant_deleting") return tenantDeleting(tenantId);
  if (refusal === "tenant_moving") return tenantMoving();
  if (refusal === "tenant_deletion_scheduled") return tenantDeletionScheduled(tenantId);
  return c.var.cell ? new TenantNotInCell(tenantId) : notFound("Tenant");
}

/**
 * The cell did not hold the tenant: the directory says where it is. In another cell (it moved),
 * the isolate learns it and the request is sent again there; otherwise there is no such tenant.
 * The answer the request gets if it cannot be sent again (its body is spent) is 409
 * `tenant_moving`, which a client retries.
 */
async function elsewhere(error: TenantNotInCell, c: Context<AppEnv>): Promise<Response> {
  const cell = await directoryCell(c.env, c.get("control"), error.tenantId);
  if (!cell || cell.name === c.var.cell?.name) {
    return c.json(body("not_found", "Tenant not found"), 404);
  }
  await keepForReplay(c);
  const moving = tenantMoving();
  for (const [name, value] of Object.entries(moving.headers)) c.header(name, value);
  c.header(RETRY_IN_CELL_HEADER, cell.name);
  return c.json(body(moving.code, moving.detail), moving.status);
}

/**
 * The one place an error becomes a response: `{detail, code}`, or FastAPI's 422 shape with
 * `code: "validation_failed"` beside its `detail` list.
 */
export async function handleError(caught: Error, c: Context<AppEnv>): Promise<Response> {
  const error = fenced(caught, c) ?? caught;
  if (error instanceof TenantNotInCell) return elsewhere(error, c);
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
