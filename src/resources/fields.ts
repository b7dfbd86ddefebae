import * as z from "zod";

/** Field schemas shared by the tenant-owned resources. */

export const Name = z.string().trim().min(1).max(255);

export const ShortText = z.string().trim().min(1).max(255);

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
  created_at: z.string(),
  updated_at: z.string(),
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
