import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { every } from "hono/combine";
import { authorizeTenantId } from "../access/authorize-tenant";
import { actorOf } from "../activity/actor";
import { servedHere, TenantNotInCell } from "../cells/routing";
import type { Db } from "../db/client";
import { deletionReceipts } from "../db/control-schema";
import { isUniqueViolation } from "../db/errors";
import type { DeletionJobRow, DeletionSchedule, TenantRow } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, notFound, tenantDeleting, tenantMoving } from "../errors";
import { newId } from "../lib/ids";
import { authenticate } from "../middleware/authenticate";
import { apiRateLimit } from "../middleware/rate-limit";
import { noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { TenantIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { listAllSubaccounts } from "../subaccounts/queries";
import { deletionGraceDaysOf } from "../tenants/plans";
import { findTenant } from "../tenants/queries";
import { etagOf, Tenant, toTenant } from "../tenants/schemas";
import { prepareEvent, sendDeliveries } from "../webhooks/emit";
import {
  countActiveCalls,
  createDeletionJob,
  findDeletionJobOfTenant,
  resumeDeletionJob,
} from "./jobs";
import { previewDeletion } from "./preview";
import { cancelScheduledDeletion, newSchedule, scheduleDeletion } from "./schedule";
import {
  DeletionAccepted,
  DeletionJob,
  DeletionPreview,
  DeletionQuery,
  toDeletionJob,
  toScheduledDeletion,
} from "./schemas";
import { stepMessage } from "./step";
import { waitingFor } from "./waiting";

type Ctx = Context<AppEnv>;

/** The tenant's cell database, when the tenant is still in one (not once its deletion is done). */
const inCell = (c: Ctx) => (c.var.cell ? c.get("db") : undefined);

const findReceipt = (control: Db, tenantId: string) =>
  control.select().from(deletionReceipts).where(eq(deletionReceipts.tenantId, tenantId)).get();

/**
 * Every deletion route's checks, in the order a client can act on them: the credential, the
 * tenant and who may act on it while it is being deleted or gone, then the tenant's rate limit.
 */
const guards = every(
  authenticate(),
  authorizeTenantId(),
  apiRateLimit((c) => c.req.param("tenant_id") ?? ""),
);

/** Why there is no scheduled deletion to cancel: it began, or there never was one. */
function notScheduledRefusal(tenant: TenantRow | undefined) {
  if (!tenant || !servedHere(tenant.status)) return notFound("Tenant");
  if (tenant.status === "deleting") return tenantDeleting(tenant.id);
  if (tenant.status === "moving") return tenantMoving();
  return new ApiError(409, "deletion_not_scheduled", "No deletion of the tenant is scheduled");
}

/** A dry run's schedule is computed, never recorded. */
const DRY_RUN_REQUEST = { deletionId: "", requestedBy: "", requestedSession: null };

const activeCalls = (count: number) =>
  new ApiError(
    409,
    "active_calls",
    `The tenant has ${count} active call(s); end them first, or delete with ?force=true to end them`,
  );

const hasSubaccounts = (count: number) =>
  new ApiError(
    409,
    "has_subaccounts",
    `The tenant owns ${count} sub-account(s); delete with ?include_subaccounts=true to take them too, or detach them first`,
  );

function accepted(c: Ctx, job: DeletionJobRow | ScheduledDeletion) {
  if ("deletion_id" in job) {
    c.header("Location", `/v1/tenants/${job.tenantId}/deletion`);
    const { deletion_id, scheduled_for } = job;
    return c.json({ dry_run: false, deletion_id, status: "scheduled", scheduled_for }, 202);
  }
  c.header("Location", `/v1/tenants/${job.tenantId}/deletion`);
  const { id, status, scheduledFor } = job;
  return c.json({ dry_run: false, deletion_id: id, status, scheduled_for: scheduledFor }, 202);
}

type ScheduledDeletion = DeletionSchedule & { tenantId: string };

const scheduleOf = (tenant: TenantRow): ScheduledDeletion | null =>
  tenant.status === "deletion_scheduled" && tenant.deletionSchedule
    ? { ...tenant.deletionSchedule, tenantId: tenant.id }
    : null;

/** The session the request came with: its token reads the receipt once the tenant is gone. */
function requestedSessionOf(c: Ctx) {
  const { credential } = c.get("principal");
  return credential.kind === "session" ? credential.sessionId : null;
}

/** Why a deletion could not be recorded or scheduled: the tenant's state, read again. */
async function refusalOf(db: Db, tenantId: string) {
  const status = (await findTenant(db, tenantId))?.status;
  if (status === "deleting") return tenantDeleting(tenantId);
  if (status === "moving") return tenantMoving();
  if (!status || !servedHere(status)) return new TenantNotInCell(tenantId);
  return activeCalls(await countActiveCalls(db, tenantId));
}

/**
 * Schedules the deletion after the grace period, with `tenant.deletion_scheduled` sent at once;
 * or finds what a concurrent request did first (a job, or a schedule).
 */
async function scheduleTenantDeletion(c: Ctx, tenant: TenantRow, force: boolean, days: number) {
  const db = c.get("db");
  const actor = actorOf(c);
  const schedule = newSchedule(
    tenant,
    {
      deletionId: newId(),
      requestedBy: String(actor.actorId),
      requestedSession: requestedSessionOf(c),
    },
    days,
  );
  const delivery = prepareEvent(tenant, "tenant.deletion_scheduled", {
    deletion_id: schedule.deletion_id,
    scheduled_for: schedule.scheduled_for,
  });
  if (await scheduleDeletion(db, actor, tenant, schedule, { force, delivery })) {
    await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [delivery]);
    return { ...schedule, tenantId: tenant.id };
  }
  const job = await findDeletionJobOfTenant(db, tenant.id);
  if (job) return job;
  const fresh = await findTenant(db, tenant.id);
  const scheduled = fresh && scheduleOf(fresh);
  if (scheduled) return scheduled;
  throw await refusalOf(db, tenant.id);
}

/** Records the job (or finds the one a concurrent request recorded) and sends its first step. */
async function startDeletion(c: Ctx, tenant: TenantRow, force: boolean) {
  const db = c.get("db");
  let job: DeletionJobRow | undefined;
  // A scheduled deletion started early keeps the id it was scheduled with.
  const id = scheduleOf(tenant)?.deletion_id ?? newId();
  const delivery = prepareEvent(tenant, "tenant.deletion_started", { deletion_id: id });
  try {
    job = await createDeletionJob(db, actorOf(c), tenant, {
      force,
      id,
      delivery,
      requestedSession: requestedSessionOf(c),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  if (!job) {
    // Another DELETE recorded the job first, a move began, or a call started since the check.
    const existing = await findDeletionJobOfTenant(db, tenant.id);
    if (existing) return existing;
    throw await refusalOf(db, tenant.id);
  }
  await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [delivery]);
  try {
    await c.env.TENANT_DELETIONS.send(stepMessage(job, c.get("cell").name));
  } catch (error) {
    // The job is recorded: the stalled-job sweep sends its first step if this one is lost.
    console.error(JSON.stringify({ level: "error", deletion_id: job.id, send: String(error) }));
  }
  return job;
}

/**
 * Mounted at `/v1/tenants/{tenant_id}` before the tenant-scoped routes: these answer while the
 * tenant is being deleted and after it is gone, when the credential is verified against who
 * requested the deletion (`credential: "receipt"`, src/access/gate.ts).
 */
export const deletionRoutes = new Hono<AppEnv>()
  .delete(
    "/",
    describeRoute({
      tags: ["Deletion"],
      summary: "Delete tenant",
      role: "owner",
      description:
        "Permanently deletes the tenant and everything it owns, asynchronously: records a " +
        "deletion job, marks the tenant `deleting` and answers 202. Follow the job at " +
        "`GET …/deletion`. Repeating the request returns the same job. With a grace period " +
        "(`deletion_grace_days` > 0) the deletion is scheduled instead: 202 with `status: " +
        "scheduled` and `scheduled_for`, the tenant `deletion_scheduled` (reads and sign-in " +
        "served, writes and new calls refused with 409 `tenant_deletion_scheduled`), " +
        "`tenant.deletion_scheduled` sent at once and `tenant.deletion_reminder` a day before; " +
        "`POST …/deletion/cancel` keeps the tenant. `now=true` deletes at once, also a deletion " +
        "already scheduled. While calls are active " +
        "the answer is 409 `active_calls` unless `force=true`, which ends them. `dry_run=true` " +
        "answers 200 with what would be deleted and changes nothing. Owner or platform admin. " +
        "A tenant with sub-accounts is refused with 409 `has_subaccounts` unless " +
        "`include_subaccounts=true`: then each sub-account's own deletion starts first, with its " +
        "own receipt, and the tenant's ends only once they are gone; a family is deleted at once, " +
        "without a grace period. " +
        "Once the tenant is gone, it answers the receipt to the session that requested the " +
        "deletion and to platform admins alone (401 to anyone else).",
      duringDeletion: true,
      credential: "receipt",
      errors: ["active_calls", "has_subaccounts"],
      responses: {
        202: {
          description:
            "Deletion started, or scheduled (or already under way); `Location` is the job's path",
          schema: DeletionAccepted,
          headers: ["Location"],
        },
        200: { description: "Dry run: what would be deleted", schema: DeletionPreview },
      },
    }),
    guards,
    pathParams(TenantIdParam),
    queryParams(DeletionQuery),
    async (c) => {
      const { tenant_id: tenantId } = c.req.valid("param");
      const { force, dry_run: dryRun, now, include_subaccounts: withSubs } = c.req.valid("query");
      const db = inCell(c);
      const existing = db && (await findDeletionJobOfTenant(db, tenantId));
      if (existing && !dryRun) return accepted(c, existing);
      const tenant = db && (await findTenant(db, tenantId));
      if (!db || !tenant || !servedHere(tenant.status)) {
        // A deletion that completed: its receipt, as a repeated DELETE answers.
        const receipt = await findReceipt(c.get("control"), tenantId);
        if (receipt && !dryRun) return accepted(c, receipt);
        if (!db) throw notFound("Tenant");
        throw new TenantNotInCell(tenantId);
      }
      if (tenant.status === "moving") throw tenantMoving();
      const scheduled = scheduleOf(tenant);
      const days = deletionGraceDaysOf(tenant);
      const calls = await countActiveCalls(db, tenantId);
      if (dryRun) {
        const preview = await previewDeletion(
          { db, control: c.get("control"), blobs: c.get("blobs") },
          tenantId,
        );
        const scheduledFor = now
          ? null
          : (scheduled?.scheduled_for ??
            (days > 0 ? newSchedule(tenant, DRY_RUN_REQUEST, days).scheduled_for : null));
        return c.json(
          {
            dry_run: true,
            tenant_id: tenantId,
            active_calls: calls,
            ...preview,
            scheduled_for: scheduledFor,
          },
          200,
        );
      }
      // Asked again while it waits: the same schedule, unless now.
      if (scheduled && !now) return accepted(c, scheduled);
      if (calls > 0 && !force) throw activeCalls(calls);
      const subaccounts = await listAllSubaccounts(db, tenantId);
      if (subaccounts.length > 0 && !withSubs) throw hasSubaccounts(subaccounts.length);
      // A family is not scheduled: its members' deletions start at once, each its own receipt.
      if (!scheduled && !now && days > 0 && subaccounts.length === 0) {
        return accepted(c, await scheduleTenantDeletion(c, tenant, force, days));
      }
      for (const sub of subaccounts) {
        const subCalls = await countActiveCalls(db, sub.id);
        if (subCalls > 0 && !force) throw activeCalls(subCalls);
      }
      // The sub-accounts' deletions first: the tenant's own waits at its last step for them.
      for (const sub of subaccounts) {
        if (sub.status !== "deleting") await startDeletion(c, sub, force);
      }
      return accepted(c, await startDeletion(c, tenant, force));
    },
  )
  .get(
    "/deletion",
    describeRoute({
      tags: ["Deletion"],
      summary: "Get deletion job",
      description:
        "Status, stage, counts deleted per resource, times and the last error; a deletion " +
        "waiting out the tenant's grace period is `scheduled`, with `scheduled_for`; while the job " +
        "waits (for its last webhook deliveries, or for uploads that started before it), " +
        "`waiting_for` says for what and until when. Still answers after the tenant is gone: the " +
        "job is the deletion receipt (ids and counts, no personal data), read then only by the " +
        "session that requested the deletion, with an access token that has not expired, and " +
        "by platform admins (401 to anyone else: the tenant's sessions, keys and accounts are " +
        "gone with it).",
      duringDeletion: true,
      credential: "receipt",
      responses: { 200: { description: "The deletion job", schema: DeletionJob } },
    }),
    guards,
    pathParams(TenantIdParam),
    noQueryParams(),
    async (c) => {
      const tenantId = c.req.valid("param").tenant_id;
      const db = inCell(c);
      const job = db && (await findDeletionJobOfTenant(db, tenantId));
      if (db && job) return c.json(toDeletionJob(job, await waitingFor(db, job)));
      const tenant = db && (await findTenant(db, tenantId));
      const scheduled = tenant && scheduleOf(tenant);
      if (scheduled) return c.json(toScheduledDeletion(tenantId, scheduled));
      const receipt = await findReceipt(c.get("control"), tenantId);
      if (!receipt) throw notFound("Deletion");
      return c.json(toDeletionJob(receipt));
    },
  )
  .post(
    "/deletion/cancel",
    describeRoute({
      tags: ["Deletion"],
      summary: "Cancel scheduled deletion",
      role: "owner",
      description:
        "Cancels a deletion waiting out the tenant's grace period: the tenant gets back the " +
        "status it had (`active` or `inactive`) and everything it owned, as it was; logged as " +
        "`tenant.deletion_cancelled` and sent as that event. 409 `deletion_not_scheduled` when " +
        "no deletion waits, `tenant_deleting` once it has begun. Owner or platform admin.",
      duringDeletion: true,
      credential: "receipt",
      errors: ["deletion_not_scheduled", "deletion_completed", "tenant_deleting", "tenant_moving"],
      responses: {
        200: { description: "The tenant, as it was", schema: Tenant, headers: ["ETag"] },
      },
    }),
    guards,
    pathParams(TenantIdParam),
    noQueryParams(),
    async (c) => {
      const tenantId = c.req.valid("param").tenant_id;
      const db = inCell(c);
      const tenant = db && (await findTenant(db, tenantId));
      if (!db || !tenant || !servedHere(tenant.status)) {
        if (await findReceipt(c.get("control"), tenantId)) {
          throw new ApiError(409, "deletion_completed", "The deletion has already completed");
        }
        if (!db) throw notFound("Tenant");
        throw new TenantNotInCell(tenantId);
      }
      const schedule = scheduleOf(tenant);
      if (!schedule) throw notScheduledRefusal(tenant);
      const delivery = prepareEvent(tenant, "tenant.deletion_cancelled", {
        deletion_id: schedule.deletion_id,
      });
      const cancelled = await cancelScheduledDeletion(
        db,
        actorOf(c),
        { ...tenant, deletionSchedule: schedule },
        delivery,
      );
      const fresh = await findTenant(db, tenantId);
      if (!cancelled || !fresh) throw notScheduledRefusal(fresh);
      await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [delivery]);
      c.header("ETag", etagOf(fresh));
      return c.json(toTenant(fresh), 200);
    },
  )
  .post(
    "/deletion/resume",
    describeRoute({
      tags: ["Deletion"],
      summary: "Resume deletion job",
      description:
        "Platform admins: sends the job's current step again, with a fresh set of retries. For a " +
        "`failed` job once its cause is fixed; harmless for one still running. 409 when completed.",
      duringDeletion: true,
      role: "platform_admin",
      credential: "platform",
      errors: ["forbidden", "deletion_completed"],
      responses: { 202: { description: "The resumed job", schema: DeletionJob } },
    }),
    guards,
    pathParams(TenantIdParam),
    noQueryParams(),
    async (c) => {
      const tenantId = c.req.valid("param").tenant_id;
      const db = inCell(c);
      const job = db && (await findDeletionJobOfTenant(db, tenantId));
      if (!db || !job) {
        if (await findReceipt(c.get("control"), tenantId)) {
          throw new ApiError(409, "deletion_completed", "The deletion has already completed");
        }
        throw notFound("Deletion");
      }
      if (job.status === "completed") {
        throw new ApiError(409, "deletion_completed", "The deletion has already completed");
      }
      // No activity-log entry: the tenant's log is being deleted; the job shows the resume.
      const resumed = await resumeDeletionJob(db, job);
      await c.env.TENANT_DELETIONS.send(stepMessage(resumed, c.get("cell").name));
      return c.json(toDeletionJob(resumed), 202);
    },
  );
