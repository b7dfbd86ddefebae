import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { actorOf } from "../activity/actor";
import { servedHere, TenantNotInCell } from "../cells/routing";
import type { Db } from "../db/client";
import { deletionReceipts } from "../db/control-schema";
import { isUniqueViolation } from "../db/errors";
import type { DeletionJobRow, TenantRow } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, notFound, tenantDeleting, tenantMoving } from "../errors";
import { newId } from "../lib/ids";
import { authenticate } from "../middleware/authenticate";
import { authorizeTenantId } from "../middleware/authorize-tenant";
import { apiRateLimit } from "../middleware/rate-limit";
import { noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { TenantIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { listAllSubaccounts } from "../subaccounts/queries";
import { findTenant } from "../tenants/queries";
import { prepareEvent, sendDeliveries } from "../webhooks/emit";
import {
  countActiveCalls,
  createDeletionJob,
  findDeletionJobOfTenant,
  resumeDeletionJob,
} from "./jobs";
import { previewDeletion } from "./preview";
import {
  DeletionAccepted,
  DeletionJob,
  DeletionPreview,
  DeletionQuery,
  toDeletionJob,
} from "./schemas";
import { stepMessage } from "./step";
import { waitingFor } from "./waiting";

type Ctx = Context<AppEnv>;

/** The tenant's cell database, when the tenant is still in one (not once its deletion is done). */
const inCell = (c: Ctx) => (c.var.cell ? c.get("db") : undefined);

const findReceipt = (control: Db, tenantId: string) =>
  control.select().from(deletionReceipts).where(eq(deletionReceipts.tenantId, tenantId)).get();

/** The tenant's own budget, as everywhere else under it. */
const tenantRateLimit = () => apiRateLimit((c) => c.req.param("tenant_id") ?? "");

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

function accepted(c: Ctx, job: DeletionJobRow) {
  c.header("Location", `/v1/tenants/${job.tenantId}/deletion`);
  return c.json({ dry_run: false, deletion_id: job.id, status: job.status }, 202);
}

/** Records the job (or finds the one a concurrent request recorded) and sends its first step. */
async function startDeletion(c: Ctx, tenant: TenantRow, force: boolean) {
  const db = c.get("db");
  let job: DeletionJobRow | undefined;
  const id = newId();
  const delivery = prepareEvent(tenant, "tenant.deletion_started", { deletion_id: id });
  try {
    const { credential } = c.get("principal");
    // The session a later read of the receipt is verified against, once the tenant is gone.
    const requestedSession = credential.kind === "session" ? credential.sessionId : null;
    job = await createDeletionJob(db, actorOf(c), tenant, {
      force,
      id,
      delivery,
      requestedSession,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  if (!job) {
    // Another DELETE recorded the job first, a move began, or a call started since the check.
    const existing = await findDeletionJobOfTenant(db, tenant.id);
    if (existing) return existing;
    const status = (await findTenant(db, tenant.id))?.status;
    if (status === "deleting") throw tenantDeleting(tenant.id);
    if (status === "moving") throw tenantMoving();
    if (!status || !servedHere(status)) throw new TenantNotInCell(tenant.id);
    throw activeCalls(await countActiveCalls(db, tenant.id));
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
        "`GET …/deletion`. Repeating the request returns the same job. While calls are active " +
        "the answer is 409 `active_calls` unless `force=true`, which ends them. `dry_run=true` " +
        "answers 200 with what would be deleted and changes nothing. Owner or platform admin. " +
        "A tenant with sub-accounts is refused with 409 `has_subaccounts` unless " +
        "`include_subaccounts=true`: then each sub-account's own deletion starts first, with its " +
        "own receipt, and the tenant's ends only once they are gone. " +
        "Once the tenant is gone, it answers the receipt to the session that requested the " +
        "deletion and to platform admins alone (401 to anyone else).",
      duringDeletion: true,
      credential: "receipt",
      errors: ["active_calls", "has_subaccounts"],
      responses: {
        202: {
          description: "Deletion started (or already under way); `Location` is the job's path",
          schema: DeletionAccepted,
          headers: ["Location"],
        },
        200: { description: "Dry run: what would be deleted", schema: DeletionPreview },
      },
    }),
    authenticate(),
    authorizeTenantId(),
    tenantRateLimit(),
    pathParams(TenantIdParam),
    queryParams(DeletionQuery),
    async (c) => {
      const { tenant_id: tenantId } = c.req.valid("param");
      const { force, dry_run: dryRun, include_subaccounts: withSubs } = c.req.valid("query");
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
      const calls = await countActiveCalls(db, tenantId);
      if (dryRun) {
        const preview = await previewDeletion(
          { db, control: c.get("control"), blobs: c.get("blobs") },
          tenantId,
        );
        return c.json({ dry_run: true, tenant_id: tenantId, active_calls: calls, ...preview }, 200);
      }
      if (calls > 0 && !force) throw activeCalls(calls);
      const subaccounts = await listAllSubaccounts(db, tenantId);
      if (subaccounts.length > 0 && !withSubs) throw hasSubaccounts(subaccounts.length);
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
        "Status, stage, counts deleted per resource, times and the last error; while the job " +
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
    authenticate(),
    authorizeTenantId(),
    tenantRateLimit(),
    pathParams(TenantIdParam),
    noQueryParams(),
    async (c) => {
      const tenantId = c.req.valid("param").tenant_id;
      const db = inCell(c);
      const job = db && (await findDeletionJobOfTenant(db, tenantId));
      if (db && job) return c.json(toDeletionJob(job, await waitingFor(db, job)));
      const receipt = await findReceipt(c.get("control"), tenantId);
      if (!receipt) throw notFound("Deletion");
      return c.json(toDeletionJob(receipt));
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
    authenticate(),
    authorizeTenantId(),
    tenantRateLimit(),
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
