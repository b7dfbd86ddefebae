import * as z from "zod";
import { ERROR_CODE_NAMES, ERROR_CODES } from "../error-codes";

const ErrorCode = z.enum(ERROR_CODE_NAMES).meta({
  id: "ErrorCode",
  description: `Every code an error can carry (each response lists its own):\n\n${Object.entries(
    ERROR_CODES,
  )
    .map(([code, { status, meaning }]) => `- \`${code}\` (${status}): ${meaning}`)
    .join("\n")}`,
});

export const ErrorBody = z
  .object({
    detail: z.string(),
    code: ErrorCode.describe("Stable, machine-readable reason"),
  })
  .meta({ id: "Error" });

export const ValidationErrorBody = z
  .object({
    detail: z.array(
      z.object({
        loc: z.array(z.union([z.string(), z.number()])),
        msg: z.string(),
        type: z.string(),
      }),
    ),
    code: z.literal("validation_failed"),
  })
  .meta({ id: "ValidationError" });

export const TenantIdParam = z.object({ tenant_id: z.string().min(1).max(64) });

/** `/v1/tenants/{tenant_id}/<resource>/{id}` */
export const ResourceIdParam = TenantIdParam.extend({ id: z.string().min(1).max(64) });

/** A request or response body of raw bytes, for the docs. */
export const BinaryBody = z.string().meta({ format: "binary" });

/** An ISO-8601 UTC instant, as every timestamp in a response is. */
export const Timestamp = z.string().meta({ format: "date-time" });

/** A time a client sends, any offset, kept as the UTC `Timestamp` the API answers with. */
export const Instant = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());
