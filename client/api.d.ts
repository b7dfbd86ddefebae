// Generated from GET /openapi.json by `npm run client:generate`: edit the API, not this file.

export interface paths {
  "/v1/auth/signup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign up
     * @description Creates the owner and its tenant (starter plan, small limits, every feature off). The tenant's id equals the owner's id.
     */
    post: operations["post_v1_auth_signup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in
     * @description One answer for an unknown email and a wrong password. The owner of a tenant being deleted gets 409 `tenant_deleting`. Past 10 attempts a minute on one email from one address, that address gets 429 `rate_limited`; past 20 a minute on one email from every address, answers wait a second, but are never refused.
     */
    post: operations["post_v1_auth_login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all tenants
     * @description Platform admins only; owners get 403. Filter by `status` and `billing_plan`.
     */
    get: operations["get_v1_tenants"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/admin/encryption/reencrypt": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-encrypt secrets with the current key
     * @description One bounded step of a key rotation. Put the new key first in `ENCRYPTION_KEYS` (old keys after it), call this until `remaining` is 0, then remove the old keys.
     */
    post: operations["post_v1_admin_encryption_reencrypt"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get tenant
     * @description The tenant's settings. The `ETag` header carries its version for `If-Match`.
     */
    get: operations["get_v1_tenants_tenant_id"];
    /**
     * Update tenant
     * @description Complete the organization setup or change settings. Partial: only the fields sent change. Plan rules are enforced on the result (422 naming the rule). `sip_password` and `webhook_secret` are encrypted before storage and never returned. Send `If-Match` with the ETag you read to refuse a stale write (412). Every change is written to the activity log and reported by a `tenant.updated` webhook. Setting `webhook_url` without a `webhook_secret` generates one, returned once in this response.
     */
    put: operations["put_v1_tenants_tenant_id"];
    post?: never;
    /**
     * Delete tenant
     * @description Permanently deletes the tenant and everything it owns, asynchronously: records a deletion job, marks the tenant `deleting` and answers 202. Follow the job at `GET …/deletion`. Repeating the request returns the same job. While calls are active the answer is 409 `active_calls` unless `force=true`, which ends them. `dry_run=true` answers 200 with what would be deleted and changes nothing. Owner or platform admin.
     */
    delete: operations["delete_v1_tenants_tenant_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/deletion": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get deletion job
     * @description Status, stage, counts deleted per resource, times and the last error; while the job waits (for its last webhook deliveries, or for uploads that started before it), `waiting_for` says for what and until when. Still answers after the tenant is gone: the job is the deletion receipt (ids and counts, no personal data).
     */
    get: operations["get_v1_tenants_tenant_id_deletion"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/deletion/resume": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume deletion job
     * @description Platform admins: sends the job's current step again, with a fresh set of retries. For a `failed` job once its cause is fixed; harmless for one still running. 409 when completed.
     */
    post: operations["post_v1_tenants_tenant_id_deletion_resume"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/activity-logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List activity log
     * @description The audit trail of every change to the tenant and what it owns, newest first.
     */
    get: operations["get_v1_tenants_tenant_id_activity_logs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/agents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List agents
     * @description Newest first.
     */
    get: operations["get_v1_tenants_tenant_id_agents"];
    put?: never;
    /**
     * Create agent
     * @description Unknown fields are refused (422).
     */
    post: operations["post_v1_tenants_tenant_id_agents"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/agents/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get agent */
    get: operations["get_v1_tenants_tenant_id_agents_id"];
    /**
     * Update agent
     * @description Partial: only the fields sent change. Unknown fields are refused (422).
     */
    put: operations["put_v1_tenants_tenant_id_agents_id"];
    post?: never;
    /** Delete agent */
    delete: operations["delete_v1_tenants_tenant_id_agents_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/squads": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List squads
     * @description A team of agents; every member must be an agent of this tenant. Newest first.
     */
    get: operations["get_v1_tenants_tenant_id_squads"];
    put?: never;
    /**
     * Create squad
     * @description A team of agents; every member must be an agent of this tenant. Unknown fields are refused (422).
     */
    post: operations["post_v1_tenants_tenant_id_squads"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/squads/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get squad
     * @description A team of agents; every member must be an agent of this tenant.
     */
    get: operations["get_v1_tenants_tenant_id_squads_id"];
    /**
     * Update squad
     * @description A team of agents; every member must be an agent of this tenant. Partial: only the fields sent change. Unknown fields are refused (422).
     */
    put: operations["put_v1_tenants_tenant_id_squads_id"];
    post?: never;
    /**
     * Delete squad
     * @description A team of agents; every member must be an agent of this tenant.
     */
    delete: operations["delete_v1_tenants_tenant_id_squads_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/workflows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List workflows
     * @description The definition is a JSON object of at most 65536 bytes. Newest first.
     */
    get: operations["get_v1_tenants_tenant_id_workflows"];
    put?: never;
    /**
     * Create workflow
     * @description The definition is a JSON object of at most 65536 bytes. Unknown fields are refused (422).
     */
    post: operations["post_v1_tenants_tenant_id_workflows"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/workflows/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get workflow
     * @description The definition is a JSON object of at most 65536 bytes.
     */
    get: operations["get_v1_tenants_tenant_id_workflows_id"];
    /**
     * Update workflow
     * @description The definition is a JSON object of at most 65536 bytes. Partial: only the fields sent change. Unknown fields are refused (422).
     */
    put: operations["put_v1_tenants_tenant_id_workflows_id"];
    post?: never;
    /**
     * Delete workflow
     * @description The definition is a JSON object of at most 65536 bytes.
     */
    delete: operations["delete_v1_tenants_tenant_id_workflows_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/integrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List integrations
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them. Newest first.
     */
    get: operations["get_v1_tenants_tenant_id_integrations"];
    put?: never;
    /**
     * Create integration
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them. Unknown fields are refused (422).
     */
    post: operations["post_v1_tenants_tenant_id_integrations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/integrations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get integration
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them.
     */
    get: operations["get_v1_tenants_tenant_id_integrations_id"];
    /**
     * Update integration
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them. Partial: only the fields sent change. Unknown fields are refused (422).
     */
    put: operations["put_v1_tenants_tenant_id_integrations_id"];
    post?: never;
    /**
     * Delete integration
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them.
     */
    delete: operations["delete_v1_tenants_tenant_id_integrations_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/sip-trunks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List SIP trunks
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned. Newest first.
     */
    get: operations["get_v1_tenants_tenant_id_sip_trunks"];
    put?: never;
    /**
     * Create SIP trunk
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned. Unknown fields are refused (422).
     */
    post: operations["post_v1_tenants_tenant_id_sip_trunks"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/sip-trunks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get SIP trunk
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned.
     */
    get: operations["get_v1_tenants_tenant_id_sip_trunks_id"];
    /**
     * Update SIP trunk
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned. Partial: only the fields sent change. Unknown fields are refused (422).
     */
    put: operations["put_v1_tenants_tenant_id_sip_trunks_id"];
    post?: never;
    /**
     * Delete SIP trunk
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned.
     */
    delete: operations["delete_v1_tenants_tenant_id_sip_trunks_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/files": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List files
     * @description Metadata only, newest first; the bytes are at `…/files/{id}/content`.
     */
    get: operations["get_v1_tenants_tenant_id_files"];
    put?: never;
    /**
     * Upload file
     * @description The raw bytes as the body, the name in `X-Filename` (percent-encoded UTF-8 allowed) and the type in `Content-Type`; or `multipart/form-data` with the file in a part named `file`. At most 26214400 bytes (413); `Content-Length` is required (411). The bytes are streamed to storage and their SHA-256 computed on the way. The plan's quotas of files and bytes apply (403 `quota_exceeded`); an upload still arriving after 600 s is cut off (408).
     */
    post: operations["post_v1_tenants_tenant_id_files"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/files/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get file metadata */
    get: operations["get_v1_tenants_tenant_id_files_id"];
    put?: never;
    post?: never;
    /**
     * Delete file
     * @description Removes the metadata and the bytes.
     */
    delete: operations["delete_v1_tenants_tenant_id_files_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/files/{id}/content": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download file
     * @description The bytes as uploaded, streamed, with the stored `Content-Type`. A single `Range` (`bytes=start-end`) answers 206 with that part.
     */
    get: operations["get_v1_tenants_tenant_id_files_id_content"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List calls
     * @description Newest first; filter by `status` and by start time.
     */
    get: operations["get_v1_tenants_tenant_id_calls"];
    put?: never;
    /**
     * Start call
     * @description Admission control, checked and applied in one atomic step: 429 `concurrency_limit_reached` when `max_concurrent_calls` calls are active, 429 `monthly_limit_reached` when `monthly_call_limit` calls started this UTC calendar month (both with `Retry-After` where waiting helps), 409 `tenant_inactive` unless the tenant is active. `agent_id` must be an agent of this tenant (422).
     */
    post: operations["post_v1_tenants_tenant_id_calls"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/calls/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get call */
    get: operations["get_v1_tenants_tenant_id_calls_id"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/calls/{id}/end": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End call
     * @description Ends an active call, recording its duration and reason, and frees its slot. The body is optional. Ending a call that already ended is a 409 `call_already_ended`.
     */
    post: operations["post_v1_tenants_tenant_id_calls_id_end"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/calls/{id}/recording": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download call recording
     * @description The audio, streamed; a single `Range` (`bytes=start-end`) answers 206 with that part. 403 `recording_disabled` unless the tenant has `recording_enabled`.
     */
    get: operations["get_v1_tenants_tenant_id_calls_id_recording"];
    /**
     * Upload call recording
     * @description The audio as the raw body (`Content-Type: audio/…`, `Content-Length` required), streamed to storage with its SHA-256 computed on the way; at most 100000000 bytes. Replaces an earlier recording of the call. 403 `recording_disabled` unless the tenant has `recording_enabled`.
     */
    put: operations["put_v1_tenants_tenant_id_calls_id_recording"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/usage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get usage
     * @description Active calls and calls started this UTC calendar month, next to the limits they count against and the plan. The monthly count resets at `period_end`. `quotas`: what is stored (agents, files, their bytes) and sent (test webhooks this minute) against the plan's quotas.
     */
    get: operations["get_v1_tenants_tenant_id_usage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhooks/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a test webhook
     * @description Queues a signed `webhook.test` event to the tenant's webhook_url; follow it in the delivery log. 409 when there is no webhook_url or `webhook.test` is not in webhook_events; 429 `rate_limited` past the plan's test webhooks per minute.
     */
    post: operations["post_v1_tenants_tenant_id_webhooks_test"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhook-secret/rotate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate the webhook secret
     * @description Generates a new `whsec_` secret and returns it this once. For 24 hours deliveries carry two signatures, space-separated in `webhook-signature`: one by the new secret, one by the previous, so receivers can switch without losing events.
     */
    post: operations["post_v1_tenants_tenant_id_webhook_secret_rotate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhook-deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook deliveries
     * @description Every event sent or being sent to the tenant's webhook_url, newest first: its status, attempts so far, the last answer's status code and latency, the next retry, the error.
     */
    get: operations["get_v1_tenants_tenant_id_webhook_deliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhook-deliveries/{delivery_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook delivery
     * @description The delivery, the event body it sends, and a log line for every attempt.
     */
    get: operations["get_v1_tenants_tenant_id_webhook_deliveries_delivery_id"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhook-deliveries/{delivery_id}/redeliver": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Redeliver a webhook
     * @description Sends a finished delivery (succeeded or failed) again, with the same `webhook-id` so receivers can recognise it, and a fresh series of attempts. 409 while it is pending or when the tenant has no webhook_url.
     */
    post: operations["post_v1_tenants_tenant_id_webhook_deliveries_delivery_id_redeliver"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export tenant
     * @description Everything the tenant owns as one JSON document, streamed: its settings, every resource, the activity log, and the R2 objects listed by key, size and sha256. Secrets are left out (`<field>_set` says whether one is set), and so is the 24-hour idempotency replay cache. The backup to take before deleting.
     */
    get: operations["get_v1_tenants_tenant_id_export"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** OpenAPI document */
    get: operations["get_openapi.json"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/docs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API reference page */
    get: operations["get_docs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    TokenResponse: {
      access_token: string;
      /** @constant */
      token_type: "bearer";
      /** @description Seconds */
      expires_in: number;
      owner_id: string;
      /** @description Equals owner_id; null for platform admins */
      tenant_id: string | null;
    };
    Error: {
      detail: string;
      /** @description Stable, machine-readable reason */
      code: string;
    };
    ValidationError: {
      detail: {
        loc: (string | number)[];
        msg: string;
        type: string;
      }[];
    };
    SignupRequest: {
      /** Format: email */
      email: string;
      password: string;
      /** @description Organization name; defaults to the email's domain */
      name?: string;
    };
    LoginRequest: {
      /** Format: email */
      email: string;
      password: string;
    };
    ReencryptResult: {
      current_key: string;
      /** @description Values moved to the current key by this step */
      reencrypted: number;
      /** @description Values no key in the ring opens; logged, left as they are */
      unreadable: number;
      /** @description Values still sealed with another key */
      remaining: number;
    };
    ReencryptRequest: {
      /** @default 100 */
      limit: number;
    };
    DeletionPreview: {
      /** @constant */
      dry_run: true;
      tenant_id: string;
      active_calls: number;
      /** @description What would be deleted: R2 objects, rows of each table, the tenant */
      counts: {
        [key: string]: number;
      };
      /** @description False when the tenant has too many objects to count here: r2_objects is a floor */
      r2_objects_complete: boolean;
    };
    DeletionAccepted: {
      deletion_id: string;
      /** @enum {string} */
      status: "pending" | "running" | "completed" | "failed";
    };
    /** @description The deletion receipt: ids, who, when and how much; it outlives the tenant */
    DeletionJob: {
      deletion_id: string;
      tenant_id: string;
      /** @enum {string} */
      status: "pending" | "running" | "completed" | "failed";
      /** @description What is being deleted now: r2_objects, a table, webhook_farewell (the last webhook deliveries, tenant.deleted among them, being sent), tenant, done */
      stage: string;
      /** @description The user id that asked for the deletion */
      requested_by: string;
      /** @description Deleted so far: R2 objects, rows of each table, the tenant */
      counts: {
        [key: string]: number;
      };
      /** @description Failed attempts at the current step */
      attempts: number;
      last_error: string | null;
      created_at: string;
      started_at: string | null;
      updated_at: string;
      completed_at: string | null;
      /** @description What a waiting job waits for, and until when; null while it is not waiting */
      waiting_for: {
        /** @description Webhook deliveries still being retried */
        pending_deliveries: number;
        /** @description Uploads that started before the deletion and may still store an object */
        uploads_in_flight: number;
        /** @description The soonest retry of a pending delivery */
        next_attempt_at: string | null;
        /** @description When the job stops waiting: pending deliveries are marked failed then */
        gives_up_at: string;
      } | null;
    };
    Tenant: {
      /** @description Equals the owner's user id */
      id: string;
      name: string;
      /** @enum {string} */
      billing_plan: "starter" | "business" | "enterprise";
      max_concurrent_calls: number;
      /** @description 0 means no call may start */
      monthly_call_limit: number;
      sip_enabled: boolean;
      recording_enabled: boolean;
      analytics_enabled: boolean;
      /** @description Enterprise plan only */
      hipaa_enabled: boolean;
      /** @description Enterprise plan only */
      pci_enabled: boolean;
      sip_server: string | null;
      sip_username: string | null;
      sip_password_set: boolean;
      webhook_url: string | null;
      webhook_secret_set: boolean;
      webhook_events: (
        | "tenant.updated"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
      )[];
      /** @enum {string} */
      status: "active" | "inactive" | "deleting";
      created_at: string;
      updated_at: string;
    };
    UpdatedTenant: {
      /** @description Equals the owner's user id */
      id: string;
      name: string;
      /** @enum {string} */
      billing_plan: "starter" | "business" | "enterprise";
      max_concurrent_calls: number;
      /** @description 0 means no call may start */
      monthly_call_limit: number;
      sip_enabled: boolean;
      recording_enabled: boolean;
      analytics_enabled: boolean;
      /** @description Enterprise plan only */
      hipaa_enabled: boolean;
      /** @description Enterprise plan only */
      pci_enabled: boolean;
      sip_server: string | null;
      sip_username: string | null;
      sip_password_set: boolean;
      webhook_url: string | null;
      webhook_secret_set: boolean;
      webhook_events: (
        | "tenant.updated"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
      )[];
      /** @enum {string} */
      status: "active" | "inactive" | "deleting";
      created_at: string;
      updated_at: string;
      /** @description Present only when this update generated the webhook secret (a webhook_url set without one): shown this once, never again */
      webhook_secret?: string;
    };
    /** @description Only the fields sent change */
    TenantUpdate: {
      name?: string;
      /** @enum {string} */
      billing_plan?: "starter" | "business" | "enterprise";
      max_concurrent_calls?: number;
      monthly_call_limit?: number;
      sip_enabled?: boolean;
      recording_enabled?: boolean;
      analytics_enabled?: boolean;
      hipaa_enabled?: boolean;
      pci_enabled?: boolean;
      /** @description The tenant's SIP server: a public host name or address (a name of two labels or more, an IPv4 address or an IPv6 address in brackets); private, loopback, link-local and metadata addresses are refused */
      sip_server?: string | null;
      sip_username?: string | null;
      /** @description Write-only; stored encrypted */
      sip_password?: string | null;
      webhook_url?: string | null;
      /** @description Write-only; stored encrypted. Standard Webhooks format: `whsec_` + base64 of 24 to 64 random bytes. Left out while a webhook_url is set, one is generated and returned once */
      webhook_secret?: string | null;
      webhook_events?: (
        | "tenant.updated"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
      )[];
      /**
       * @description inactive = soft-deleted: data kept, no new calls
       * @enum {string}
       */
      status?: "active" | "inactive";
    };
    Agent: {
      id: string;
      tenant_id: string;
      created_at: string;
      updated_at: string;
      name: string;
      system_prompt: string | null;
      voice: string | null;
      language: string | null;
      model: string | null;
      settings: {
        [key: string]: unknown;
      } | null;
    };
    AgentCreate: {
      name: string;
      system_prompt?: string | null;
      /** @description Voice id of the speech provider */
      voice?: string | null;
      language?: string | null;
      /** @description Language model name */
      model?: string | null;
      /** @description Model settings such as temperature */
      settings?: {
        [key: string]: unknown;
      } | null;
    };
    AgentUpdate: {
      name?: string;
      system_prompt?: string | null;
      /** @description Voice id of the speech provider */
      voice?: string | null;
      language?: string | null;
      /** @description Language model name */
      model?: string | null;
      /** @description Model settings such as temperature */
      settings?: {
        [key: string]: unknown;
      } | null;
    };
    Squad: {
      id: string;
      tenant_id: string;
      created_at: string;
      updated_at: string;
      name: string;
      agent_ids: string[];
    };
    SquadCreate: {
      name: string;
      /**
       * @description Agents of this tenant, in order
       * @default []
       */
      agent_ids: string[];
    };
    SquadUpdate: {
      name?: string;
      /** @description Agents of this tenant, in order */
      agent_ids?: string[];
    };
    Workflow: {
      id: string;
      tenant_id: string;
      created_at: string;
      updated_at: string;
      name: string;
      definition: {
        [key: string]: unknown;
      };
    };
    WorkflowCreate: {
      name: string;
      /** @description A JSON object, at most 65536 bytes serialized */
      definition: {
        [key: string]: unknown;
      };
    };
    WorkflowUpdate: {
      name?: string;
      /** @description A JSON object, at most 65536 bytes serialized */
      definition?: {
        [key: string]: unknown;
      };
    };
    Integration: {
      id: string;
      tenant_id: string;
      created_at: string;
      updated_at: string;
      name: string;
      type: string;
      base_url: string;
      /** @description The credentials themselves are write-only */
      credentials_set: boolean;
    };
    IntegrationCreate: {
      name: string;
      /** @description What kind of API this is, e.g. crm, calendar, rest */
      type: string;
      /**
       * Format: uri
       * @description https only, to a public host name or address (not private, loopback, link-local or metadata addresses, not single-label names, .local, .internal and the like); no credentials
       */
      base_url: string;
      credentials?: {
        [key: string]: string;
      } | null;
    };
    IntegrationUpdate: {
      name?: string;
      /** @description What kind of API this is, e.g. crm, calendar, rest */
      type?: string;
      /**
       * Format: uri
       * @description https only, to a public host name or address (not private, loopback, link-local or metadata addresses, not single-label names, .local, .internal and the like); no credentials
       */
      base_url?: string;
      credentials?: {
        [key: string]: string;
      } | null;
    };
    SipTrunk: {
      id: string;
      tenant_id: string;
      created_at: string;
      updated_at: string;
      name: string;
      host: string;
      port: number;
      /** @enum {string} */
      transport: "udp" | "tcp" | "tls";
      username: string;
      /** @description The password itself is write-only */
      password_set: boolean;
    };
    SipTrunkCreate: {
      name: string;
      /** @description A public host name or address: a name of two labels or more, an IPv4 address or an IPv6 address in brackets; private, loopback, link-local and metadata addresses are refused */
      host: string;
      /** @default 5060 */
      port: number;
      /**
       * @default udp
       * @enum {string}
       */
      transport: "udp" | "tcp" | "tls";
      username: string;
      /** @description Write-only; stored encrypted */
      password: string;
    };
    SipTrunkUpdate: {
      name?: string;
      /** @description A public host name or address: a name of two labels or more, an IPv4 address or an IPv6 address in brackets; private, loopback, link-local and metadata addresses are refused */
      host?: string;
      port?: number;
      /** @enum {string} */
      transport?: "udp" | "tcp" | "tls";
      username?: string;
      /** @description Write-only; stored encrypted */
      password?: string;
    };
    File: {
      id: string;
      tenant_id: string;
      created_at: string;
      updated_at: string;
      name: string;
      content_type: string;
      /** @description Bytes */
      size: number;
      /** @description Hex SHA-256 of the bytes, computed while they were stored */
      sha256: string;
    };
    Call: {
      id: string;
      tenant_id: string;
      created_at: string;
      updated_at: string;
      agent_id: string | null;
      /** @enum {string} */
      direction: "inbound" | "outbound";
      from_number: string;
      to_number: string;
      /** @enum {string} */
      status: "active" | "ended";
      started_at: string;
      ended_at: string | null;
      duration_seconds: number | null;
      ended_reason: string | null;
      /** @description The uploaded recording's metadata; the audio is at `…/calls/{id}/recording` */
      recording: {
        size: number;
        content_type: string;
        sha256: string;
      } | null;
    };
    CallStart: {
      /** @description An agent of this tenant */
      agent_id: string;
      /** @enum {string} */
      direction: "inbound" | "outbound";
      from_number: string;
      to_number: string;
    };
    CallEnd: {
      /** @description Why the call ended, e.g. hangup; default completed */
      ended_reason?: string;
    };
    Usage: {
      /** @enum {string} */
      billing_plan: "starter" | "business" | "enterprise";
      active_calls: number;
      max_concurrent_calls: number;
      /** @description Calls started since period_start */
      calls_this_month: number;
      monthly_call_limit: number;
      /** @description Start of the current UTC calendar month */
      period_start: string;
      /** @description Start of the next one, when the monthly count resets */
      period_end: string;
      /** @description The plan's quotas: over one, 403 `quota_exceeded` (or 429 for a rate) */
      quotas: {
        agents: {
          used: number;
          limit: number;
        };
        files: {
          used: number;
          limit: number;
        };
        /** @description Bytes of knowledge-base files */
        file_bytes: {
          used: number;
          limit: number;
        };
        /** @description Test webhooks sent in the last minute */
        test_webhooks_per_minute: {
          used: number;
          limit: number;
        };
      };
    };
    WebhookDelivery: {
      /** @description Also the `webhook-id` header, the same on every attempt */
      id: string;
      /** @enum {string} */
      event_type:
        | "tenant.updated"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test";
      /** @enum {string} */
      status: "pending" | "succeeded" | "failed";
      /** @description Attempts made so far, redeliveries included */
      attempts: number;
      /** @description Null: no answer (network error) */
      last_status_code: number | null;
      last_latency_ms: number | null;
      last_error: string | null;
      /** @description When a pending delivery is tried again */
      next_retry_at: string | null;
      created_at: string;
      updated_at: string;
    };
    RotatedWebhookSecret: {
      /** @description The new secret: shown this once, never again */
      webhook_secret: string;
      /** @description Until then deliveries also carry a signature by the previous secret */
      previous_secret_expires_at: string | null;
    };
    WebhookDeliveryDetail: {
      /** @description Also the `webhook-id` header, the same on every attempt */
      id: string;
      /** @enum {string} */
      event_type:
        | "tenant.updated"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test";
      /** @enum {string} */
      status: "pending" | "succeeded" | "failed";
      /** @description Attempts made so far, redeliveries included */
      attempts: number;
      /** @description Null: no answer (network error) */
      last_status_code: number | null;
      last_latency_ms: number | null;
      last_error: string | null;
      /** @description When a pending delivery is tried again */
      next_retry_at: string | null;
      created_at: string;
      updated_at: string;
      /** @description The JSON body sent to the receiver */
      event: {
        type: string;
        timestamp: string;
        data: {
          [key: string]: unknown;
        };
      };
      attempt_log: {
        attempt: number;
        status_code: number | null;
        latency_ms: number;
        error: string | null;
        created_at: string;
      }[];
    };
    TenantExport: {
      /** @constant */
      format: "tenant-export/1";
      exported_at: string;
      /** @description The tenant's settings; secrets appear only as `<field>_set` */
      tenant: {
        [key: string]: unknown;
      };
      /** @description Table name → the tenant's rows, the activity log included; no secrets */
      tables: {
        [key: string]: {
          [key: string]: unknown;
        }[];
      };
      /** @description The R2 objects the rows point to (files, call recordings), by key */
      blobs: {
        table: string;
        id: string;
        key: string;
        size: number | null;
        sha256: string | null;
        content_type: string | null;
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  post_v1_auth_signup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SignupRequest"];
      };
    };
    responses: {
      /** @description Signed up */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenResponse"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LoginRequest"];
      };
    };
    responses: {
      /** @description Logged in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenResponse"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: "active" | "inactive" | "deleting";
        billing_plan?: "starter" | "business" | "enterprise";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tenants */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** @description Equals the owner's user id */
              id: string;
              name: string;
              /** @enum {string} */
              billing_plan: "starter" | "business" | "enterprise";
              max_concurrent_calls: number;
              /** @description 0 means no call may start */
              monthly_call_limit: number;
              sip_enabled: boolean;
              recording_enabled: boolean;
              analytics_enabled: boolean;
              /** @description Enterprise plan only */
              hipaa_enabled: boolean;
              /** @description Enterprise plan only */
              pci_enabled: boolean;
              sip_server: string | null;
              sip_username: string | null;
              sip_password_set: boolean;
              webhook_url: string | null;
              webhook_secret_set: boolean;
              webhook_events: (
                | "tenant.updated"
                | "tenant.deletion_started"
                | "tenant.deleted"
                | "call.started"
                | "call.ended"
                | "webhook.test"
              )[];
              /** @enum {string} */
              status: "active" | "inactive" | "deleting";
              created_at: string;
              updated_at: string;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
    };
  };
  post_v1_admin_encryption_reencrypt: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReencryptRequest"];
      };
    };
    responses: {
      /** @description What this step did */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReencryptResult"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Tenant"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  put_v1_tenants_tenant_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag from a previous read */
        "If-Match"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TenantUpdate"];
      };
    };
    responses: {
      /** @description The updated tenant */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdatedTenant"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match the current ETag */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  delete_v1_tenants_tenant_id: {
    parameters: {
      query?: {
        force?: "true" | "false";
        dry_run?: "true" | "false";
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Dry run: what would be deleted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionPreview"];
        };
      };
      /** @description Deletion started (or already under way) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionAccepted"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_deletion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deletion job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionJob"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_deletion_resume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The resumed job */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionJob"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_activity_logs: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        action?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              actor_id: string;
              action: string;
              target_type: string;
              target_id: string;
              /** @description Field → {from, to}; secrets appear only as "[redacted]" */
              changes: {
                [key: string]: {
                  from: unknown;
                  to: unknown;
                };
              };
              request_id: string;
              ip: string | null;
              user_agent: string | null;
              created_at: string;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_agents: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              created_at: string;
              updated_at: string;
              name: string;
              system_prompt: string | null;
              voice: string | null;
              language: string | null;
              model: string | null;
              settings: {
                [key: string]: unknown;
              } | null;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_agents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AgentCreate"];
      };
    };
    responses: {
      /** @description The new agent */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_agents_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  put_v1_tenants_tenant_id_agents_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AgentUpdate"];
      };
    };
    responses: {
      /** @description The updated agent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_agents_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_squads: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              created_at: string;
              updated_at: string;
              name: string;
              agent_ids: string[];
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_squads: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SquadCreate"];
      };
    };
    responses: {
      /** @description The new squad */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Squad"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_squads_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The squad */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Squad"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  put_v1_tenants_tenant_id_squads_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SquadUpdate"];
      };
    };
    responses: {
      /** @description The updated squad */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Squad"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_squads_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_workflows: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              created_at: string;
              updated_at: string;
              name: string;
              definition: {
                [key: string]: unknown;
              };
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_workflows: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WorkflowCreate"];
      };
    };
    responses: {
      /** @description The new workflow */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Workflow"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_workflows_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workflow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Workflow"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  put_v1_tenants_tenant_id_workflows_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WorkflowUpdate"];
      };
    };
    responses: {
      /** @description The updated workflow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Workflow"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_workflows_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_integrations: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              created_at: string;
              updated_at: string;
              name: string;
              type: string;
              base_url: string;
              /** @description The credentials themselves are write-only */
              credentials_set: boolean;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_integrations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["IntegrationCreate"];
      };
    };
    responses: {
      /** @description The new integration */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Integration"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_integrations_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The integration */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Integration"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  put_v1_tenants_tenant_id_integrations_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["IntegrationUpdate"];
      };
    };
    responses: {
      /** @description The updated integration */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Integration"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_integrations_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_sip_trunks: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              created_at: string;
              updated_at: string;
              name: string;
              host: string;
              port: number;
              /** @enum {string} */
              transport: "udp" | "tcp" | "tls";
              username: string;
              /** @description The password itself is write-only */
              password_set: boolean;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_sip_trunks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SipTrunkCreate"];
      };
    };
    responses: {
      /** @description The new SIP trunk */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SipTrunk"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_sip_trunks_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SIP trunk */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SipTrunk"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  put_v1_tenants_tenant_id_sip_trunks_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SipTrunkUpdate"];
      };
    };
    responses: {
      /** @description The updated SIP trunk */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SipTrunk"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_sip_trunks_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_files: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              created_at: string;
              updated_at: string;
              name: string;
              content_type: string;
              /** @description Bytes */
              size: number;
              /** @description Hex SHA-256 of the bytes, computed while they were stored */
              sha256: string;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_files: {
    parameters: {
      query?: never;
      header: {
        /** @description The file's name (raw uploads) */
        "X-Filename"?: string;
        /** @description The body's size */
        "Content-Length": string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    /** @description The file's bytes; or multipart/form-data with a `file` part */
    requestBody: {
      content: {
        "application/octet-stream": Blob;
      };
    };
    responses: {
      /** @description The stored file's metadata */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["File"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Error */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Length required */
      411: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_files_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file's metadata */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["File"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_files_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_files_id_content: {
    parameters: {
      query?: never;
      header?: {
        /** @description bytes=start-end, one range */
        Range?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": Blob;
        };
      };
      /** @description The requested range */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Range not satisfiable */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_calls: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: "active" | "ended";
        started_after?: string;
        started_before?: string;
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              tenant_id: string;
              created_at: string;
              updated_at: string;
              agent_id: string | null;
              /** @enum {string} */
              direction: "inbound" | "outbound";
              from_number: string;
              to_number: string;
              /** @enum {string} */
              status: "active" | "ended";
              started_at: string;
              ended_at: string | null;
              duration_seconds: number | null;
              ended_reason: string | null;
              /** @description The uploaded recording's metadata; the audio is at `…/calls/{id}/recording` */
              recording: {
                size: number;
                content_type: string;
                sha256: string;
              } | null;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_calls: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CallStart"];
      };
    };
    responses: {
      /** @description The call, active */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_calls_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_calls_id_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CallEnd"];
      };
    };
    responses: {
      /** @description The ended call */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_calls_id_recording: {
    parameters: {
      query?: never;
      header?: {
        /** @description bytes=start-end, one range */
        Range?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "audio/*": Blob;
        };
      };
      /** @description The requested range */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Range not satisfiable */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  put_v1_tenants_tenant_id_calls_id_recording: {
    parameters: {
      query?: never;
      header: {
        /** @description The audio's size */
        "Content-Length": string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    /** @description The audio */
    requestBody: {
      content: {
        "audio/*": Blob;
      };
    };
    responses: {
      /** @description Replaced; the call with its recording */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /** @description Stored; the call with its recording */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /** @description Malformed request (for example invalid JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Length required */
      411: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Content-Type not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_usage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Usage now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Usage"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhooks_test: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The queued delivery */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDelivery"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhook_secret_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RotatedWebhookSecret"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_webhook_deliveries: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: "pending" | "succeeded" | "failed";
        event_type?:
          | "tenant.updated"
          | "tenant.deletion_started"
          | "tenant.deleted"
          | "call.started"
          | "call.ended"
          | "webhook.test";
      };
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of deliveries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** @description Also the `webhook-id` header, the same on every attempt */
              id: string;
              /** @enum {string} */
              event_type:
                | "tenant.updated"
                | "tenant.deletion_started"
                | "tenant.deleted"
                | "call.started"
                | "call.ended"
                | "webhook.test";
              /** @enum {string} */
              status: "pending" | "succeeded" | "failed";
              /** @description Attempts made so far, redeliveries included */
              attempts: number;
              /** @description Null: no answer (network error) */
              last_status_code: number | null;
              last_latency_ms: number | null;
              last_error: string | null;
              /** @description When a pending delivery is tried again */
              next_retry_at: string | null;
              created_at: string;
              updated_at: string;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_webhook_deliveries_delivery_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        delivery_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDeliveryDetail"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhook_deliveries_delivery_id_redeliver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
        delivery_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery, pending again */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDelivery"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Validation failed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  get_v1_tenants_tenant_id_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantExport"];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (another tenant's resources answer 404 too) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Limit reached */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  "get_openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 3.1 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  get_docs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HTML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
