import * as z from "zod";
import type { DeletionJobRow, DeletionSchedule } from "../db/schema";
import { JobRun, jobRunOf } from "../jobs/schemas";
import { Timestamp } from "../openapi/common";
import type { WaitingFor } from "./waiting";

/** A yes/no query parameter: `true`/`false` or `1`/`0`, documented as the boolean it is. */
const QueryFlag = z
  .stringbool({ truthy: ["true", "1"], falsy: ["false", "0"] })
  .default(false)
  .meta({ type: "boolean", default: false });

export const DeletionQuery = z.strictObject({
  force: QueryFlag.describe(
    "End the tenant's active calls instead of refusing with 409; default false",
  ),
  dry_run: QueryFlag.describe(
    "Answer with the counts that would be deleted; change nothing; default false",
  ),
  now: QueryFlag.describe(
    "Delete at once, without the tenant's grace period (`deletion_grace_days`), also when a " +
      "deletion is already scheduled; default false",
  ),
  include_subaccounts: QueryFlag.describe(
    "Delete the tenant's sub-accounts too, each with its own receipt before the tenant's; " +
      "without it a tenant with sub-accounts is refused with 409; default false",
  ),
});

const DeletionStatus = z
  .enum(["scheduled", "pending", "running", "completed", "failed"])
  .describe("`scheduled`: waiting for `scheduled_for`; nothing is deleted before then");
const ScheduledFor = Timestamp.nullable().describe(
  "When the deletion runs (or ran) after the tenant's grace period; null when it ran at once",
);
const Counts = z.record(z.string(), z.number().int()).describe("Resource → how many");

/** `dry_run` tells it from the dry run's `DeletionPreview`: a typed client narrows on it. */
export const DeletionAccepted = z
  .object({
    dry_run: z.literal(false),
    deletion_id: z.string(),
    status: DeletionStatus,
    scheduled_for: ScheduledFor,
  })
  .meta({ id: "DeletionAccepted" });

export const DeletionPreview = z
  .object({
    dry_run: z.literal(true),
    tenant_id: z.string(),
    active_calls: z.number().int(),
    counts: Counts.describe("What would be deleted: R2 objects, rows of each table, the tenant"),
    r2_objects_complete: z
      .boolean()
      .describe("False when the tenant has too many objects to count here: r2_objects is a floor"),
    scheduled_for: ScheduledFor.describe(
      "When the deletion would run: after the tenant's grace period, or null when it would " +
        "start at once (a grace period of 0, or `now=true`)",
    ),
  })
  .meta({ id: "DeletionPreview" });

export const DeletionJob = z
  .object({
    deletion_id: z.string(),
    tenant_id: z.string(),
    status: DeletionStatus,
    stage: z
      .string()
      .describe(
        "What is being deleted now: scheduled (nothing yet), r2_objects, a table, webhook_farewell (the last webhook " +
          "deliveries, tenant.deleted among them, being sent), tenant, done",
      ),
    requested_by: z.string().describe("The user id that asked for the deletion"),
    counts: Counts.describe("Deleted so far: R2 objects, rows of each table, the tenant"),
    ...JobRun,
    scheduled_for: ScheduledFor,
    waiting_for: z
      .object({
        pending_deliveries: z.number().int().describe("Webhook deliveries still being retried"),
        uploads_in_flight: z
          .number()
          .int()
          .describe("Uploads that started before the deletion and may still store an object"),
        next_attempt_at: Timestamp.nullable().describe("The soonest retry of a pending delivery"),
        gives_up_at: Timestamp.describe(
          "When the job stops waiting: pending deliveries are marked failed then",
        ),
      })
      .nullable()
      .describe("What a waiting job waits for, and until when; null while it is not waiting"),
  })
  .meta({
    id: "DeletionJob",
    description: "The deletion receipt: ids, who, when and how much; it outlives the tenant",
  });

export const toDeletionJob = (
  job: DeletionJobRow,
  waiting: WaitingFor | null = null,
): z.infer<typeof DeletionJob> => ({
  deletion_id: job.id,
  tenant_id: job.tenantId,
  status: job.status,
  stage: job.stage,
  requested_by: job.requestedBy,
  counts: job.counts,
  ...jobRunOf(job),
  scheduled_for: job.scheduledFor,
  waiting_for: waiting,
});

/** A deletion still waiting for its time, as its job will show it. */
export const toScheduledDeletion = (
  tenantId: string,
  schedule: DeletionSchedule,
): z.infer<typeof DeletionJob> => ({
  deletion_id: schedule.deletion_id,
  tenant_id: tenantId,
  status: "scheduled",
  stage: "scheduled",
  requested_by: schedule.requested_by,
  counts: {},
  attempts: 0,
  last_error: null,
  created_at: schedule.requested_at,
  started_at: null,
  updated_at: schedule.requested_at,
  completed_at: null,
  scheduled_for: schedule.scheduled_for,
  waiting_for: null,
});
