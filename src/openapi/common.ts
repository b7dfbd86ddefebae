import * as z from "zod";
import { named } from "./route-doc";

export const ErrorBody = named(
  "Error",
  z.object({
    detail: z.string(),
    code: z.string().describe("Stable, machine-readable reason"),
  }),
);

export const ValidationErrorBody = named(
  "ValidationError",
  z.object({
    detail: z.array(
      z.object({
        loc: z.array(z.union([z.string(), z.number()])),
        msg: z.string(),
        type: z.string(),
      }),
    ),
  }),
);

export const TenantIdParam = z.object({ tenant_id: z.string().min(1).max(64) });

/** `/v1/tenants/{tenant_id}/<resource>/{id}` */
export const ResourceIdParam = TenantIdParam.extend({ id: z.string().min(1).max(64) });

/** A request or response body of raw bytes, for the docs. */
export const BinaryBody = z.string().meta({ format: "binary" });
