import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { GRANTED_ROLES, TENANT_ROLES } from "../access/roles";
import type { Checkpoint } from "../audit/chain";
import { DATA_REGIONS } from "../cells/regions";
import { deletionJobColumns } from "./deletion-columns";
import { refreshTokenColumns, sessionColumns } from "./session-columns";

// Every timestamp is an ISO-8601 UTC string, so rows sort and compare as text.
const timestamps = {
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
};
const tenantRef = () =>
  text("tenant_id")
    .notNull()
    .references(() => tenants.id);
const flag = (name: string) => integer(name, { mode: "boolean" }).notNull().default(false);

/**
 * A tenant's state in its cell. `active` and `inactive` are the owner's to choose;
 * `deletion_scheduled` during the grace period before its deletion (reads served, writes refused,
 * `deletion_schedule` says when and what it returns to if cancelled); `deleting` while its
 * deletion runs; while it moves to another cell, `moving` here (reads served, writes
 * refused) and `arriving` in the new cell as its rows are copied in; once the directory names the
 * new cell, `moved` here until this cell's copy is removed (answered as if it were not here).
 */
export const TENANT_STATUSES = [
  "active",
  "inactive",
  "deletion_scheduled",
  "deleting",
  "moving",
  "arriving",
  "moved",
] as const;

/** A deletion the tenant's grace period holds back (`deletion_scheduled`). */
export type DeletionSchedule = {
  /** The job's id, from the request on: the job that runs at `scheduled_for` keeps it. */
  deletion_id: string;
  requested_at: string;
  scheduled_for: string;
  /** When `tenant.deletion_reminder` is due (a day before); null when the grace is shorter. */
  remind_at: string | null;
  requested_by: string;
  /** The session it was requested with: its token may read the receipt (src/access/gate.ts). */
  requested_session: string | null;
  /** The status a cancellation gives back. */
  restores: "active" | "inactive";
};

export const tenants = sqliteTable(
  "tenants",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    billingPlan: text("billing_plan", { enum: ["starter", "business", "enterprise"] }).notNull(),
    maxConcurrentCalls: integer("max_concurrent_calls").notNull(),
    monthlyCallLimit: integer("monthly_call_limit").notNull(),
    sipEnabled: flag("sip_enabled"),
    recordingEnabled: flag("recording_enabled"),
    analyticsEnabled: flag("analytics_enabled"),
    hipaaEnabled: flag("hipaa_enabled"),
    pciEnabled: flag("pci_enabled"),
    sipServer: text("sip_server"),
    sipUsername: text("sip_username"),
    sipPasswordEnc: text("sip_password_enc"),
    webhookUrl: text("webhook_url"),
    webhookSecretEnc: text("webhook_secret_enc"),
    // The secret replaced by the last rotation keeps signing until this time.
    webhookPreviousSecretEnc: text("webhook_previous_secret_enc"),
    webhookPreviousSecretExpiresAt: text("webhook_previous_secret_expires_at"),
    webhookEvents: text("webhook_events", { mode: "json" }).$type<string[]>().notNull(),
    // How many of its webhook endpoints are enabled, recounted in the batch of every change to
    // them: an event is prepared for the endpoints only when there are some, so a tenant without
    // any pays nothing for them.
    webhookEndpointsEnabled: integer("webhook_endpoints_enabled").notNull().default(0),
    // The data region of the cell the tenant lives in, and of its objects' bucket.
    dataRegion: text("data_region", { enum: DATA_REGIONS }).notNull().default("us"),
    // Days a call's recording is kept, counted from the call's start; null keeps it.
    recordingRetentionDays: integer("recording_retention_days"),
    // The tenant whose sub-account this is (in the same cell, so a call start reads the family's
    // pool in its one statement); null for a tenant of its own. Depth one: a parent has none.
    parentId: text("parent_id"),
    status: text("status", { enum: TENANT_STATUSES }).notNull().default("active"),
    // Days a deletion waits before it runs; null: the plan's default (src/tenants/plans.ts).
    deletionGraceDays: integer("deletion_grace_days"),
    // While `deletion_scheduled`: the deletion waiting for its time. On the tenant's own row so
    // a move carries it to the new cell with everything else.
    deletionSchedule: text("deletion_schedule", { mode: "json" }).$type<DeletionSchedule>(),
    // Bumped by every change; the ETag is derived from it.
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("tenants_status_plan_idx").on(t.status, t.billingPlan, t.id),
    // A family's members: a call start counts the pool's calls through it.
    index("tenants_parent_idx").on(t.parentId).where(sql`parent_id IS NOT NULL`),
    // The retention sweep starts from the few tenants that limit how long recordings are kept.
    index("tenants_recording_retention_idx")
      .on(t.id)
      .where(sql`recording_retention_days IS NOT NULL`),
  ],
);

