import * as z from "zod";
import type { ActivityLogRow } from "../db/schema";
import { Timestamp } from "../openapi/common";

export const ActivityLogEntry = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    actor_type: z
      .enum(["user", "key", "system"])
      .describe("A user, an API key, or the platform itself (`actor_id` `system:…`)"),
    actor_id: z.string().describe("The user's id, the key's id, or `system:<what>`"),
    actor_name: z.string().nullable().describe("The key's name, the user's email; null else"),
    actor_tenant_id: z
      .string()
      .nullable()
      .describe(
        "In a sub-account, the parent tenant whose person or key acted; null for the tenant's own",
      ),
    action: z.string(),
    target_type: z.string(),
    target_id: z.string(),
    changes: z
      .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
      .describe('Field → {from, to}; secrets appear only as "[redacted]"; {} for a read'),
    accessed: z
      .array(z.string())
      .nullable()
      .describe(
        "For a read of protected health information (HIPAA tenants): what was read, the ids of " +
          "the call or calls, or the tables of an export. Null for a change",
      ),
    request_id: z.string(),
    ip: z.string().nullable(),
    user_agent: z.string().nullable(),
    created_at: Timestamp,
    seq: z
      .number()
      .int()
      .nullable()
      .describe("The entry's place in the tenant's audit chain: 1, 2, 3…, without gaps"),
    hash: z
      .string()
      .nullable()
      .describe(
        "SHA-256 over the previous entry's hash and this entry (README: verifying the trail); " +
          "null until sealed, within a minute",
      ),
  })
  .meta({ id: "ActivityLogEntry" });

export const toEntry = (row: ActivityLogRow): z.infer<typeof ActivityLogEntry> => ({
  id: row.id,
  tenant_id: row.tenantId,
  actor_type: row.actorType,
  actor_id: row.actorId,
  actor_name: row.actorName,
  actor_tenant_id: row.actorTenantId,
  action: row.action,
  target_type: row.targetType,
  target_id: row.targetId,
  changes: row.changes,
  accessed: row.accessed,
  request_id: row.requestId,
  ip: row.ip,
  user_agent: row.userAgent,
  created_at: row.createdAt,
  seq: row.seq,
  hash: row.hash,
});
