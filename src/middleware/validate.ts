import type { Context, MiddlewareHandler, ValidationTargets } from "hono";
import { bodyLimit } from "hono/body-limit";
import { resolver, uniqueSymbol, validator } from "hono-openapi";
import * as z from "zod";
import { ApiError, ValidationError, type ValidationIssue } from "../errors";

const LOCATION: Record<string, string> = {
  json: "body",
  query: "query",
  param: "path",
  header: "header",
};

type Issue = z.core.$ZodIssue;

/** Zod issues as FastAPI's `{loc, msg, type}` entries, so clients of the documented API parse them. */
export function toValidationIssues(issues: readonly Issue[], where: string): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const loc = [where, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => ({
          loc: [...loc, key],
          msg: "Extra inputs are not permitted",
          type: "extra_forbidden",
        }));
      case "invalid_type":
        if (/received undefined$/.test(issue.message)) {
          return [{ loc, msg: "Field required", type: "missing" }];
        }
        return [
          { loc, msg: `Input should be a valid ${issue.expected}`, type: `${issue.expected}_type` },
        ];
      case "too_small": {
        const kind =
          issue.origin === "string"
            ? "string_too_short"
            : issue.origin === "array"
              ? "too_short"
              : "greater_than_equal";
        return [{ loc, msg: issue.message, type: kind }];
      }
      case "too_big": {
        const kind =
          issue.origin === "string"
            ? "string_too_long"
            : issue.origin === "array"
              ? "too_long"
              : "less_than_equal";
        return [{ loc, msg: issue.message, type: kind }];
      }
      case "invalid_value":
        return [
          {
            loc,
            msg: `Input should be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`,
            type: "enum",
          },
        ];
      case "invalid_union":
        // A nullable or union field: report the first branch's reason.
        return [{ loc, msg: issue.message, type: "value_error" }];
      default:
        return [{ loc, msg: issue.message, type: "value_error" }];
    }
  });
}

/**
 * The validators' hook: a refusal becomes the FastAPI-shaped 422. Zod hands the validator its own
 * issues (Standard Schema's issues, with zod's codes), which say what kind of problem each is.
 */
function failOnInvalid(target: keyof ValidationTargets) {
  return (result: { success: true } | { success: false; error: readonly object[] }) => {
    if (!result.success) {
      throw new ValidationError(
        toValidationIssues(result.error as readonly Issue[], LOCATION[target] ?? target),
      );
    }
  };
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
/** A JSON body's size limit unless its route sets another (`maxBytes`). */
const DEFAULT_JSON_LIMIT = 64 * 1024;

/** No body at all: no `Content-Type` and no bytes. */
const isBodiless = (c: Context) =>
  !c.req.header("Content-Type") && (c.req.header("Content-Length") ?? "0") === "0";

/**
 * A JSON body: size-limited (413), `application/json` required (415), well-formed (400),
 * then validated by `schema` (422). The schema also documents the route. `maxBytes` defaults to
 * 64 KiB; with `optional`, a request without any body is validated as `{}`.
 *
 * @example jsonBody(WorkflowCreate, { maxBytes: 300 * 1024 })
 */
export function jsonBody<T extends z.ZodType>(
  schema: T,
  options: { maxBytes?: number | undefined; optional?: boolean } = {},
) {
  const maxBytes = options.maxBytes ?? DEFAULT_JSON_LIMIT;
  const validate = validator("json", schema, failOnInvalid("json"));
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, "payload_too_large", `Request body is larger than ${maxBytes} bytes`);
    },
  });
  const middleware: MiddlewareHandler = async function jsonBody(c, next) {
    // Hono's validator reads a request without a JSON content type as `{}`.
    if (options.optional && isBodiless(c)) return validate(c, next);
    const mediaType = c.req.header("Content-Type")?.split(";")[0]?.trim() ?? "";
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      throw new ApiError(415, "unsupported_media_type", "Content-Type must be application/json");
    }
    return limit(c, async () => {
      try {
        // Hono caches the parsed body, so the validator below does not parse it again.
        await c.req.json();
      } catch {
        throw new ApiError(400, "malformed_json", "Request body is not valid JSON");
      }
      // The hook throws on a refusal, so the validator answers nothing of its own.
      await validate(c, next);
    });
  };
  // Documented as hono-openapi documents a route's body, with `required` as it is here.
  const body = {
    required: !options.optional,
    content: { "application/json": { schema: resolver(schema) } },
  };
  return Object.assign(middleware, {
    [uniqueSymbol]: { spec: { requestBody: body } },
  }) as typeof validate;
}

/**
 * The query parameters `schema` names, validated (422), and no others: a misspelled filter is
 * refused rather than ignored. Every route takes one, `noQueryParams()` when it reads none.
 */
export function queryParams<T extends z.ZodObject>(schema: T) {
  return validator("query", schema.strict() as T, failOnInvalid("query"));
}

export const noQueryParams = () => queryParams(z.strictObject({}));

export function pathParams<T extends z.ZodType>(schema: T) {
  return validator("param", schema, failOnInvalid("param"));
}