export const activityLogs = sqliteTable(
  "activity_logs",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    // Who: a user (`actor_id` their id), an API key (its id, and its name in `actor_name`) or the
    // platform itself (`system:…`).
    actorType: text("actor_type", { enum: ["user", "key", "system"] })
      .notNull()
      .default("user"),
    actorId: text("actor_id").notNull(),
    actorName: text("actor_name"),
    // The parent tenant whose person or key acted on this sub-account; null for the tenant's own.
    actorTenantId: text("actor_tenant_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    changes: text("changes", { mode: "json" })
      .$type<Record<string, { from: unknown; to: unknown }>>()
      .notNull(),
    // Reads of protected health information (HIPAA tenants): the ids read. Null for changes.
    accessed: text("accessed", { mode: "json" }).$type<string[]>(),
    requestId: text("request_id").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: text("created_at").notNull(),
    // The entry's place in its tenant's audit chain, 1, 2, 3…, given by its own insert
    // (src/activity/queries.ts); null only for entries of a tenant deleted or moved meanwhile.
    seq: integer("seq"),
    // SHA-256 over the previous entry's hash and this entry (src/audit/chain.ts), written by the
    // sealing sweep; null until then.
    hash: text("hash"),
  },
  (t) => [
    index("activity_logs_tenant_idx").on(t.tenantId, t.id),
    index("activity_logs_tenant_action_idx").on(t.tenantId, t.action, t.id),
    uniqueIndex("activity_logs_seq_idx").on(t.tenantId, t.seq),
    index("activity_logs_unsealed_idx").on(t.tenantId, t.seq).where(sql`hash IS NULL`),
  ],
);

/**
 * Where each tenant's audit chain is sealed to: the last sealed `seq`, its hash and the signed
 * checkpoint saying so, which is also written once to R2 (`published` once it is).
 */
export const auditHeads = sqliteTable("audit_heads", {
  tenantId: tenantRef().primaryKey(),
  sealedSeq: integer("sealed_seq").notNull(),
  headHash: text("head_hash").notNull(),
  checkpoint: text("checkpoint", { mode: "json" }).$type<Checkpoint>().notNull(),
  published: integer("published", { mode: "boolean" }).notNull(),
  sealedAt: text("sealed_at").notNull(),
});

export const agents = sqliteTable(
  "agents",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    name: text("name").notNull(),
    systemPrompt: text("system_prompt"),
    voice: text("voice"),
    language: text("language"),
    model: text("model"),
    settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>(),
    ...timestamps,
  },
  (t) => [index("agents_tenant_idx").on(t.tenantId, t.id)],
);

export const squads = sqliteTable(
  "squads",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    name: text("name").notNull(),
    agentIds: text("agent_ids", { mode: "json" }).$type<string[]>().notNull(),
    ...timestamps,
  },
  (t) => [index("squads_tenant_idx").on(t.tenantId, t.id)],
);

export const workflows = sqliteTable(
  "workflows",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    name: text("name").notNull(),
    definition: text("definition", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    ...timestamps,
  },
  (t) => [index("workflows_tenant_idx").on(t.tenantId, t.id)],
);

export const integrations = sqliteTable(
  "integrations",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    baseUrl: text("base_url").notNull(),
    credentialsEnc: text("credentials_enc"),
    ...timestamps,
  },
  (t) => [index("integrations_tenant_idx").on(t.tenantId, t.id)],
);

