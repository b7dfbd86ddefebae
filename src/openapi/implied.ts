import { defaultRoleFor } from "../access/roles";
import { ERROR_CODES, type ErrorCode, statusOf } from "../error-codes";
import type { RouteExtras, RouteRole } from "./describe";
import { COMMON_REQUEST_HEADERS, headerRef, IDEMPOTENCY_KEY, type ResponseHeader } from "./headers";

type JsonSchema = Record<string, unknown>;

export type Operation = {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, { description: string; headers?: Record<string, unknown> }>;
  security?: unknown[];
};

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request",
  401: "Missing, invalid or expired token",
  403: "Not allowed",
  404: "Not found (another tenant's resources answer 404 too)",
  405: "Method not allowed",
  408: "Request timeout",
  409: "Conflict with the current state",
  411: "Content-Length required",
  412: "If-Match does not match the current ETag",
  413: "Body too large",
  415: "Content-Type not supported",
  416: "Range not satisfiable",
  422: "Validation failed",
  429: "Limit reached",
};

/** Response headers each error status carries. */
const ERROR_HEADERS: Partial<Record<number, ResponseHeader[]>> = {
  401: ["WWW-Authenticate"],
  416: ["Content-Range"],
  429: ["Retry-After"],
};

const EVERY_RESPONSE: ResponseHeader[] = ["X-Request-Id", "X-D1-Bookmark"];

/** Where the operation is, and what it declares, for what its place implies. */
export type Place = { method: string; path: string; extras: RouteExtras };

const underTenant = ({ path }: Place) => path.startsWith("/v1/tenants/{tenant_id}");

/** The least role an operation under a tenant needs: declared, or its method's default. */
export const requiredRoleOf = (place: Place): RouteRole | null =>
  underTenant(place) && place.extras.auth
    ? (place.extras.role ?? defaultRoleFor(place.method))
    : null;
/** Behind `authorizeTenant` and `idempotency`: everything under a tenant but its deletion. */
const tenantScoped = (place: Place) => underTenant(place) && !place.extras.duringDeletion;
const idempotent = (place: Place) =>
  tenantScoped(place) && (place.method === "POST" || place.method === "DELETE");

/**
 * The codes an operation can answer: the ones it declares, and the ones its place implies. Every
 * route reads `X-D1-Bookmark` and `Content-Length`, refuses undeclared query parameters and is
 * rate limited; a token
 * can be missing or invalid; a tenant can be another's, being deleted or (for a write) being
 * moved; a JSON body can be
 * malformed, too large, of another type or invalid; an `Idempotency-Key` can be malformed,
 * reused or still running.
 */
export function impliedCodes(op: Operation, place: Place): ErrorCode[] {
  const codes = new Set<ErrorCode>([
    "bad_request",
    "invalid_bookmark",
    "validation_failed",
    "rate_limited",
  ]);
  const add = (...more: ErrorCode[]) => {
    for (const code of more) codes.add(code);
  };
  if (place.extras.auth) add("not_authenticated", "invalid_token");
  if (underTenant(place)) add("not_found");
  // Every member may read; what more a route needs, a lesser role is refused.
  const role = requiredRoleOf(place);
  if (role && role !== "viewer") add("forbidden");
  if (tenantScoped(place)) add("tenant_deleting");
  // Writes are refused while the tenant moves to another cell; reads are served.
  if (tenantScoped(place) && place.method !== "GET") add("tenant_moving");
  // Writes are refused while the tenant's deletion waits out its grace period; reads are served.
  if (tenantScoped(place) && place.method !== "GET") add("tenant_deletion_scheduled");
  if (op.requestBody?.content?.["application/json"]) {
    add("malformed_json", "payload_too_large", "unsupported_media_type");
  }
  if (idempotent(place)) {
    add("invalid_idempotency_key", "idempotency_key_reused", "idempotency_in_progress");
  }
  add(...place.extras.errors);
  return [...codes];
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The error body narrowed to `codes`: `Error` (or FastAPI's `ValidationError`) with those codes. */
function bodyOf(status: number, codes: ErrorCode[]): JsonSchema {
  const narrowed = (some: ErrorCode[]) => ({
    allOf: [
      ref("Error"),
      { type: "object", required: ["code"], properties: { code: { enum: some } } },
    ],
  });
  if (status !== 422) return narrowed(codes);
  const others = codes.filter((code) => code !== "validation_failed");
  if (others.length === 0) return ref("ValidationError");
  return { oneOf: [ref("ValidationError"), narrowed(others)] };
}

const describeCodes = (status: number, codes: ErrorCode[]) =>
  `${STATUS_TEXT[status] ?? "Error"}.\n\n${codes
    .map((code) => `- \`${code}\`: ${ERROR_CODES[code].meaning}`)
    .join("\n")}`;

const withHeaders = <R extends { headers?: Record<string, unknown> }>(
  response: R,
  names: ResponseHeader[],
): R => ({
  ...response,
  headers: {
    ...response.headers,
    ...Object.fromEntries(names.map((name) => [name, headerRef(name)])),
  },
});

/** The operation's least role, as an extension and a sentence of its description. */
function roleNote(op: { description?: string }, place: Place) {
  const role = requiredRoleOf(place);
  if (!role) return {};
  const needs =
    role === "platform_admin" ? "Platform admins only." : `Needs the \`${role}\` role or above.`;
  return {
    "x-required-role": role,
    description: op.description ? `${op.description}\n\n${needs}` : needs,
  };
}

/**
 * `op` as the document shows it: its security, the request headers and error responses its place
 * implies, and on every response the headers every answer carries.
 */
export function completeOperation<O extends Operation>(op: O, place: Place): O {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of impliedCodes(op, place)) {
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Operation["responses"] = {};
  for (const [status, response] of Object.entries(op.responses)) {
    const replayed = idempotent(place) && status.startsWith("2");
    responses[status] = withHeaders(response, [
      ...EVERY_RESPONSE,
      ...(replayed ? (["Idempotent-Replayed"] as const) : []),
    ]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const retry =
      codes.includes("idempotency_in_progress") || codes.includes("tenant_moving")
        ? (["Retry-After"] as const)
        : [];
    responses[status] = withHeaders(
      {
        description: describeCodes(status, codes),
        content: { "application/json": { schema: bodyOf(status, codes) } },
      } as Operation["responses"][string],
      [...EVERY_RESPONSE, ...(ERROR_HEADERS[status] ?? []), ...retry],
    );
  }
  return {
    ...op,
    parameters: [
      ...(op.parameters ?? []),
      ...COMMON_REQUEST_HEADERS,
      ...(idempotent(place) ? [IDEMPOTENCY_KEY] : []),
    ],
    responses,
    security: place.extras.auth ? [{ bearerAuth: [] }] : [],
    ...roleNote(op as { description?: string }, place),
  };
}
