import type { ErrorCode, StatusOf } from "./error-codes";

/**
 * An error the API answers with `{detail, code}`; thrown anywhere, shaped by `app.onError`. The
 * code is one of the catalog's (src/error-codes.ts), with the status the catalog gives it.
 */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly status: StatusOf<C>,
    readonly code: C,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "ApiError";
  }
}

export type ValidationIssue = { loc: (string | number)[]; msg: string; type: string };

/** A 422 in FastAPI's shape, `{detail: [{loc, msg, type}]}`, with `code: "validation_failed"`. */
export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super("validation failed");
    this.name = "ValidationError";
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);

export const tenantDeleting = (tenantId: string) =>
  new ApiError(
    409,
    "tenant_deleting",
    `The tenant is being deleted; GET /v1/tenants/${tenantId}/deletion shows the progress`,
  );

export const tenantDeletionScheduled = (tenantId: string) =>
  new ApiError(
    409,
    "tenant_deletion_scheduled",
    "The tenant's deletion is scheduled: its data can be read, nothing can change and no call " +
      `can start; POST /v1/tenants/${tenantId}/deletion/cancel keeps the tenant`,
  );

/** Seconds a client waits before retrying a write refused while its tenant moves. */
export const MOVE_RETRY_AFTER_SECONDS = 5;

export const tenantMoving = () =>
  new ApiError(
    409,
    "tenant_moving",
    "The tenant is being moved to another cell; its data can be read, and writes resume shortly",
    { "Retry-After": String(MOVE_RETRY_AFTER_SECONDS) },
  );

/**
 * The innermost error: what went wrong, without a query wrapper's message, which would carry
 * the statement's bound values.
 */
export function rootCause(error: unknown): Error {
  let cause = error instanceof Error ? error : new Error(String(error));
  while (cause.cause instanceof Error) cause = cause.cause;
  return cause;
}
