import { Hono } from "hono";
import * as z from "zod";
import { auditsReads, insertAccess } from "../activity/access";
import { actorOf } from "../activity/actor";
import { AuditCheckpoint } from "../audit/schemas";
import { ARCHIVED_TABLES } from "../db/schema";
import type { AppEnv } from "../env";
import { noQueryParams } from "../middleware/validate";
import { Timestamp } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { exportedTables, exportStream } from "./stream";

const TenantExport = z
  .object({
    format: z.literal("tenant-export/1"),
    exported_at: Timestamp,
    tenant: z
      .record(z.string(), z.unknown())
      .describe("The tenant's settings; secrets appear only as `<field>_set`"),
    tables: z
      .record(z.string(), z.array(z.record(z.string(), z.unknown())))
      .describe("Table name → the tenant's rows, the activity log included; no secrets"),
    archived: z
      .partialRecord(z.enum(ARCHIVED_TABLES), z.array(z.record(z.string(), z.unknown())))
      .describe(
        "Table name → the rows that left the database for the archive (`GET …/archives`), " +
          "oldest first, each in the JSON the API answers for it; tables with none left out",
      ),
    blobs: z
      .array(
        z.object({
          table: z.string(),
          id: z.string(),
          key: z.string(),
          size: z.number().int().nullable(),
          sha256: z.string().nullable(),
          content_type: z.string().nullable(),
        }),
      )
      .describe("The R2 objects the rows point to (files, call recordings), by key"),
    audit_sealed_checkpoint: AuditCheckpoint.nullable().describe(
      "The latest checkpoint the minute's sealing wrote to R2, as `GET …/activity-logs/verify` " +
        "reads it (null before the first): the entry at its seq must have its hash",
    ),
    audit_checkpoint: AuditCheckpoint.describe(
      "The checkpoint the export is anchored by, signed when it was taken (`sealed_at`, the " +
        "same as `exported_at`): the seq and hash of the last activity log entry it holds, " +
        "for its tenant. Entries not yet sealed carry the hash the export computed for them, " +
        "the one sealing will give. With the entries above and the public key, " +
        "`npm run verify-audit` checks the trail offline and refuses an export whose " +
        "checkpoint is missing, another tenant's, or does not cover its last entry",
    ),
  })
  .meta({ id: "TenantExport" });

/** Mounted at `/v1/tenants/{tenant_id}/export`, behind `authorizeTenant`. */
export const exportRoutes = new Hono<AppEnv>().get(
  "/",
  describeRoute({
    tags: ["Tenant"],
    summary: "Export tenant",
    description:
      "Everything the tenant owns as one JSON document, streamed: its settings, every resource, " +
      "the activity log, the rows moved to the archive, and the R2 objects listed by key, size " +
      "and sha256. Secrets are left " +
      "out (`<field>_set` says whether one is set), and so is the 24-hour idempotency replay " +
      "cache. The backup to take before deleting. With `hipaa_enabled`, the export is logged " +
      "(`tenant.exported`, naming the tables read) before its first byte is sent. Everything " +
      "at once is an admin's to take.",
    role: "admin",
    responses: {
      200: { description: "The export", schema: TenantExport, headers: ["Content-Disposition"] },
    },
  }),
  noQueryParams(),
  async (c) => {
    const db = c.get("db");
    const tenant = c.get("tenant");
    if (auditsReads(tenant)) {
      await insertAccess(db, actorOf(c), {
        tenantId: tenant.id,
        action: "tenant.exported",
        targetType: "tenant",
        targetId: tenant.id,
        accessed: ["tenants", ...exportedTables().map((owned) => owned.name), "users"],
      }).run();
    }
    const sources = {
      db,
      control: c.get("control"),
      bucket: c.get("blobs"),
      signingKey: c.env.AUDIT_SIGNING_KEY,
    };
    return c.body(exportStream(sources, tenant), 200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="tenant-${tenant.id}.json"`,
    });
  },
);
