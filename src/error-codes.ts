/**
 * Every `code` an error answer can carry, with its status and what it means: a closed list, so
 * clients can switch on `code`. `ApiError` takes only these, and the OpenAPI document lists, per
 * response, the ones it can carry.
 */
export const ERROR_CODES = {
  bad_request: {
    status: 400,
    meaning: "The request was refused as malformed, e.g. a Content-Length that is not a number",
  },
  malformed_json: { status: 400, meaning: "The body is not valid JSON" },
  incomplete_body: { status: 400, meaning: "The body ended before its Content-Length" },
  invalid_bookmark: {
    status: 400,
    meaning: "X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it",
  },
  invalid_idempotency_key: {
    status: 400,
    meaning: "Idempotency-Key is not 1 to 255 visible ASCII characters",
  },
  not_authenticated: { status: 401, meaning: "No bearer token was sent" },
  invalid_token: { status: 401, meaning: "The bearer token is invalid or expired" },
  invalid_credentials: { status: 401, meaning: "Incorrect email or password" },
  forbidden: { status: 403, meaning: "Platform administrators only" },
  quota_exceeded: { status: 403, meaning: "A quota of the tenant's plan is reached" },
  webhook_endpoint_limit_reached: {
    status: 403,
    meaning: "The tenant has as many webhook endpoints as its plan allows",
  },
  sip_disabled: { status: 403, meaning: "The tenant does not have sip_enabled" },
  recording_disabled: { status: 403, meaning: "The tenant does not have recording_enabled" },
  pci_enabled: {
    status: 403,
    meaning: "The tenant has pci_enabled: no call recording is stored or served",
  },
  subaccounts_not_in_plan: {
    status: 403,
    meaning: "The tenant's plan has no sub-accounts (business and enterprise have)",
  },
  subaccount_quota_reached: {
    status: 403,
    meaning: "The tenant owns as many sub-accounts as its plan allows",
  },
  subaccount_nesting: {
    status: 403,
    meaning: "A sub-account owns no sub-accounts: a family is one level deep",
  },
  analytics_disabled: { status: 403, meaning: "The tenant does not have analytics_enabled" },
  not_found: {
    status: 404,
    meaning: "No such resource; another tenant's resources answer this too",
  },
  method_not_allowed: { status: 405, meaning: "The path does not take this method" },
  upload_timeout: { status: 408, meaning: "The upload took too long and was cut off" },
  conflict: { status: 409, meaning: "Changed concurrently; try again" },
  primary_webhook_endpoint: {
    status: 409,
    meaning:
      "The primary webhook endpoint is the tenant's webhook_url: change it with the tenant's settings",
  },
  tenant_deleting: {
    status: 409,
    meaning: "The tenant is being deleted; only its deletion routes answer",
  },
  tenant_deletion_scheduled: {
    status: 409,
    meaning:
      "The tenant's deletion is scheduled: reads are served; writes and new calls are refused " +
      "until the deletion is cancelled (POST …/deletion/cancel)",
  },
  deletion_not_scheduled: {
    status: 409,
    meaning: "No deletion of the tenant is waiting to run: there is nothing to cancel",
  },
  tenant_moving: {
    status: 409,
    meaning: "The tenant is being moved to another cell: reads are served, writes resume shortly",
  },
  tenant_not_movable: {
    status: 409,
    meaning: "The tenant cannot be moved now: it is being deleted, or already in that cell",
  },
  tenant_inactive: {
    status: 409,
    meaning: "The tenant is inactive: calls cannot start, sub-accounts cannot be made",
  },
  parent_inactive: {
    status: 409,
    meaning: "The sub-account's parent is not active; no call of its family can start",
  },
  has_subaccounts: {
    status: 409,
    meaning: "The tenant owns sub-accounts; delete with include_subaccounts=true to take them too",
  },
  email_taken: { status: 409, meaning: "An account with this email already exists" },
  already_invited: {
    status: 409,
    meaning: "The email is a member of the tenant or invited to it already",
  },
  active_calls: { status: 409, meaning: "The tenant has active calls; end them or force" },
  deletion_completed: { status: 409, meaning: "The deletion has already completed" },
  call_already_ended: { status: 409, meaning: "The call has already ended" },
  agent_in_use: { status: 409, meaning: "The agent is a member of a squad" },
  delivery_pending: { status: 409, meaning: "The webhook delivery is still pending" },
  webhook_not_configured: { status: 409, meaning: "The tenant has no webhook_url" },
  event_not_subscribed: { status: 409, meaning: "The event is not in webhook_events" },
  idempotency_in_progress: {
    status: 409,
    meaning: "A request with this Idempotency-Key is still running; retry after Retry-After",
  },
  length_required: { status: 411, meaning: "The upload has no Content-Length" },
  precondition_failed: { status: 412, meaning: "If-Match does not match the current ETag" },
  payload_too_large: { status: 413, meaning: "The body is larger than the route's limit" },
  unsupported_media_type: { status: 415, meaning: "The Content-Type is not one the route takes" },
  range_not_satisfiable: { status: 416, meaning: "The Range lies outside the object" },
  validation_failed: {
    status: 422,
    meaning: "The request does not match its schema or a rule; `detail` lists where and why",
  },
  idempotency_key_reused: {
    status: 422,
    meaning: "The Idempotency-Key was used for a different request",
  },
  rate_limited: { status: 429, meaning: "Too many requests; retry after Retry-After" },
  concurrency_limit_reached: {
    status: 429,
    meaning: "max_concurrent_calls calls are active; retry when one ends",
  },
  monthly_limit_reached: {
    status: 429,
    meaning: "monthly_call_limit calls started this month; the count resets at period_end",
  },
  family_concurrency_limit_reached: {
    status: 429,
    meaning:
      "The parent's max_concurrent_calls calls are active across its family; retry when one ends",
  },
  family_monthly_limit_reached: {
    status: 429,
    meaning: "The parent's monthly_call_limit calls started this month across its family",
  },
  internal_error: { status: 500, meaning: "An unexpected error, logged with the request id" },
  secret_unavailable: { status: 500, meaning: "A stored secret could not be decrypted" },
  region_unavailable: {
    status: 503,
    meaning: "No cell of the data region takes new tenants right now",
  },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The status `code` is answered with. */
export type StatusOf<C extends ErrorCode> = (typeof ERROR_CODES)[C]["status"];

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

export const statusOf = <C extends ErrorCode>(code: C): StatusOf<C> => ERROR_CODES[code].status;
