import { Hono } from "hono";
import { readsTenantInBatch } from "../access/authorize-tenant";
import { accessInBatch, actorInBatch, credentialInBatch } from "../access/gate";
import { auditsReads } from "../activity/access";
import { actorOf } from "../activity/actor";
import { servedHere } from "../cells/routing";
import type { AppEnv, TenantIdEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { locationOf } from "../lib/location";
import { pageOf, toPage } from "../lib/pagination";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { ResourceIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { crossingValues } from "../usage-alerts/crossings";
import { prepareRowDecidedEvent, sendDeliveries } from "../webhooks/emit";
import { refusal } from "./admission";
import { findCallAudited, listCallsAudited } from "./audited-reads";
import { callFacts, prepareCallEnded } from "./events";
import { billingPeriod } from "./period";
import { endCall, findCall, listCalls, startCall } from "./queries";
import { Call, CallEnd, CallListQuery, CallStart, newCallRow, toCall } from "./schemas";

const tags = ["Calls"];

/**
 * The start reads the tenant row in its own batch (`readsTenantInBatch`): its admission, the
 * refusal's reasons and the `call.started` delivery are decided by the row there, so a start is
 * one round trip to the database.
 */
const startRoute = new Hono<TenantIdEnv>().post(
  "/",
  describeRoute({
    tags,
    summary: "Start call",
    description:
      "Admission control, checked and applied in one atomic step: 429 " +
      "`concurrency_limit_reached` when `max_concurrent_calls` calls are active, 429 " +
      "`monthly_limit_reached` when `monthly_call_limit` calls started this UTC calendar month " +
      "(both with `Retry-After` where waiting helps), 409 `tenant_inactive` unless the tenant is " +
      "active. `agent_id` must be an agent of this tenant (422). In a family (a parent and its " +
      "sub-accounts) the parent's limits cap all its calls together: 429 " +
      "`family_concurrency_limit_reached` and `family_monthly_limit_reached` when the parent's " +
      "pool is full, 409 `parent_inactive` unless the parent is active. The usage alerts the " +
      "start reaches (`…/usage-alerts`) are decided in the same step: `usage.threshold_reached`.",
    errors: [
      "tenant_inactive",
      "parent_inactive",
      "conflict",
      "concurrency_limit_reached",
      "monthly_limit_reached",
      "family_concurrency_limit_reached",
      "family_monthly_limit_reached",
    ],
    responses: { 201: { description: "The call, active", schema: Call, headers: ["Location"] } },
  }),
  readsTenantInBatch(),
  noQueryParams(),
  jsonBody(CallStart),
  async (c) => {
    const tenantId = c.get("tenantId");
    const now = new Date();
    const period = billingPeriod(now);
    const call = newCallRow(tenantId, c.req.valid("json"), now);
    const event = prepareRowDecidedEvent(tenantId, "call.started", callFacts(call));
    const db = c.get("db");
    const credential = credentialInBatch(c);
    const actor = actorInBatch(c);
    const alerts = crossingValues(actor, { tenantId, periodStart: period.start, causeId: call.id });
    const admission = await startCall(db, actor, call, period.start, event, credential, alerts);
    if (!admission.call) {
      // The credential first: a refused one learns nothing of the tenant.
      if (admission.seen && servedHere(admission.seen.status)) {
        accessInBatch(c, admission.seen.access);
      }
      throw refusal(tenantId, admission.seen, period, now);
    }
    await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [
      admission.delivery,
      ...admission.alertDeliveries,
    ]);
    c.header("Location", locationOf(c, call.id));
    return c.json(toCall(admission.call), 201);
  },
);

/** Mounted at `/v1/tenants/{tenant_id}/calls`. */
export const callRoutes = new Hono<AppEnv>()
  .route("/", startRoute)
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List calls",
      description:
        "Newest first; filter by `status` and by start time, and a parent by `subaccount_id` " +
        "(one of its sub-accounts' calls). With `hipaa_enabled`, each page read is logged " +
        "(`calls.listed`, with the ids on the page) before it is served.",
      responses: { 200: { description: "A page", schema: pageOf(Call) } },
    }),
    queryParams(CallListQuery),
    async (c) => {
      const query = c.req.valid("query");
      const db = c.get("db");
      const tenant = c.get("tenant");
      const rows = auditsReads(tenant)
        ? await listCallsAudited(db, actorOf(c), tenant.id, query)
        : await listCalls(db, tenant.id, query);
      return c.json(toPage(rows, query.limit, toCall));
    },
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "Get call",
      description:
        "With `hipaa_enabled`, the read is logged (`call.accessed`) before it is served.",
      responses: { 200: { description: "The call", schema: Call } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const id = c.req.valid("param").id;
      const row = auditsReads(tenant)
        ? await findCallAudited(db, actorOf(c), tenant.id, id)
        : await findCall(db, tenant.id, id);
      if (!row) throw notFound("Call");
      return c.json(toCall(row));
    },
  )
  .post(
    "/:id/end",
    describeRoute({
      tags,
      summary: "End call",
      description:
        "Ends an active call, recording its duration and reason, and frees its slot. The body " +
        "is optional. Ending a call that already ended is a 409 `call_already_ended`.",
      errors: ["call_already_ended"],
      responses: { 200: { description: "The ended call", schema: Call } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    jsonBody(CallEnd, { optional: true }),
    async (c) => {
      const tenant = c.get("tenant");
      const target = { tenantId: tenant.id, id: c.req.valid("param").id };
      const reason = c.req.valid("json").ended_reason ?? "completed";
      const now = new Date().toISOString();
      const delivery = prepareCallEnded(tenant, target, reason, now);
      const db = c.get("db");
      const { ended, current } = await endCall(db, actorOf(c), target, reason, now, delivery);
      if (ended) {
        await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [delivery]);
        return c.json(toCall(ended));
      }
      if (!current) throw notFound("Call");
      throw new ApiError(409, "call_already_ended", `The call ended at ${current.endedAt}`);
    },
  );