export const sipTrunks = sqliteTable(
  "sip_trunks",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    name: text("name").notNull(),
    host: text("host").notNull(),
    port: integer("port").notNull(),
    transport: text("transport", { enum: ["udp", "tcp", "tls"] }).notNull(),
    username: text("username").notNull(),
    passwordEnc: text("password_enc").notNull(),
    ...timestamps,
  },
  (t) => [index("sip_trunks_tenant_idx").on(t.tenantId, t.id)],
);

export const files = sqliteTable(
  "files",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    r2Key: text("r2_key").notNull(),
    ...timestamps,
  },
  (t) => [index("files_tenant_idx").on(t.tenantId, t.id)],
);

export const calls = sqliteTable(
  "calls",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    agentId: text("agent_id"),
    direction: text("direction", { enum: ["inbound", "outbound"] }).notNull(),
    fromNumber: text("from_number").notNull(),
    toNumber: text("to_number").notNull(),
    status: text("status", { enum: ["active", "ended"] }).notNull(),
    startedAt: text("started_at").notNull(),
    endedAt: text("ended_at"),
    durationSeconds: integer("duration_seconds"),
    endedReason: text("ended_reason"),
    recordingKey: text("recording_key"),
    recordingSize: integer("recording_size"),
    recordingContentType: text("recording_content_type"),
    recordingSha256: text("recording_sha256"),
    ...timestamps,
  },
  (t) => [
    index("calls_tenant_idx").on(t.tenantId, t.id),
    index("calls_tenant_status_idx").on(t.tenantId, t.status),
    index("calls_tenant_started_idx").on(t.tenantId, t.startedAt),
    index("calls_active_started_idx").on(t.startedAt).where(sql`status = 'active'`),
    // The calls that still have a recording: the retention sweep's range by start time, and the
    // usage count and bytes, read off the index alone (SQLite reads the row for a column the
    // query names and the index lacks, the partial index's own condition included).
    index("calls_tenant_recording_idx")
      .on(t.tenantId, t.startedAt, t.recordingSize, t.recordingKey)
      .where(sql`recording_key IS NOT NULL`),
    // The ended calls that may leave D1 for the archive (a call keeping a recording stays, for
    // the recording's routes and its retention): the archiving sweep's range by start time.
    index("calls_archivable_idx")
      .on(t.tenantId, t.startedAt)
      .where(sql`status = 'ended' AND recording_key IS NULL`),
  ],
);

/**
 * The people of a tenant and their role: the owner (its signup's user), and those invited,
 * `invited` (a single-use invitation, by its HMAC, for 7 days) until they accept and are
 * `active` with an account (`user_id`) in the control plane.
 */
export const members = sqliteTable(
  "members",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    userId: text("user_id"),
    email: text("email").notNull(),
    role: text("role", { enum: TENANT_ROLES }).notNull(),
    status: text("status", { enum: ["invited", "active"] }).notNull(),
    invitationHash: text("invitation_hash"),
    invitationExpiresAt: text("invitation_expires_at"),
    invitedBy: text("invited_by"),
    // The tenant's sub-accounts a developer or viewer of a parent reaches, with their role there:
    // their ids, or `["*"]` for all of them. Owners and admins reach them all; null reaches none.
    subaccountGrants: text("subaccount_grants", { mode: "json" }).$type<string[]>(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("members_tenant_email_idx").on(t.tenantId, t.email),
    index("members_tenant_idx").on(t.tenantId, t.id),
    index("members_user_idx").on(t.tenantId, t.userId),
    uniqueIndex("members_invitation_idx").on(t.invitationHash),
  ],
);

/**
 * A user's login session with a tenant: its access tokens name it (`sid`) and are refused once it
 * is revoked or expired; its refresh tokens (`refresh_tokens`) rotate on use.
 */
export const sessions = sqliteTable("sessions", sessionColumns(tenantRef), (t) => [
  index("sessions_user_idx").on(t.tenantId, t.userId),
  // The sweep of ended sessions (src/access/session-sweep.ts); a revoked one ends an hour on.
  index("sessions_expires_idx").on(t.expiresAt),
]);

