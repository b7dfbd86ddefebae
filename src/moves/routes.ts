import { Hono } from "hono";
import { every } from "hono/combine";
import * as z from "zod";
import { authorizeTenantId } from "../access/authorize-tenant";
import { cellNamed } from "../cells/config";
import { directoryCell } from "../cells/routing";
import type { TenantMoveRow } from "../db/control-schema";
import type { AppEnv } from "../env";
import { ApiError, notFound, ValidationError } from "../errors";
import { JobRun, jobRunOf } from "../jobs/schemas";
import { authenticate } from "../middleware/authenticate";
import { apiRateLimit } from "../middleware/rate-limit";
import { jsonBody, noQueryParams, pathParams } from "../middleware/validate";
import { TenantIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { listAllSubaccounts } from "../subaccounts/queries";
import { findTenant } from "../tenants/queries";
import { latestMoveOf, recordMove } from "./jobs";
import { moveMessage } from "./step";

const MoveRequest = z
  .strictObject({ cell: z.string().min(1).max(64).describe("The cell to move the tenant to") })
  .meta({ id: "MoveRequest" });

const Tally = z.object({ rows: z.number().int(), sum: z.string() });

const TenantMove = z
  .object({
    move_id: z.string(),
    tenant_id: z.string(),
    status: z.enum(["pending", "running", "completed", "failed"]),
    stage: z
      .enum(["fence", "copy_rows", "copy_blobs", "verify", "switch", "remove_source", "done"])
      .describe(
        "fence (writes refused from now on), copy_rows, copy_blobs (when the region changes), " +
          "verify, switch (the directory names the new cell), remove_source, done",
      ),
    from_cell: z.string(),
    to_cell: z.string(),
    from_region: z.enum(["us", "eu"]),
    to_region: z.enum(["us", "eu"]),
    requested_by: z.string(),
    counts: z.record(z.string(), z.number().int()).describe("Rows copied per table, and objects"),
    checks: z
      .record(z.string(), z.object({ source: Tally, target: Tally }))
      .describe("Per table: the count and order-free checksum of the rows in each cell"),
    ...JobRun,
  })
  .meta({ id: "TenantMove" });

const toMove = (job: TenantMoveRow): z.infer<typeof TenantMove> => ({
  move_id: job.id,
  tenant_id: job.tenantId,
  status: job.status,
  stage: job.stage as z.infer<typeof TenantMove>["stage"],
  from_cell: job.fromCell,
  to_cell: job.toCell,
  from_region: job.fromRegion,
  to_region: job.toRegion,
  requested_by: job.requestedBy,
  counts: job.counts,
  checks: job.checks,
  ...jobRunOf(job),
});

/** Every move route's checks: the credential, the tenant, the admin's rate limit. */
const guards = every(
  authenticate(),
  authorizeTenantId(),
  apiRateLimit((c) => `admin:${c.get("principal").userId}`),
);

/**
 * Mounted at `/v1/tenants/{tenant_id}` beside the deletion routes: a move answers while the
 * tenant is moving, which the tenant-scoped routes refuse writes for.
 */
export const moveRoutes = new Hono<AppEnv>()
  .post(
    "/move",
    describeRoute({
      tags: ["Platform admin"],
      summary: "Move tenant to another cell",
      description:
        "Platform admins. Moves the tenant's rows (and, to another data region, its objects) " +
        "to `cell` in bounded steps: while it moves, its data is read as usual and writes " +
        "answer 409 `tenant_moving` with `Retry-After`. Follow the job at `GET …/move`. A " +
        "move already running is returned as it is. A failed move is taken up again by " +
        "another request, from where the cells stand. A family moves together: moving a parent " +
        "starts its sub-accounts' moves to the same cell first; a sub-account alone is not " +
        "movable (409 `tenant_not_movable`).",
      duringDeletion: true,
      role: "platform_admin",
      credential: "platform",
      errors: ["forbidden", "tenant_deleting", "tenant_not_movable"],
      responses: {
        202: {
          description: "The move, started or already running; `Location` is its path",
          schema: TenantMove,
          headers: ["Location"],
        },
      },
    }),
    guards,
    pathParams(TenantIdParam),
    noQueryParams(),
    jsonBody(MoveRequest),
    async (c) => {
      const tenantId = c.req.valid("param").tenant_id;
      const to = cellNamed(c.env, c.req.valid("json").cell);
      if (!to) {
        throw new ValidationError([
          { loc: ["body", "cell"], msg: "No cell of that name", type: "unknown_cell" },
        ]);
      }
      const from = await directoryCell(c.env, c.get("control"), tenantId);
      if (!from) throw notFound("Tenant");
      const tenant = c.var.cell ? await findTenant(c.get("db"), tenantId) : undefined;
      if (tenant?.status === "deleting") {
        throw new ApiError(409, "tenant_deleting", "The tenant is being deleted");
      }
      if (tenant?.parentId) {
        throw new ApiError(
          409,
          "tenant_not_movable",
          "A sub-account moves with its parent: move the parent, its family goes along",
        );
      }
      const latest = await latestMoveOf(c.get("control"), tenantId);
      const running = latest?.status === "pending" || latest?.status === "running";
      if (from.name === to.name && !running) {
        throw new ApiError(409, "tenant_not_movable", `The tenant is in ${to.name} already`);
      }
      // A failed move left the tenant fenced, and maybe a partial copy in its target: it is
      // taken up again towards the same cell, knowing the status the tenant had.
      const failed = latest?.status === "failed" ? latest : undefined;
      if (failed && failed.toCell !== to.name) {
        throw new ApiError(
          409,
          "tenant_not_movable",
          `The failed move to ${failed.toCell} is to be taken up again towards that cell`,
        );
      }
      // The family stays in one cell (a call start reads its pool in one statement): the
      // sub-accounts' moves first, each a move of its own, then the parent's.
      const requestedBy = c.get("principal").userId ?? "";
      const subaccounts = c.var.cell ? await listAllSubaccounts(c.get("db"), tenantId) : [];
      for (const sub of subaccounts) {
        const last = await latestMoveOf(c.get("control"), sub.id);
        if (last?.status === "pending" || last?.status === "running") continue;
        if (last?.status !== "failed" && from.name === to.name) continue;
        const moved = await recordMove(
          c.get("control"),
          { tenantId: sub.id, requestedBy, from, to },
          last?.status === "failed" ? last.previousStatus : null,
        );
        if (moved.created) await c.env.TENANT_MOVES.send(moveMessage(moved.job));
      }
      const { job, created } = await recordMove(
        c.get("control"),
        { tenantId, requestedBy, from, to },
        failed?.previousStatus ?? null,
      );
      if (created) await c.env.TENANT_MOVES.send(moveMessage(job));
      c.header("Location", `/v1/tenants/${tenantId}/move`);
      return c.json(toMove(job), 202);
    },
  )
  .get(
    "/move",
    describeRoute({
      tags: ["Platform admin"],
      summary: "Get the tenant's move",
      description: "Platform admins: the tenant's latest move, running or ended.",
      duringDeletion: true,
      role: "platform_admin",
      credential: "platform",
      errors: ["forbidden"],
      responses: { 200: { description: "The move", schema: TenantMove } },
    }),
    guards,
    pathParams(TenantIdParam),
    noQueryParams(),
    async (c) => {
      const job = await latestMoveOf(c.get("control"), c.req.valid("param").tenant_id);
      if (!job) throw notFound("Move");
      return c.json(toMove(job));
    },
  );
