import * as z from "zod";
import { Timestamp } from "../openapi/common";

/** Field schemas shared by the tenant-owned resources. */

// Not blank: the pattern says so in the OpenAPI document too, where a trimmed minimum could not.
const text = () => z.string().min(1).max(255).regex(/\S/, "must not be blank").trim();

export const Name = text();

export const ShortText = text();

const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** A JSON object whose serialized form is at most `maxBytes`, so rows stay small. */
export const boundedObject = (maxBytes: number) =>
  z
    .record(z.string(), z.unknown())
    .refine((value) => byteLength(value) <= maxBytes, {
      message: `Must serialize to at most ${maxBytes} bytes of JSON`,
    })
    .describe(`A JSON object, at most ${maxBytes} bytes serialized`);

/** The fields every tenant-owned resource's response starts with. */
export const ownedResponseFields = {
  id: z.string(),
  tenant_id: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
};

export const ownedFieldsOf = (row: {
  id: string;
  tenantId: string;
  createdAt: string;
  updatedAt: string;
}) => ({
  id: row.id,
  tenant_id: row.tenantId,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});
