import * as z from "zod";
import type { files } from "../db/schema";
import { ownedFieldsOf, ownedResponseFields } from "../resources/fields";
import type { RowOf } from "../resources/queries";

export const KnowledgeFile = z
  .object({
    ...ownedResponseFields,
    name: z.string(),
    content_type: z.string(),
    size: z.number().int().describe("Bytes"),
    sha256: z.string().describe("Hex SHA-256 of the bytes, computed while they were stored"),
  })
  .meta({ id: "File" });
export type KnowledgeFile = z.infer<typeof KnowledgeFile>;

export const toFile = (row: RowOf<typeof files>): KnowledgeFile => ({
  ...ownedFieldsOf(row),
  name: row.name,
  content_type: row.contentType,
  size: row.size,
  sha256: row.sha256,
});

/** What the activity log records of a file: its metadata, never its bytes. */
export const loggedFields = ["name", "content_type", "size", "sha256"] as const;