/**
 * A session's refresh tokens by their HMAC: the `current` one, and those spent by a refresh, kept
 * so a spent one used again is known and revokes its session.
 */
export const refreshTokens = sqliteTable("refresh_tokens", refreshTokenColumns(tenantRef), (t) => [
  index("refresh_tokens_session_idx").on(t.tenantId, t.sessionId),
]);

/** A member's key acts for its creator and ends with it; a service key is the organization's. */
export const API_KEY_KINDS = ["member", "service"] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];

/**
 * A tenant's API keys: a name, a role, the key's first characters to tell it by, and the key only
 * as an HMAC (with `CREDENTIAL_HASH_KEY`); the key itself is shown once, when it is made.
 * `created_by` is the user who made it: a `member` key acts with at most that user's current role
 * on the tenant and is refused once the user is no member (src/access/checks.ts); a `service` key
 * has its own role alone and outlives its creator.
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    name: text("name").notNull(),
    role: text("role", { enum: GRANTED_ROLES }).notNull(),
    kind: text("kind", { enum: API_KEY_KINDS }).notNull().default("member"),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    createdBy: text("created_by").notNull(),
    expiresAt: text("expires_at"),
    lastUsedAt: text("last_used_at"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("api_keys_hash_idx").on(t.keyHash),
    index("api_keys_tenant_idx").on(t.tenantId, t.id),
  ],
);

/** What a call rollup counts calls by; `all` has the one group `''`. */
export const ROLLUP_DIMENSIONS = ["all", "agent_id", "direction", "ended_reason"] as const;

/**
 * Counters of a tenant's calls by the 15-minute slot they started in (unix seconds / 900), per
 * dimension and group: analytics read these, never `calls`. `group_key` is `''` for the null
 * value (a call without agent, an active call's reason), which no agent id or reason can be.
 * Written only in the batch of the call's own start or end, guarded by it.
 */
export const callRollups = sqliteTable(
  "call_rollups",
  {
    tenantId: tenantRef(),
    dimension: text("dimension", { enum: ROLLUP_DIMENSIONS }).notNull(),
    slot: integer("slot").notNull(),
    groupKey: text("group_key").notNull(),
    calls: integer("calls").notNull(),
    completedCalls: integer("completed_calls").notNull(),
    totalDurationSeconds: integer("total_duration_seconds").notNull(),
    maxDurationSeconds: integer("max_duration_seconds").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.dimension, t.slot, t.groupKey] })],
);

/** A packed slot of a day: `[slot of the day (0 to 95), calls, completed, total, max]`. */
export type PackedSlot = [number, number, number, number, number];

/**
 * A tenant's rollups of one UTC day past its hot window, packed into one row per dimension and
 * group: `slots` holds the day's slots with calls, each as its `call_rollups` row counted it.
 * Analytics read both tables; the archive sweep packs a day's slot rows and deletes them in one
 * batch. A slot row costs about 150 bytes of D1, a packed slot about 15: the rollups, kept for
 * good, grow a tenth as fast.
 */
export const callRollupDays = sqliteTable(
  "call_rollup_days",
  {
    tenantId: tenantRef(),
    dimension: text("dimension", { enum: ROLLUP_DIMENSIONS }).notNull(),
    // Days since 1970-01-01 UTC: a slot's day is slot / 96.
    day: integer("day").notNull(),
    groupKey: text("group_key").notNull(),
    slots: text("slots", { mode: "json" }).$type<PackedSlot[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.dimension, t.day, t.groupKey] })],
);

/**
 * Calls started per tenant and UTC calendar month (`YYYY-MM`): admission's monthly count, one row
 * read, so a start costs the same on the month's last day as on its first. Written only in the
 * batch of the admitted call's insert, guarded by it.
 */
export const callMonths = sqliteTable(
  "call_months",
  {
    tenantId: tenantRef(),
    month: text("month").notNull(),
    calls: integer("calls").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.month] })],
);

/**
 * What a usage alert watches: the call counters admission keeps, the bytes stored, and the plan's
 * quotas on files (src/tenants/plans.ts). Each is decided in the batch of the write that changes
 * it (src/usage-alerts/crossings.ts): a call's start, a file's or a recording's upload.
 */
export const USAGE_METRICS = [
  "calls_this_month",
  "active_calls",
  "recordings_bytes",
  "files_bytes",
  "files",
] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

/**
 * A tenant's usage alert: `usage.threshold_reached` when `metric` reaches `threshold`, or
 * `threshold_percent` of the metric's limit (exactly one is set), once per UTC calendar month
 * when `recurring`, else once. `reached_period` is the month it was last reached, written by the
 * statement that decides the crossing, so parallel writes crossing it together reach it once;
 * `reached_by` names that write (a call's or a file's id), for the entry and the delivery that
 * follow it in the same batch. The one-threshold rule is the routes' (a 422 at the field).
 */
export const usageAlerts = sqliteTable(
  "usage_alerts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    metric: text("metric", { enum: USAGE_METRICS }).notNull(),
    threshold: integer("threshold"),
    thresholdPercent: integer("threshold_percent"),
    recurring: integer("recurring", { mode: "boolean" }).notNull().default(true),
    reachedPeriod: text("reached_period"),
    reachedAt: text("reached_at"),
    reachedValue: integer("reached_value"),
    reachedBy: text("reached_by"),
    ...timestamps,
  },
  (t) => [index("usage_alerts_tenant_idx").on(t.tenantId, t.id)],
);

/**
 * A deletion the cell runs, a bounded step at a time: of a tenant deleted for good (its receipt
 * goes to the control plane when it completes, and the job with the rest), or of what a tenant
 * left in the cell it moved out of. Not tied to tenants by a foreign key: it outlives the
 * tenant's row by a step.
 */
export const deletionJobs = sqliteTable("deletion_jobs", deletionJobColumns(), (t) => [
  uniqueIndex("deletion_jobs_tenant_idx").on(t.tenantId),
  index("deletion_jobs_status_idx").on(t.status, t.updatedAt),
]);

/**
 * A webhook endpoint besides the tenant's own `webhook_url` (the primary endpoint): its URL, the
 * event types it takes (null: all), its own secret, whether it is enabled. `failing_since` is the
 * first failed attempt since its last success: three days of failures disable it.
 */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    url: text("url").notNull(),
    events: text("events", { mode: "json" }).$type<string[]>(),
    description: text("description"),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    secretEnc: text("secret_enc").notNull(),
    // The secret replaced by the last rotation keeps signing until this time.
    previousSecretEnc: text("previous_secret_enc"),
    previousSecretExpiresAt: text("previous_secret_expires_at"),
    failingSince: text("failing_since"),
    disabledReason: text("disabled_reason"),
    ...timestamps,
  },
  (t) => [index("webhook_endpoints_tenant_idx").on(t.tenantId, t.id)],
);

export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    // The endpoint it goes to; null: the tenant's own webhook_url (the primary endpoint). Not a
    // foreign key: a deleted endpoint's deliveries stay listed.
    endpointId: text("endpoint_id"),
    eventType: text("event_type").notNull(),
    payload: text("payload").notNull(),
    // Fields of the event's `data` too secret to store as they are (an invitation token): sealed,
    // merged into the payload as it is sent. The stored payload holds them as "[redacted]".
    sealedDataEnc: text("sealed_data_enc"),
    status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastLatencyMs: integer("last_latency_ms"),
    lastError: text("last_error"),
    nextRetryAt: text("next_retry_at"),
    ...timestamps,
  },
  (t) => [
    index("webhook_deliveries_tenant_idx").on(t.tenantId, t.id),
    index("webhook_deliveries_endpoint_idx").on(t.tenantId, t.endpointId, t.id),
  ],
);

export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id),
    attempt: integer("attempt").notNull(),
    statusCode: integer("status_code"),
    latencyMs: integer("latency_ms").notNull(),
    error: text("error"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("webhook_attempts_delivery_idx").on(t.tenantId, t.deliveryId, t.attempt),
    // Deleting a delivery makes SQLite look for its attempts by delivery_id alone (the foreign-key
    // check): without an index led by it, each deleted delivery scans every tenant's attempts.
    index("webhook_attempts_delivery_id_idx").on(t.deliveryId),
  ],
);

export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    tenantId: tenantRef(),
    key: text("key").notNull(),
    // Method, path, content type, file name: known before the body is read.
    requestHash: text("request_hash").notNull(),
    // Null while the first request is still being processed. The body's SHA-256 is taken as the
    // route streams it, so it is stored with the response.
    statusCode: integer("status_code"),
    bodyHash: text("body_hash"),
    // Sealed: a response may carry a secret shown once (a rotated webhook secret).
    responseBodyEnc: text("response_body_enc"),
    responseHeaders: text("response_headers", { mode: "json" }).$type<Record<string, string>>(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.key] }),
    index("idempotency_expiry_idx").on(t.expiresAt),
  ],
);

/**
 * An upload streaming into R2 right now. Registered before the first byte is stored (refused
 * for a tenant being deleted) and removed with the metadata write, so a deletion can wait for
 * every upload that could still add an object before it declares the tenant's prefix empty.
 */
export const blobUploads = sqliteTable(
  "blob_uploads",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    r2Key: text("r2_key").notNull(),
    startedAt: text("started_at").notNull(),
    // The upload is cut off at this time, so an upload whose Worker died is over by then too.
    deadlineAt: text("deadline_at").notNull(),
  },
  (t) => [index("blob_uploads_tenant_idx").on(t.tenantId, t.deadlineAt)],
);

/**
 * A sealed value no key in the ring opens, found by the re-encryption pass: where it is, never
 * what. `sealedPrefix` is the ciphertext's public head (version, key id, IV), so a value written
 * again later is looked at afresh.
 */
export const unreadableSecrets = sqliteTable(
  "unreadable_secrets",
  {
    tenantId: tenantRef(),
    tableName: text("table_name").notNull(),
    columnName: text("column_name").notNull(),
    rowId: text("row_id").notNull(),
    sealedPrefix: text("sealed_prefix").notNull(),
    reason: text("reason").notNull(),
    foundAt: text("found_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tableName, t.columnName, t.rowId] }),
    index("unreadable_secrets_tenant_idx").on(t.tenantId),
  ],
);

/** The tables whose rows older than the tenant's hot window move to archives in R2. */
export const ARCHIVED_TABLES = ["calls", "activity_logs", "webhook_deliveries"] as const;

/**
 * A part of a tenant's archive: up to a thousand rows of one table and one calendar month, as
 * gzipped NDJSON in R2 at `tenants/{tenant_id}/archive/{table}/{period}/{part}.ndjson.gz`.
 * Planned `pending` with the ids it takes (one pending part per tenant and table), then
 * `complete` in the batch that deletes those rows from D1, once the object is written and
 * verified: a row is in D1 or in a complete part, never both, never neither.
 */
export const archiveParts = sqliteTable(
  "archive_parts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantRef(),
    tableName: text("table_name", { enum: ARCHIVED_TABLES }).notNull(),
    // `YYYY-MM`, UTC: the month a call started or an entry or delivery was written.
    period: text("period").notNull(),
    part: integer("part").notNull(),
    status: text("status", { enum: ["pending", "complete"] }).notNull(),
    // While pending, the ids of the rows the part takes; cleared when it completes.
    rowIds: text("row_ids", { mode: "json" }).$type<string[]>(),
    rows: integer("rows").notNull(),
    bytes: integer("bytes"),
    sha256: text("sha256"),
    plannedAt: text("planned_at").notNull(),
    // When the part completed: its rows left D1 then.
    createdAt: text("created_at"),
  },
  (t) => [
    uniqueIndex("archive_parts_part_idx").on(t.tenantId, t.tableName, t.period, t.part),
    uniqueIndex("archive_parts_pending_idx")
      .on(t.tenantId, t.tableName)
      .where(sql`status = 'pending'`),
    index("archive_parts_tenant_idx").on(t.tenantId, t.id),
  ],
);

export type TenantRow = typeof tenants.$inferSelect;
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type ActivityLogRow = typeof activityLogs.$inferSelect;
export type DeletionJobRow = typeof deletionJobs.$inferSelect;
export type UsageAlertRow = typeof usageAlerts.$inferSelect;
