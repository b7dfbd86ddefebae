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
     * @description Creates the owner and its tenant (starter plan, small limits, every feature off). The tenant's id equals the owner's id; `Location` is the new tenant's path.
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
     * @description Starts a session: an access token for an hour and a refresh token for 30 days. One answer for an unknown email and a wrong password. The users of a tenant being deleted get 409 `tenant_deleting`, of one being moved 409 `tenant_moving`. Past 10 attempts a minute on one email from one address, that address gets 429 `rate_limited`; past 20 a minute on one email from every address, answers wait a second, but are never refused.
     */
    post: operations["post_v1_auth_login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/refresh": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refresh the session
     * @description Trades the session's refresh token for a new access token and a new refresh token; the one sent is spent. A spent one sent again is taken for a stolen copy: the whole session is revoked (401), every token of it refused from then on.
     */
    post: operations["post_v1_auth_refresh"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log out
     * @description Revokes the session of the access token sent: it and its refresh token are refused from the next request on, whatever the tenant's state, and the session cookie is cleared.
     */
    post: operations["post_v1_auth_logout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change password
     * @description With the current password: sets the new one and ends every other session of the user (this one goes on), whatever the tenant's state. Per address and per user, 20 tries a minute, then 429 `rate_limited`. 401 for a wrong password, or when another change won.
     */
    post: operations["post_v1_auth_password"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/accept-invitation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation
     * @description With the invitation token a member was given and a password of its choosing: makes the member's account and logs it in. An invitation is good once, for 7 days.
     */
    post: operations["post_v1_auth_accept_invitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/audit/public-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audit public key
     * @description The Ed25519 key (JWK) every audit checkpoint is signed with: with it alone, `npm run verify-audit` checks an export's trail offline.
     */
    get: operations["get_v1_audit_public_key"];
    put?: never;
    post?: never;
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
     * @description Platform admins only; owners get 403. Every cell's tenants, newest first, one cursor over all of them. Filter by `status` and `billing_plan`.
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
     * @description One bounded step of a key rotation, over every cell. Put the new key first in `ENCRYPTION_KEYS` (old keys after it), call this until `remaining` is 0, then remove the old keys.
     */
    post: operations["post_v1_admin_encryption_reencrypt"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/admin/encryption/rotation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the key rotation
     * @description Platform admins: the latest rotation, running or ended.
     */
    get: operations["get_v1_admin_encryption_rotation"];
    put?: never;
    /**
     * Rotate every secret to the current key
     * @description The whole rotation as a job: every value sealed with another key is re-sealed with the ring's current one, cell after cell, `limit` values a step, then every cell is counted once more. Follow it at `GET …/rotation`; once it is `completed`, remove the old keys. A rotation running is returned as it is; a failed one resumes where it stopped; a completed one starts over.
     */
    post: operations["post_v1_admin_encryption_rotation"];
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id"];
    /**
     * Update tenant
     * @description Complete the organization setup or change settings. Partial: only the fields sent change. Plan rules are enforced on the result (422 naming the rule). `sip_password` and `webhook_secret` are encrypted before storage and never returned. Send `If-Match` with the ETag you read to refuse a stale write (412). Every change is written to the activity log and reported by a `tenant.updated` webhook. Setting `webhook_url` without a `webhook_secret` generates one, returned once in this response. `deletion_grace_days` is the owner's to set (403 `forbidden` to anyone else). While the tenant's deletion is scheduled nothing changes here (409 `tenant_deletion_scheduled`). In a family, a sub-account's limits stay within its parent's (422 `above_parent_limit`) and a parent's at or above its sub-accounts' (422 `below_subaccount_limits`, naming them).
     *
     *     Needs the `admin` role or above.
     */
    put: operations["put_v1_tenants_tenant_id"];
    post?: never;
    /**
     * Delete tenant
     * @description Permanently deletes the tenant and everything it owns, asynchronously: records a deletion job, marks the tenant `deleting` and answers 202. Follow the job at `GET …/deletion`. Repeating the request returns the same job. With a grace period (`deletion_grace_days` > 0) the deletion is scheduled instead: 202 with `status: scheduled` and `scheduled_for`, the tenant `deletion_scheduled` (reads and sign-in served, writes and new calls refused with 409 `tenant_deletion_scheduled`), `tenant.deletion_scheduled` sent at once and `tenant.deletion_reminder` a day before; `POST …/deletion/cancel` keeps the tenant. `now=true` deletes at once, also a deletion already scheduled. While calls are active the answer is 409 `active_calls` unless `force=true`, which ends them. `dry_run=true` answers 200 with what would be deleted and changes nothing. Owner or platform admin. A tenant with sub-accounts is refused with 409 `has_subaccounts` unless `include_subaccounts=true`: then each sub-account's own deletion starts first, with its own receipt, and the tenant's ends only once they are gone; a family is deleted at once, without a grace period. Once the tenant is gone, it answers the receipt to the session that requested the deletion and to platform admins alone (401 to anyone else).
     *
     *     Needs the `owner` role or above.
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
     * @description Status, stage, counts deleted per resource, times and the last error; a deletion waiting out the tenant's grace period is `scheduled`, with `scheduled_for`; while the job waits (for its last webhook deliveries, or for uploads that started before it), `waiting_for` says for what and until when. Still answers after the tenant is gone: the job is the deletion receipt (ids and counts, no personal data), read then only by the session that requested the deletion, with an access token that has not expired, and by platform admins (401 to anyone else: the tenant's sessions, keys and accounts are gone with it).
     *
     *     Needs the `viewer` role or above.
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
  "/v1/tenants/{tenant_id}/deletion/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel scheduled deletion
     * @description Cancels a deletion waiting out the tenant's grace period: the tenant gets back the status it had (`active` or `inactive`) and everything it owned, as it was; logged as `tenant.deletion_cancelled` and sent as that event. 409 `deletion_not_scheduled` when no deletion waits, `tenant_deleting` once it has begun. Owner or platform admin.
     *
     *     Needs the `owner` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_deletion_cancel"];
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
     *
     *     Platform admins only.
     */
    post: operations["post_v1_tenants_tenant_id_deletion_resume"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/move": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the tenant's move
     * @description Platform admins: the tenant's latest move, running or ended.
     *
     *     Platform admins only.
     */
    get: operations["get_v1_tenants_tenant_id_move"];
    put?: never;
    /**
     * Move tenant to another cell
     * @description Platform admins. Moves the tenant's rows (and, to another data region, its objects) to `cell` in bounded steps: while it moves, its data is read as usual and writes answer 409 `tenant_moving` with `Retry-After`. Follow the job at `GET …/move`. A move already running is returned as it is. A failed move is taken up again by another request, from where the cells stand. A family moves together: moving a parent starts its sub-accounts' moves to the same cell first; a sub-account alone is not movable (409 `tenant_not_movable`).
     *
     *     Platform admins only.
     */
    post: operations["post_v1_tenants_tenant_id_move"];
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
     * @description The audit trail of every change to the tenant and what it owns, newest first; with `hipaa_enabled`, every read of recordings, calls and the export too.
     *
     *     Needs the `viewer` role or above.
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
  "/v1/tenants/{tenant_id}/activity-logs/verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify the audit trail
     * @description Walks the tenant's audit chain, archived entries first, a bounded step a request: each entry must follow the one before it (no seq missing) and carry the hash its content gives, and the latest signed checkpoint (write-once in R2) must agree. `next_cursor` continues the walk; `status` is `ok` so far, or `broken` with the first break, for one of these reasons (`npm run verify-audit` gives the same): `missing`: an entry removed: no entry has this seq, though later ones do; `hash_mismatch`: an entry edited or moved: its hash is not what its content and the hash before it give; `out_of_order`: an entry whose seq repeats one before it; `truncated`: the tail removed: the checkpoint vouches for entries that are gone or unhashed; `checkpoint_mismatch`: the checkpoint is not signed by the key, or names a hash the entries do not give; `tenant_mismatch`: the checkpoint, or an entry, is another tenant's; `malformed`: not an entry: its seq not a positive integer, or a field missing or of the wrong type; `unanchored`: an export's entry no signed checkpoint covers: the export without its checkpoint, or an entry after the one its checkpoint names. `unsealed`: the newest entries, hashed within a minute. The README says how to check it offline.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_activity_logs_verify"];
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_agents"];
    put?: never;
    /**
     * Create agent
     * @description Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
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
    /**
     * Get agent
     * @description Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_agents_id"];
    /**
     * Update agent
     * @description Partial: only the fields sent change. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_agents_id"];
    post?: never;
    /**
     * Delete agent
     * @description Needs the `developer` role or above.
     */
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_squads"];
    put?: never;
    /**
     * Create squad
     * @description A team of agents; every member must be an agent of this tenant. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_squads_id"];
    /**
     * Update squad
     * @description A team of agents; every member must be an agent of this tenant. Partial: only the fields sent change. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_squads_id"];
    post?: never;
    /**
     * Delete squad
     * @description A team of agents; every member must be an agent of this tenant.
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_workflows"];
    put?: never;
    /**
     * Create workflow
     * @description The definition is a JSON object of at most 65536 bytes. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_workflows_id"];
    /**
     * Update workflow
     * @description The definition is a JSON object of at most 65536 bytes. Partial: only the fields sent change. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_workflows_id"];
    post?: never;
    /**
     * Delete workflow
     * @description The definition is a JSON object of at most 65536 bytes.
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_integrations"];
    put?: never;
    /**
     * Create integration
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_integrations_id"];
    /**
     * Update integration
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them. Partial: only the fields sent change. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_integrations_id"];
    post?: never;
    /**
     * Delete integration
     * @description An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them.
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_sip_trunks"];
    put?: never;
    /**
     * Create SIP trunk
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_sip_trunks_id"];
    /**
     * Update SIP trunk
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned. Partial: only the fields sent change. Unknown fields are refused (422).
     *
     *     Needs the `developer` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_sip_trunks_id"];
    post?: never;
    /**
     * Delete SIP trunk
     * @description Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. The password is encrypted before storage and never returned.
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_files"];
    put?: never;
    /**
     * Upload file
     * @description The name in `X-Filename` (percent-encoded UTF-8 allowed); the raw bytes as the body, the type in `Content-Type` (any `type/subtype`, stored as sent), or `multipart/form-data` with the file in a part named `file`, typed by the part. At most 26214400 bytes (413); `Content-Length` is required (411). The bytes are streamed to storage and their SHA-256 computed on the way. The plan's quotas of files and bytes apply (403 `quota_exceeded`); an upload still arriving after 600 s is cut off (408).
     *
     *     Needs the `developer` role or above.
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
    /**
     * Get file metadata
     * @description Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_files_id"];
    put?: never;
    post?: never;
    /**
     * Delete file
     * @description Removes the metadata and the bytes.
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `viewer` role or above.
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
     * @description Newest first; filter by `status` and by start time, and a parent by `subaccount_id` (one of its sub-accounts' calls). With `hipaa_enabled`, each page read is logged (`calls.listed`, with the ids on the page) before it is served.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_calls"];
    put?: never;
    /**
     * Start call
     * @description Admission control, checked and applied in one atomic step: 429 `concurrency_limit_reached` when `max_concurrent_calls` calls are active, 429 `monthly_limit_reached` when `monthly_call_limit` calls started this UTC calendar month (both with `Retry-After` where waiting helps), 409 `tenant_inactive` unless the tenant is active. `agent_id` must be an agent of this tenant (422). In a family (a parent and its sub-accounts) the parent's limits cap all its calls together: 429 `family_concurrency_limit_reached` and `family_monthly_limit_reached` when the parent's pool is full, 409 `parent_inactive` unless the parent is active. The usage alerts the start reaches (`…/usage-alerts`) are decided in the same step: `usage.threshold_reached`.
     *
     *     Needs the `developer` role or above.
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
    /**
     * Get call
     * @description With `hipaa_enabled`, the read is logged (`call.accessed`) before it is served.
     *
     *     Needs the `viewer` role or above.
     */
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
     *
     *     Needs the `developer` role or above.
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
     * @description The audio, streamed; a single `Range` (`bytes=start-end`) answers 206 with that part. 403 `pci_enabled` while the tenant has `pci_enabled`, 403 `recording_disabled` unless it has `recording_enabled`. With `hipaa_enabled`, the read (200, 206 or 304) is logged (`recording.accessed`) before anything is sent.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_calls_id_recording"];
    /**
     * Upload call recording
     * @description The audio as the raw body, in one of the listed types (parameters such as `; rate=8000` may follow; any other type is 415), with its `Content-Length` (411 without), streamed to storage with its SHA-256 computed on the way; at most 100000000 bytes. Replaces an earlier recording of the call. 403 `pci_enabled` while the tenant has `pci_enabled`, 403 `recording_disabled` unless it has `recording_enabled`; both are checked again when the upload is recorded, so an upload that a switch to PCI overtakes stores nothing.
     *
     *     Needs the `developer` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_calls_id_recording"];
    post?: never;
    /**
     * Delete call recording
     * @description Removes the audio from storage and the recording's metadata from the call, which keeps its other fields; logged as `call.recording_deleted`. Allowed whatever the tenant's features, `pci_enabled` included, so stored audio can always be removed. 404 when the call has no recording. The audio goes first: should the rest fail, the call still shows the metadata (its download answers 404) and sending the DELETE again finishes the job. 409 `conflict` when a new recording was uploaded meanwhile; it is kept.
     *
     *     Needs the `developer` role or above.
     */
    delete: operations["delete_v1_tenants_tenant_id_calls_id_recording"];
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
     * @description Active calls and calls started this UTC calendar month, next to the limits they count against and the plan. The monthly count resets at `period_end`. `quotas`: what is stored (agents, files, their bytes) and sent (test webhooks this minute) against the plan's quotas. `recordings`: the call recordings stored and their bytes. A parent's `group_by=tenant` adds `by_tenant`: itself and each sub-account, their use of its pool.
     *
     *     Needs the `viewer` role or above.
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
  "/v1/tenants/{tenant_id}/usage-alerts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List usage alerts
     * @description A usage alert sends `usage.threshold_reached` (see `webhooks`) and logs it when its metric reaches its threshold: decided in the batch of the write that reaches it (a call's start, a file or recording upload), once per UTC calendar month when `recurring`, else once. Parallel writes reaching it together send it once. A new tenant starts with two: 80 % and 100 % of `monthly_call_limit`, recurring. Newest first.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_usage_alerts"];
    put?: never;
    /**
     * Create usage alert
     * @description A usage alert sends `usage.threshold_reached` (see `webhooks`) and logs it when its metric reaches its threshold: decided in the batch of the write that reaches it (a call's start, a file or recording upload), once per UTC calendar month when `recurring`, else once. Parallel writes reaching it together send it once. A new tenant starts with two: 80 % and 100 % of `monthly_call_limit`, recurring. Exactly one of `threshold` and `threshold_percent` (422 otherwise); a percentage needs a metric with a limit (422). At most 25 alerts a tenant (403 `quota_exceeded`). An alert whose metric is already past its threshold is reached by the next write that changes the metric.
     *
     *     Needs the `developer` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_usage_alerts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/usage-alerts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get usage alert
     * @description A usage alert sends `usage.threshold_reached` (see `webhooks`) and logs it when its metric reaches its threshold: decided in the batch of the write that reaches it (a call's start, a file or recording upload), once per UTC calendar month when `recurring`, else once. Parallel writes reaching it together send it once. A new tenant starts with two: 80 % and 100 % of `monthly_call_limit`, recurring.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_usage_alerts_id"];
    put?: never;
    post?: never;
    /**
     * Delete usage alert
     * @description The alert stops; what it sent and logged stays.
     *
     *     Needs the `developer` role or above.
     */
    delete: operations["delete_v1_tenants_tenant_id_usage_alerts_id"];
    options?: never;
    head?: never;
    /**
     * Update usage alert
     * @description Only the fields sent change. `threshold` replaces a `threshold_percent` and the other way round (422 for both at once, or a percentage on a metric without a limit). A new metric or threshold arms the alert again: it is reached anew, this month too.
     *
     *     Needs the `developer` role or above.
     */
    patch: operations["patch_v1_tenants_tenant_id_usage_alerts_id"];
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/analytics/calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Call analytics
     * @description Calls started per bucket of `interval` in `timezone`'s calendar, with how many ended and their durations, optionally split by `group_by`; from counters kept as calls start and end, so the answer costs the same at any history size. The range is widened to whole buckets and the answer gives the effective `from` and `to`. Every bucket is present, empty ones with zeros, each with every group seen in the range (`direction`: always both). Longest range: `hour` 31 days, `day` 400 days, `month` 10 years (120 months) (422 `analytics_range_too_long`). With `Accept: text/csv` (preferred to `application/json`) the buckets come as CSV. 403 `analytics_disabled` unless the tenant has `analytics_enabled`.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_analytics_calls"];
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
     *
     *     Needs the `developer` role or above.
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
     *
     *     Needs the `developer` role or above.
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
     * @description Every event sent or being sent to the tenant's webhook endpoints (one delivery per endpoint, `endpoint_id` saying which; `primary`: the webhook_url), newest first: its status, attempts so far, the last answer's status code and latency, the next retry, the error.
     *
     *     Needs the `viewer` role or above.
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
     *
     *     Needs the `viewer` role or above.
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
     * @description Sends a finished delivery (succeeded or failed) again, with the same `webhook-id` so receivers can recognise it, and a fresh series of attempts. 409 while it is pending, when the tenant has no webhook_url, or when its endpoint is deleted or disabled.
     *
     *     Needs the `developer` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_webhook_deliveries_delivery_id_redeliver"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhook-endpoints": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook endpoints
     * @description Each event goes to every enabled endpoint that takes it, signed with that endpoint's secret (Standard Webhooks), retried and logged per endpoint (`GET …/webhook-deliveries?endpoint_id=`). The tenant's own webhook_url, webhook_events and webhook_secret are its first endpoint, `primary`, listed first and changed through the tenant's settings. An endpoint whose every attempt failed for three days is disabled, and the others receive `webhook_endpoint.disabled`. The primary endpoint first (when a webhook_url is set), then the others, newest first.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_webhook_endpoints"];
    put?: never;
    /**
     * Create a webhook endpoint
     * @description Each event goes to every enabled endpoint that takes it, signed with that endpoint's secret (Standard Webhooks), retried and logged per endpoint (`GET …/webhook-deliveries?endpoint_id=`). The tenant's own webhook_url, webhook_events and webhook_secret are its first endpoint, `primary`, listed first and changed through the tenant's settings. An endpoint whose every attempt failed for three days is disabled, and the others receive `webhook_endpoint.disabled`. Its own `whsec_` secret is generated and returned this once. At most as many as the plan allows besides the primary one (403 `webhook_endpoint_limit_reached`). Unknown fields are refused (422).
     *
     *     Needs the `admin` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_webhook_endpoints"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhook-endpoints/{endpoint_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook endpoint
     * @description `primary`: the tenant's own webhook_url, as its first endpoint.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_webhook_endpoints_endpoint_id"];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint
     * @description Its deliveries stay listed; those still pending fail. 409 `primary_webhook_endpoint` for `primary`: set the tenant's webhook_url to null instead.
     *
     *     Needs the `admin` role or above.
     */
    delete: operations["delete_v1_tenants_tenant_id_webhook_endpoints_endpoint_id"];
    options?: never;
    head?: never;
    /**
     * Update a webhook endpoint
     * @description Partial: only the fields sent change. Enabling a disabled endpoint forgets its failures. 409 `primary_webhook_endpoint` for `primary`, which the tenant's settings change.
     *
     *     Needs the `admin` role or above.
     */
    patch: operations["patch_v1_tenants_tenant_id_webhook_endpoints_endpoint_id"];
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/webhook-endpoints/{endpoint_id}/rotate-secret": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a webhook endpoint's secret
     * @description A new `whsec_` secret for this endpoint alone, returned this once. For 24 hours its deliveries carry two signatures, one by each secret. 409 `primary_webhook_endpoint` for `primary`: rotate it with `POST …/webhook-secret/rotate`.
     *
     *     Needs the `developer` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_webhook_endpoints_endpoint_id_rotate_secret"];
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
     * @description Everything the tenant owns as one JSON document, streamed: its settings, every resource, the activity log, the rows moved to the archive, and the R2 objects listed by key, size and sha256. Secrets are left out (`<field>_set` says whether one is set), and so is the 24-hour idempotency replay cache. The backup to take before deleting. With `hipaa_enabled`, the export is logged (`tenant.exported`, naming the tables read) before its first byte is sent. Everything at once is an admin's to take.
     *
     *     Needs the `admin` role or above.
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
  "/v1/tenants/{tenant_id}/archives": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List archive parts
     * @description Ended calls, activity entries and finished webhook deliveries older than the plan's hot window (starter 30 days, business 90, enterprise 400) leave the database for the tenant's archive: gzipped NDJSON parts of up to 1000 rows of one table and month, each with its row count and SHA-256. Newest first; filter by `table` and `period`.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_archives"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/archives/{table}/{period}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read an archived month
     * @description Every archived row of the table and month as NDJSON, one row a line, in the JSON the API answers for it (a call as `GET …/calls/{id}`, an entry as in the activity log, a delivery as `GET …/webhook-deliveries/{id}` with its event and attempt log), oldest first. 404 when nothing of that month is archived. With `hipaa_enabled`, the read is logged (`archive.accessed`) before it is served.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_archives_table_period"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List members
     * @description The owner and everyone invited, newest first.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_members"];
    put?: never;
    /**
     * Invite a member
     * @description Invites an email with a role (admin, developer, viewer). The answer carries the invitation token, once; a `member.invited` webhook carries it too. 409 `email_taken` when the email has an account already, 409 `already_invited` when it is a member or invited already.
     *
     *     Needs the `admin` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_members"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/members/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change a member's role
     * @description Takes effect on the member's next request. The owner's role does not change.
     *
     *     Needs the `admin` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_members_id"];
    post?: never;
    /**
     * Remove a member
     * @description Removes the member, its sessions, its member keys and its account: its tokens and keys are refused from its next request on. The service keys it made are the organization's and stay: the answer names them, to rotate or revoke. The owner cannot be removed.
     *
     *     Needs the `admin` role or above.
     */
    delete: operations["delete_v1_tenants_tenant_id_members_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/members/{id}/subaccounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Grant a member sub-accounts
     * @description The parent's developers and viewers reach the sub-accounts listed here, with their role; its owner and admins reach them all. `["*"]` grants every sub-account, present and future. An id that is no sub-account of this tenant is a 422 `unknown_subaccount`.
     *
     *     Needs the `admin` role or above.
     */
    put: operations["put_v1_tenants_tenant_id_members_id_subaccounts"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API keys
     * @description Newest first: names, roles, prefixes and use; never a key itself.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_api_keys"];
    put?: never;
    /**
     * Create an API key
     * @description A key with a role, for a backend: `sk_` and 43 random base62 characters (256 bits) after the cell and tenant it is for. Shown once in the answer; stored only as an HMAC. Refused (401) once deleted or past `expires_at`. A `member` key is its maker's: it does at most what its maker's role allows at the time, and is refused (401) once its maker is removed. A `service` key is the organization's and outlives its maker; the removal of the member who made one names it. A platform admin or a service key has no member to make a member key for (403): it makes service keys.
     *
     *     Needs the `admin` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_api_keys"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/api-keys/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API key
     * @description Deletes the key: refused (401) from the next request on.
     *
     *     Needs the `admin` role or above.
     */
    delete: operations["delete_v1_tenants_tenant_id_api_keys_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/subaccounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List sub-accounts
     * @description The tenant's sub-accounts, newest first.
     *
     *     Needs the `viewer` role or above.
     */
    get: operations["get_v1_tenants_tenant_id_subaccounts"];
    put?: never;
    /**
     * Create a sub-account
     * @description A tenant of its own (its settings, resources, audit trail, export and deletion) run by this one as its parent, in the parent's cell and on its plan. Its limits are carved from the parent's (422 `above_parent_limit`), and the parent's limits cap the whole family: a call start anywhere in it is refused once the parent's pool is full. Business and enterprise plans only (403 `subaccounts_not_in_plan`), as many as the plan allows (403 `subaccount_quota_reached`); a sub-account owns none (403 `subaccount_nesting`). An inactive tenant makes none (409 `tenant_inactive`).
     *
     *     Needs the `admin` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_subaccounts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/subaccounts/{sub_id}/detach": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Detach a sub-account
     * @description The sub-account becomes a tenant of its own, keeping everything it owns, with the owner named here: an account made for it (its id is the tenant's), who logs in with this email and password. Its limits stop counting against the parent's pool at once. 409 `email_taken` when the email has an account already.
     *
     *     Needs the `owner` role or above.
     */
    post: operations["post_v1_tenants_tenant_id_subaccounts_sub_id_detach"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/tenants/{tenant_id}/parent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Move a sub-account to another parent
     * @description Platform admins. The sub-account (the path's tenant) belongs to `parent_id` from now on: a tenant of the same cell, of its own, active, on the sub-account's plan with room for one more, and limits at least the sub-account's; else 422 naming the rule.
     *
     *     Platform admins only.
     */
    put: operations["put_v1_tenants_tenant_id_parent"];
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
    get: operations["get_openapi_json"];
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
  "/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Console
     * @description The tenant console, a page of the Worker's static assets (console/): it calls this API alone, and its Content-Security-Policy lets it load only its own scripts and styles.
     */
    get: operations["get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  "tenant.updated": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * tenant.updated event
     * @description The tenant's settings changed (`PUT /v1/tenants/{tenant_id}`, a secret rotation). Sent to the tenant's `webhook_url` when `tenant.updated` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_tenant_updated"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "tenant.deletion_scheduled": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * tenant.deletion_scheduled event
     * @description `DELETE /v1/tenants/{tenant_id}` scheduled the tenant's deletion after its grace period: it is `deletion_scheduled` (reads served, writes refused) until then or a cancellation. Sent to the tenant's `webhook_url` when `tenant.deletion_scheduled` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_tenant_deletion_scheduled"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "tenant.deletion_reminder": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * tenant.deletion_reminder event
     * @description The tenant's scheduled deletion runs in a day, unless cancelled. Sent to the tenant's `webhook_url` when `tenant.deletion_reminder` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_tenant_deletion_reminder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "tenant.deletion_cancelled": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * tenant.deletion_cancelled event
     * @description The tenant's scheduled deletion was cancelled: it has its earlier status back. Sent to the tenant's `webhook_url` when `tenant.deletion_cancelled` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_tenant_deletion_cancelled"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "tenant.deletion_started": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * tenant.deletion_started event
     * @description The tenant's deletion began: it is `deleting` from now on. Sent to the tenant's `webhook_url` when `tenant.deletion_started` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_tenant_deletion_started"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "tenant.deleted": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * tenant.deleted event
     * @description Everything of the tenant is gone; the last event it sends. Sent to the tenant's `webhook_url` when `tenant.deleted` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_tenant_deleted"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "call.started": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * call.started event
     * @description A call was admitted and started. Sent to the tenant's `webhook_url` when `call.started` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_call_started"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "call.ended": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * call.ended event
     * @description A call ended, by its end request or by the sweep of overdue calls. Sent to the tenant's `webhook_url` when `call.ended` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_call_ended"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "webhook.test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * webhook.test event
     * @description Sent by `POST …/webhooks/test`, to check a receiver. Sent to the tenant's `webhook_url` when `webhook.test` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_webhook_test"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "member.invited": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * member.invited event
     * @description A member was invited; the invitation is for the invited person alone. Sent to the tenant's `webhook_url` when `member.invited` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_member_invited"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "webhook_endpoint.disabled": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * webhook_endpoint.disabled event
     * @description One of the tenant's webhook endpoints failed every attempt for three days and was disabled; sent to the others. Sent to the tenant's `webhook_url` when `webhook_endpoint.disabled` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_webhook_endpoint_disabled"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "usage.threshold_reached": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * usage.threshold_reached event
     * @description A usage alert was reached (`…/usage-alerts`): decided in the batch of the write that reached it (a call's start, an upload), once per alert and UTC calendar month. Sent to the tenant's `webhook_url` when `usage.threshold_reached` is among its `webhook_events`, committed with the change it reports, signed per Standard Webhooks.
     */
    post: operations["webhook_usage_threshold_reached"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    Error: {
      detail: string;
      /** @description Stable, machine-readable reason */
      code: components["schemas"]["ErrorCode"];
    };
    /**
     * @description Every code an error can carry (each response lists its own):
     *
     *     - `bad_request` (400): The request was refused as malformed, e.g. a Content-Length that is not a number
     *     - `malformed_json` (400): The body is not valid JSON
     *     - `incomplete_body` (400): The body ended before its Content-Length
     *     - `invalid_bookmark` (400): X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
     *     - `invalid_idempotency_key` (400): Idempotency-Key is not 1 to 255 visible ASCII characters
     *     - `not_authenticated` (401): No bearer token was sent
     *     - `invalid_token` (401): The bearer token is invalid or expired
     *     - `invalid_credentials` (401): Incorrect email or password
     *     - `forbidden` (403): Platform administrators only
     *     - `quota_exceeded` (403): A quota of the tenant's plan is reached
     *     - `webhook_endpoint_limit_reached` (403): The tenant has as many webhook endpoints as its plan allows
     *     - `sip_disabled` (403): The tenant does not have sip_enabled
     *     - `recording_disabled` (403): The tenant does not have recording_enabled
     *     - `pci_enabled` (403): The tenant has pci_enabled: no call recording is stored or served
     *     - `subaccounts_not_in_plan` (403): The tenant's plan has no sub-accounts (business and enterprise have)
     *     - `subaccount_quota_reached` (403): The tenant owns as many sub-accounts as its plan allows
     *     - `subaccount_nesting` (403): A sub-account owns no sub-accounts: a family is one level deep
     *     - `analytics_disabled` (403): The tenant does not have analytics_enabled
     *     - `not_found` (404): No such resource; another tenant's resources answer this too
     *     - `method_not_allowed` (405): The path does not take this method
     *     - `upload_timeout` (408): The upload took too long and was cut off
     *     - `conflict` (409): Changed concurrently; try again
     *     - `primary_webhook_endpoint` (409): The primary webhook endpoint is the tenant's webhook_url: change it with the tenant's settings
     *     - `tenant_deleting` (409): The tenant is being deleted; only its deletion routes answer
     *     - `tenant_deletion_scheduled` (409): The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
     *     - `deletion_not_scheduled` (409): No deletion of the tenant is waiting to run: there is nothing to cancel
     *     - `tenant_moving` (409): The tenant is being moved to another cell: reads are served, writes resume shortly
     *     - `tenant_not_movable` (409): The tenant cannot be moved now: it is being deleted, or already in that cell
     *     - `tenant_inactive` (409): The tenant is inactive: calls cannot start, sub-accounts cannot be made
     *     - `parent_inactive` (409): The sub-account's parent is not active; no call of its family can start
     *     - `has_subaccounts` (409): The tenant owns sub-accounts; delete with include_subaccounts=true to take them too
     *     - `email_taken` (409): An account with this email already exists
     *     - `already_invited` (409): The email is a member of the tenant or invited to it already
     *     - `active_calls` (409): The tenant has active calls; end them or force
     *     - `deletion_completed` (409): The deletion has already completed
     *     - `call_already_ended` (409): The call has already ended
     *     - `agent_in_use` (409): The agent is a member of a squad
     *     - `delivery_pending` (409): The webhook delivery is still pending
     *     - `webhook_not_configured` (409): The tenant has no webhook_url
     *     - `event_not_subscribed` (409): The event is not in webhook_events
     *     - `idempotency_in_progress` (409): A request with this Idempotency-Key is still running; retry after Retry-After
     *     - `length_required` (411): The upload has no Content-Length
     *     - `precondition_failed` (412): If-Match does not match the current ETag
     *     - `payload_too_large` (413): The body is larger than the route's limit
     *     - `unsupported_media_type` (415): The Content-Type is not one the route takes
     *     - `range_not_satisfiable` (416): The Range lies outside the object
     *     - `validation_failed` (422): The request does not match its schema or a rule; `detail` lists where and why
     *     - `idempotency_key_reused` (422): The Idempotency-Key was used for a different request
     *     - `rate_limited` (429): Too many requests; retry after Retry-After
     *     - `concurrency_limit_reached` (429): max_concurrent_calls calls are active; retry when one ends
     *     - `monthly_limit_reached` (429): monthly_call_limit calls started this month; the count resets at period_end
     *     - `family_concurrency_limit_reached` (429): The parent's max_concurrent_calls calls are active across its family; retry when one ends
     *     - `family_monthly_limit_reached` (429): The parent's monthly_call_limit calls started this month across its family
     *     - `internal_error` (500): An unexpected error, logged with the request id
     *     - `secret_unavailable` (500): A stored secret could not be decrypted
     *     - `region_unavailable` (503): No cell of the data region takes new tenants right now
     * @enum {string}
     */
    ErrorCode:
      | "bad_request"
      | "malformed_json"
      | "incomplete_body"
      | "invalid_bookmark"
      | "invalid_idempotency_key"
      | "not_authenticated"
      | "invalid_token"
      | "invalid_credentials"
      | "forbidden"
      | "quota_exceeded"
      | "webhook_endpoint_limit_reached"
      | "sip_disabled"
      | "recording_disabled"
      | "pci_enabled"
      | "subaccounts_not_in_plan"
      | "subaccount_quota_reached"
      | "subaccount_nesting"
      | "analytics_disabled"
      | "not_found"
      | "method_not_allowed"
      | "upload_timeout"
      | "conflict"
      | "primary_webhook_endpoint"
      | "tenant_deleting"
      | "tenant_deletion_scheduled"
      | "deletion_not_scheduled"
      | "tenant_moving"
      | "tenant_not_movable"
      | "tenant_inactive"
      | "parent_inactive"
      | "has_subaccounts"
      | "email_taken"
      | "already_invited"
      | "active_calls"
      | "deletion_completed"
      | "call_already_ended"
      | "agent_in_use"
      | "delivery_pending"
      | "webhook_not_configured"
      | "event_not_subscribed"
      | "idempotency_in_progress"
      | "length_required"
      | "precondition_failed"
      | "payload_too_large"
      | "unsupported_media_type"
      | "range_not_satisfiable"
      | "validation_failed"
      | "idempotency_key_reused"
      | "rate_limited"
      | "concurrency_limit_reached"
      | "monthly_limit_reached"
      | "family_concurrency_limit_reached"
      | "family_monthly_limit_reached"
      | "internal_error"
      | "secret_unavailable"
      | "region_unavailable";
    ValidationError: {
      detail: {
        loc: (string | number)[];
        msg: string;
        type: string;
      }[];
      /** @constant */
      code: "validation_failed";
    };
    SignupResponse: {
      /** @description Bearer token for an hour */
      access_token: string;
      /** @constant */
      token_type: "bearer";
      /** @description Seconds */
      expires_in: number;
      /** @description Trade it at POST /v1/auth/refresh for new tokens; each can be used once. Absent when the request sent `X-Session-Cookie: true`: it is in the session cookie instead */
      refresh_token?: string;
      /** @description Seconds the session has left (30 days at login) */
      refresh_expires_in: number;
      /** @description The tenant's owner; equals tenant_id (a platform admin's own id) */
      owner_id: string;
      /** @description The user logged in: the owner, or a member */
      user_id: string;
      /**
       * @description The user's role on its tenant now; it may change, and each request reads it anew
       * @enum {string}
       */
      role: "viewer" | "developer" | "admin" | "owner" | "platform_admin";
      /** @description The new tenant's id; equals owner_id */
      tenant_id: string;
      /** @enum {string} */
      data_region: "us" | "eu";
    };
    TokenResponse: {
      /** @description Bearer token for an hour */
      access_token: string;
      /** @constant */
      token_type: "bearer";
      /** @description Seconds */
      expires_in: number;
      /** @description Trade it at POST /v1/auth/refresh for new tokens; each can be used once. Absent when the request sent `X-Session-Cookie: true`: it is in the session cookie instead */
      refresh_token?: string;
      /** @description Seconds the session has left (30 days at login) */
      refresh_expires_in: number;
      /** @description The tenant's owner; equals tenant_id (a platform admin's own id) */
      owner_id: string;
      /** @description The user logged in: the owner, or a member */
      user_id: string;
      /**
       * @description The user's role on its tenant now; it may change, and each request reads it anew
       * @enum {string}
       */
      role: "viewer" | "developer" | "admin" | "owner" | "platform_admin";
      /** @description Equals owner_id; null for platform admins */
      tenant_id: string | null;
    };
    AuditPublicKey: {
      /** @constant */
      kty: "OKP";
      /** @constant */
      crv: "Ed25519";
      x: string;
      /** @constant */
      alg: "EdDSA";
      /** @constant */
      use: "sig";
      kid: string;
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
      /** @description Enterprise plan only. Reads of recordings and calls and the export are logged in the activity log, and recordings are kept for recording_retention_days */
      hipaa_enabled: boolean;
      /** @description Enterprise plan only. No call recording is stored or served; never true together with recording_enabled */
      pci_enabled: boolean;
      /** @description Recordings are removed this many days after their call started; null keeps them. Always set while hipaa_enabled */
      recording_retention_days: number | null;
      sip_server: string | null;
      sip_username: string | null;
      sip_password_set: boolean;
      webhook_url: string | null;
      webhook_secret_set: boolean;
      webhook_events: (
        | "tenant.updated"
        | "tenant.deletion_scheduled"
        | "tenant.deletion_reminder"
        | "tenant.deletion_cancelled"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
        | "member.invited"
        | "webhook_endpoint.disabled"
        | "usage.threshold_reached"
      )[];
      /**
       * @description `inactive`: data kept, no new calls. `deletion_scheduled`: its deletion waits out the grace period until `deletion_scheduled_for`; reads are served, writes and new calls answer 409 tenant_deletion_scheduled, `POST …/deletion/cancel` keeps it. `deleting`: its deletion runs. `moving`: a platform admin is moving it to another cell; reads are served, writes answer 409 tenant_moving
       * @enum {string}
       */
      status: "active" | "inactive" | "deletion_scheduled" | "deleting" | "moving";
      /** @description Days a `DELETE` waits before the deletion runs (0: at once); the plan's default unless the owner set it */
      deletion_grace_days: number;
      /** @description While `deletion_scheduled`: when the deletion runs; null otherwise */
      deletion_scheduled_for: string | null;
      /**
       * @description Where the tenant's data lives: `us` or `eu` (EU jurisdiction)
       * @enum {string}
       */
      data_region: "us" | "eu";
      /** @description The tenant this one is a sub-account of: its limits are carved from the parent's, whose limits cap the whole family. Null for a tenant of its own */
      parent_id: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
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
    KeyRotation: {
      /** @description The key every value is re-sealed with: the ring's current one */
      key: string;
      /**
       * @description failed: a step kept failing, or the ring's current key is no longer `key`; asked for again, it resumes where it stopped
       * @enum {string}
       */
      status: "pending" | "running" | "completed" | "failed";
      /**
       * @description reseal (cell after cell, `cell` the one it is at), recount (every cell), done
       * @enum {string}
       */
      stage: "reseal" | "recount" | "done";
      cell: string | null;
      /** @description Values re-sealed per step, at most */
      batch: number;
      /** @description Values moved to `key` so far */
      reencrypted: number;
      /** @description Values no key in the ring opens; logged, recorded, left as they are */
      unreadable: number;
      /** @description Values still sealed with another key at the last recount; null before it */
      remaining: number | null;
      requested_by: string;
      /** @description Failed attempts at the current step */
      attempts: number;
      last_error: string | null;
      /** Format: date-time */
      created_at: string;
      started_at: string | null;
      /** Format: date-time */
      updated_at: string;
      completed_at: string | null;
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
      /** @description When the deletion would run: after the tenant's grace period, or null when it would start at once (a grace period of 0, or `now=true`) */
      scheduled_for: string | null;
    };
    DeletionAccepted: {
      /** @constant */
      dry_run: false;
      deletion_id: string;
      /**
       * @description `scheduled`: waiting for `scheduled_for`; nothing is deleted before then
       * @enum {string}
       */
      status: "scheduled" | "pending" | "running" | "completed" | "failed";
      /** @description When the deletion runs (or ran) after the tenant's grace period; null when it ran at once */
      scheduled_for: string | null;
    };
    /** @description The deletion receipt: ids, who, when and how much; it outlives the tenant */
    DeletionJob: {
      deletion_id: string;
      tenant_id: string;
      /**
       * @description `scheduled`: waiting for `scheduled_for`; nothing is deleted before then
       * @enum {string}
       */
      status: "scheduled" | "pending" | "running" | "completed" | "failed";
      /** @description What is being deleted now: scheduled (nothing yet), r2_objects, a table, webhook_farewell (the last webhook deliveries, tenant.deleted among them, being sent), tenant, done */
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
      /** Format: date-time */
      created_at: string;
      started_at: string | null;
      /** Format: date-time */
      updated_at: string;
      completed_at: string | null;
      /** @description When the deletion runs (or ran) after the tenant's grace period; null when it ran at once */
      scheduled_for: string | null;
      /** @description What a waiting job waits for, and until when; null while it is not waiting */
      waiting_for: {
        /** @description Webhook deliveries still being retried */
        pending_deliveries: number;
        /** @description Uploads that started before the deletion and may still store an object */
        uploads_in_flight: number;
        /** @description The soonest retry of a pending delivery */
        next_attempt_at: string | null;
        /**
         * Format: date-time
         * @description When the job stops waiting: pending deliveries are marked failed then
         */
        gives_up_at: string;
      } | null;
    };
    TenantMove: {
      move_id: string;
      tenant_id: string;
      /** @enum {string} */
      status: "pending" | "running" | "completed" | "failed";
      /**
       * @description fence (writes refused from now on), copy_rows, copy_blobs (when the region changes), verify, switch (the directory names the new cell), remove_source, done
       * @enum {string}
       */
      stage: "fence" | "copy_rows" | "copy_blobs" | "verify" | "switch" | "remove_source" | "done";
      from_cell: string;
      to_cell: string;
      /** @enum {string} */
      from_region: "us" | "eu";
      /** @enum {string} */
      to_region: "us" | "eu";
      requested_by: string;
      /** @description Rows copied per table, and objects */
      counts: {
        [key: string]: number;
      };
      /** @description Per table: the count and order-free checksum of the rows in each cell */
      checks: {
        [key: string]: {
          source: {
            rows: number;
            sum: string;
          };
          target: {
            rows: number;
            sum: string;
          };
        };
      };
      /** @description Failed attempts at the current step */
      attempts: number;
      last_error: string | null;
      /** Format: date-time */
      created_at: string;
      started_at: string | null;
      /** Format: date-time */
      updated_at: string;
      completed_at: string | null;
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
      /** @description Enterprise plan only. Reads of recordings and calls and the export are logged in the activity log, and recordings are kept for recording_retention_days */
      hipaa_enabled: boolean;
      /** @description Enterprise plan only. No call recording is stored or served; never true together with recording_enabled */
      pci_enabled: boolean;
      /** @description Recordings are removed this many days after their call started; null keeps them. Always set while hipaa_enabled */
      recording_retention_days: number | null;
      sip_server: string | null;
      sip_username: string | null;
      sip_password_set: boolean;
      webhook_url: string | null;
      webhook_secret_set: boolean;
      webhook_events: (
        | "tenant.updated"
        | "tenant.deletion_scheduled"
        | "tenant.deletion_reminder"
        | "tenant.deletion_cancelled"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
        | "member.invited"
        | "webhook_endpoint.disabled"
        | "usage.threshold_reached"
      )[];
      /**
       * @description `inactive`: data kept, no new calls. `deletion_scheduled`: its deletion waits out the grace period until `deletion_scheduled_for`; reads are served, writes and new calls answer 409 tenant_deletion_scheduled, `POST …/deletion/cancel` keeps it. `deleting`: its deletion runs. `moving`: a platform admin is moving it to another cell; reads are served, writes answer 409 tenant_moving
       * @enum {string}
       */
      status: "active" | "inactive" | "deletion_scheduled" | "deleting" | "moving";
      /** @description Days a `DELETE` waits before the deletion runs (0: at once); the plan's default unless the owner set it */
      deletion_grace_days: number;
      /** @description While `deletion_scheduled`: when the deletion runs; null otherwise */
      deletion_scheduled_for: string | null;
      /**
       * @description Where the tenant's data lives: `us` or `eu` (EU jurisdiction)
       * @enum {string}
       */
      data_region: "us" | "eu";
      /** @description The tenant this one is a sub-account of: its limits are carved from the parent's, whose limits cap the whole family. Null for a tenant of its own */
      parent_id: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description Present only when this update generated the webhook secret (a webhook_url set without one): shown this once, never again */
      webhook_secret?: string;
    };
    ActivityLogEntry: {
      id: string;
      tenant_id: string;
      /**
       * @description A user, an API key, or the platform itself (`actor_id` `system:…`)
       * @enum {string}
       */
      actor_type: "user" | "key" | "system";
      /** @description The user's id, the key's id, or `system:<what>` */
      actor_id: string;
      /** @description The key's name, the user's email; null else */
      actor_name: string | null;
      /** @description In a sub-account, the parent tenant whose person or key acted; null for the tenant's own */
      actor_tenant_id: string | null;
      action: string;
      target_type: string;
      target_id: string;
      /** @description Field → {from, to}; secrets appear only as "[redacted]"; {} for a read */
      changes: {
        [key: string]: {
          from: unknown;
          to: unknown;
        };
      };
      /** @description For a read of protected health information (HIPAA tenants): what was read, the ids of the call or calls, or the tables of an export. Null for a change */
      accessed: string[] | null;
      request_id: string;
      ip: string | null;
      user_agent: string | null;
      /** Format: date-time */
      created_at: string;
      /** @description The entry's place in the tenant's audit chain: 1, 2, 3…, without gaps */
      seq: number | null;
      /** @description SHA-256 over the previous entry's hash and this entry (README: verifying the trail); null until sealed, within a minute */
      hash: string | null;
    };
    AuditVerification: {
      /** @enum {string} */
      status: "ok" | "broken";
      /** @description Every entry up to this seq holds */
      verified_through_seq: number;
      /** @description The hash at `verified_through_seq` (64 zeros before the first) */
      head_hash: string;
      /** @description The latest signed checkpoint, from R2 */
      checkpoint: components["schemas"]["AuditCheckpoint"] | null;
      /** @description Entries not yet hashed: the newest, within a minute */
      unsealed: number;
      first_break: {
        seq: number;
        /** @description The entry found at `seq`; null when none is */
        id: string | null;
        /**
         * @description `missing`: an entry removed: no entry has this seq, though later ones do; `hash_mismatch`: an entry edited or moved: its hash is not what its content and the hash before it give; `out_of_order`: an entry whose seq repeats one before it; `truncated`: the tail removed: the checkpoint vouches for entries that are gone or unhashed; `checkpoint_mismatch`: the checkpoint is not signed by the key, or names a hash the entries do not give; `tenant_mismatch`: the checkpoint, or an entry, is another tenant's; `malformed`: not an entry: its seq not a positive integer, or a field missing or of the wrong type; `unanchored`: an export's entry no signed checkpoint covers: the export without its checkpoint, or an entry after the one its checkpoint names
         * @enum {string}
         */
        reason:
          | "missing"
          | "hash_mismatch"
          | "out_of_order"
          | "truncated"
          | "checkpoint_mismatch"
          | "tenant_mismatch"
          | "malformed"
          | "unanchored";
      } | null;
      /** @description Continues the walk; null once it is done */
      next_cursor: string | null;
    };
    AuditCheckpoint: {
      tenant_id: string;
      /** @description The chain is sealed through this seq */
      seq: number;
      /** @description The hash of the entry at `seq` */
      head_hash: string;
      /** Format: date-time */
      sealed_at: string;
      /** @description Ed25519 over the canonical JSON of {tenant_id, seq, head_hash, sealed_at}, base64url */
      signature: string;
      /** @description The `kid` of the key at GET /v1/audit/public-key */
      key_id: string;
    };
    Agent: {
      id: string;
      tenant_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
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
    Squad: {
      id: string;
      tenant_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      name: string;
      agent_ids: string[];
    };
    Workflow: {
      id: string;
      tenant_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      name: string;
      definition: {
        [key: string]: unknown;
      };
    };
    Integration: {
      id: string;
      tenant_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      name: string;
      type: string;
      base_url: string;
      /** @description The credentials themselves are write-only */
      credentials_set: boolean;
    };
    SipTrunk: {
      id: string;
      tenant_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
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
    File: {
      id: string;
      tenant_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
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
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      agent_id: string | null;
      /** @enum {string} */
      direction: "inbound" | "outbound";
      from_number: string;
      to_number: string;
      /** @enum {string} */
      status: "active" | "ended";
      /** Format: date-time */
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
    Usage: {
      /** @enum {string} */
      billing_plan: "starter" | "business" | "enterprise";
      active_calls: number;
      max_concurrent_calls: number;
      /** @description Calls started since period_start */
      calls_this_month: number;
      monthly_call_limit: number;
      /**
       * Format: date-time
       * @description Start of the current UTC calendar month
       */
      period_start: string;
      /**
       * Format: date-time
       * @description Start of the next one, when the monthly count resets
       */
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
      /** @description The call recordings stored: what recording_retention_days and DELETE remove */
      recordings: {
        /** @description Calls with a stored recording */
        count: number;
        /** @description Their recordings' bytes */
        bytes: number;
      };
      /** @description With `group_by=tenant`: the tenant and each of its sub-accounts, whose sums are the family's use of the parent's pool (its `max_concurrent_calls` and `monthly_call_limit`) */
      by_tenant?: {
        tenant_id: string;
        name: string;
        active_calls: number;
        max_concurrent_calls: number;
        calls_this_month: number;
        monthly_call_limit: number;
      }[];
    };
    UsageAlert: {
      id: string;
      tenant_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @enum {string} */
      metric: "calls_this_month" | "active_calls" | "recordings_bytes" | "files_bytes" | "files";
      threshold: number | null;
      threshold_percent: number | null;
      recurring: boolean;
      /** @description The UTC calendar month (`YYYY-MM`) it was last reached in; null: not yet */
      reached_period: string | null;
      reached_at: string | null;
      /** @description The metric's value when last reached */
      reached_value: number | null;
    };
    CallAnalytics: {
      /** @enum {string} */
      interval: "hour" | "day" | "month";
      /**
       * Format: date-time
       * @description The effective start: the first bucket's
       */
      from: string;
      /**
       * Format: date-time
       * @description The effective end: the last bucket's end
       */
      to: string;
      timezone: string;
      group_by: ("agent_id" | "direction" | "ended_reason") | null;
      /** @description Every bucket of the range, empty ones included, by start, then group */
      buckets: components["schemas"]["CallBucket"][];
      totals: components["schemas"]["CallMetrics"];
    };
    CallBucket: {
      /**
       * Format: date-time
       * @description The bucket's start, with the zone's offset at that instant
       */
      start: string;
      /** @description The group's value of `group_by`; null without `group_by` */
      group:
        | (
            | {
                agent_id: string | null;
              }
            | {
                /** @enum {string} */
                direction: "inbound" | "outbound";
              }
            | {
                /** @description null: still active */
                ended_reason: string | null;
              }
          )
        | null;
      /** @description Calls started in the bucket */
      calls: number;
      /** @description Of those, the ones that have ended */
      completed_calls: number;
      /** @description Summed over the completed calls */
      total_duration_seconds: number;
      /** @description total_duration_seconds / completed_calls, to 2 decimals; 0 without any */
      average_duration_seconds: number;
      /** @description The longest completed call; 0 without any */
      max_duration_seconds: number;
    };
    CallMetrics: {
      /** @description Calls started in the bucket */
      calls: number;
      /** @description Of those, the ones that have ended */
      completed_calls: number;
      /** @description Summed over the completed calls */
      total_duration_seconds: number;
      /** @description total_duration_seconds / completed_calls, to 2 decimals; 0 without any */
      average_duration_seconds: number;
      /** @description The longest completed call; 0 without any */
      max_duration_seconds: number;
    };
    WebhookDelivery: {
      /** @description Also the `webhook-id` header, the same on every attempt */
      id: string;
      /** @description The webhook endpoint it goes to; `primary`: the tenant's own webhook_url */
      endpoint_id: string;
      /** @enum {string} */
      event_type:
        | "tenant.updated"
        | "tenant.deletion_scheduled"
        | "tenant.deletion_reminder"
        | "tenant.deletion_cancelled"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
        | "member.invited"
        | "webhook_endpoint.disabled"
        | "usage.threshold_reached";
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
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
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
      /** @description The webhook endpoint it goes to; `primary`: the tenant's own webhook_url */
      endpoint_id: string;
      /** @enum {string} */
      event_type:
        | "tenant.updated"
        | "tenant.deletion_scheduled"
        | "tenant.deletion_reminder"
        | "tenant.deletion_cancelled"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
        | "member.invited"
        | "webhook_endpoint.disabled"
        | "usage.threshold_reached";
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
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description The JSON body sent to the receiver */
      event: {
        type: string;
        /** Format: date-time */
        timestamp: string;
        data: {
          [key: string]: unknown;
        };
      };
      /** @description The last 20 attempts, oldest first; `attempts` counts every one */
      attempt_log: components["schemas"]["WebhookAttempt"][];
    };
    WebhookAttempt: {
      attempt: number;
      status_code: number | null;
      latency_ms: number;
      error: string | null;
      /** Format: date-time */
      created_at: string;
    };
    WebhookEndpoint: {
      /** @description `primary`: the tenant's own webhook_url, webhook_events and secret */
      id: string;
      tenant_id: string;
      /** @description The tenant's webhook settings: changed with `PUT /v1/tenants/{tenant_id}` */
      primary: boolean;
      url: string;
      /** @description null: every event type */
      events:
        | (
            | "tenant.updated"
            | "tenant.deletion_scheduled"
            | "tenant.deletion_reminder"
            | "tenant.deletion_cancelled"
            | "tenant.deletion_started"
            | "tenant.deleted"
            | "call.started"
            | "call.ended"
            | "webhook.test"
            | "member.invited"
            | "webhook_endpoint.disabled"
            | "usage.threshold_reached"
          )[]
        | null;
      description: string | null;
      enabled: boolean;
      /** @description Why the platform disabled it: every attempt failed for three days */
      disabled_reason: string | null;
      /** @description The first failed attempt since the last success */
      failing_since: string | null;
      /** @description Until then deliveries also carry a signature by the secret a rotation replaced */
      previous_secret_expires_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    CreatedWebhookEndpoint: {
      /** @description `primary`: the tenant's own webhook_url, webhook_events and secret */
      id: string;
      tenant_id: string;
      /** @description The tenant's webhook settings: changed with `PUT /v1/tenants/{tenant_id}` */
      primary: boolean;
      url: string;
      /** @description null: every event type */
      events:
        | (
            | "tenant.updated"
            | "tenant.deletion_scheduled"
            | "tenant.deletion_reminder"
            | "tenant.deletion_cancelled"
            | "tenant.deletion_started"
            | "tenant.deleted"
            | "call.started"
            | "call.ended"
            | "webhook.test"
            | "member.invited"
            | "webhook_endpoint.disabled"
            | "usage.threshold_reached"
          )[]
        | null;
      description: string | null;
      enabled: boolean;
      /** @description Why the platform disabled it: every attempt failed for three days */
      disabled_reason: string | null;
      /** @description The first failed attempt since the last success */
      failing_since: string | null;
      /** @description Until then deliveries also carry a signature by the secret a rotation replaced */
      previous_secret_expires_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description The endpoint's `whsec_` signing secret: shown this once, never again */
      secret: string;
    };
    RotatedWebhookEndpointSecret: {
      /** @description The new secret: shown this once, never again */
      secret: string;
      /**
       * Format: date-time
       * @description Until then deliveries also carry a signature by the previous secret
       */
      previous_secret_expires_at: string;
    };
    TenantExport: {
      /** @constant */
      format: "tenant-export/1";
      /** Format: date-time */
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
      /** @description Table name → the rows that left the database for the archive (`GET …/archives`), oldest first, each in the JSON the API answers for it; tables with none left out */
      archived: {
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
      /** @description The latest checkpoint the minute's sealing wrote to R2, as `GET …/activity-logs/verify` reads it (null before the first): the entry at its seq must have its hash */
      audit_sealed_checkpoint: components["schemas"]["AuditCheckpoint"] | null;
      /** @description The checkpoint the export is anchored by, signed when it was taken (`sealed_at`, the same as `exported_at`): the seq and hash of the last activity log entry it holds, for its tenant. Entries not yet sealed carry the hash the export computed for them, the one sealing will give. With the entries above and the public key, `npm run verify-audit` checks the trail offline and refuses an export whose checkpoint is missing, another tenant's, or does not cover its last entry */
      audit_checkpoint: components["schemas"]["AuditCheckpoint"];
    };
    ArchivePart: {
      id: string;
      /**
       * @description The table the rows left
       * @enum {string}
       */
      table: "calls" | "activity_logs" | "webhook_deliveries";
      /** @description A UTC calendar month, `YYYY-MM`: when a call started, or an entry was written */
      period: string;
      /** @description The part's number within its table and month, from 1 */
      part: number;
      rows: number;
      /** @description The size of the gzipped NDJSON object */
      bytes: number;
      /** @description SHA-256 of the gzipped object, hex */
      sha256: string;
      /**
       * Format: date-time
       * @description When the rows left D1
       */
      created_at: string;
    };
    Member: {
      id: string;
      tenant_id: string;
      email: string;
      /** @enum {string} */
      role: "viewer" | "developer" | "admin" | "owner";
      /** @enum {string} */
      status: "invited" | "active";
      /** @description The member's account, once the invitation is accepted */
      user_id: string | null;
      invitation_expires_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    InvitedMember: {
      id: string;
      tenant_id: string;
      email: string;
      /** @enum {string} */
      role: "viewer" | "developer" | "admin" | "owner";
      /** @enum {string} */
      status: "invited" | "active";
      /** @description The member's account, once the invitation is accepted */
      user_id: string | null;
      invitation_expires_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description For the owner to deliver (it also goes out as a `member.invited` webhook): accepted once at POST /v1/auth/accept-invitation, within 7 days. Shown this once */
      invitation_token: string;
    };
    MemberRemoved: {
      member_id: string;
      /** @description The service keys the member made: they stay, as the organization's; rotate or revoke them if the member should no longer know them */
      service_keys: {
        id: string;
        name: string;
        prefix: string;
      }[];
    };
    MemberSubaccountGrants: {
      /** @description The sub-accounts the member reaches, with its role there: their ids, or ["*"] for all of them; [] for none */
      subaccount_ids: string[];
      member_id: string;
    };
    ApiKey: {
      id: string;
      tenant_id: string;
      name: string;
      /**
       * @description The most the key may do; a member key, no more than its maker
       * @enum {string}
       */
      role: "viewer" | "developer" | "admin";
      /**
       * @description A member's key (ends with its maker) or a service key
       * @enum {string}
       */
      kind: "member" | "service";
      /** @description The start of the key's secret part, to tell keys apart */
      prefix: string;
      /** @description The user who made the key; a member key acts for this user */
      created_by: string;
      /** Format: date-time */
      created_at: string;
      /** @description The key's last use, to the minute */
      last_used_at: string | null;
      expires_at: string | null;
    };
    CreatedApiKey: {
      id: string;
      tenant_id: string;
      name: string;
      /**
       * @description The most the key may do; a member key, no more than its maker
       * @enum {string}
       */
      role: "viewer" | "developer" | "admin";
      /**
       * @description A member's key (ends with its maker) or a service key
       * @enum {string}
       */
      kind: "member" | "service";
      /** @description The start of the key's secret part, to tell keys apart */
      prefix: string;
      /** @description The user who made the key; a member key acts for this user */
      created_by: string;
      /** Format: date-time */
      created_at: string;
      /** @description The key's last use, to the minute */
      last_used_at: string | null;
      expires_at: string | null;
      /** @description The key, `sk_…`: shown this once and stored only as a keyed hash. Send it as `Authorization: Bearer sk_…` */
      key: string;
    };
    /** @description The tenant's settings changed (`PUT /v1/tenants/{tenant_id}`, a secret rotation) */
    TenantUpdatedEvent: {
      /** @constant */
      type: "tenant.updated";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The names of the fields the change set: never a value, so never a secret */
        changed_fields: string[];
      };
    };
    /** @description `DELETE /v1/tenants/{tenant_id}` scheduled the tenant's deletion after its grace period: it is `deletion_scheduled` (reads served, writes refused) until then or a cancellation */
    TenantDeletionScheduledEvent: {
      /** @constant */
      type: "tenant.deletion_scheduled";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The deletion's id: the job it becomes keeps it */
        deletion_id: string;
        /**
         * Format: date-time
         * @description When the deletion runs, unless cancelled (`POST …/deletion/cancel`) before
         */
        scheduled_for: string;
      };
    };
    /** @description The tenant's scheduled deletion runs in a day, unless cancelled */
    TenantDeletionReminderEvent: {
      /** @constant */
      type: "tenant.deletion_reminder";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The scheduled deletion's id */
        deletion_id: string;
        /**
         * Format: date-time
         * @description When it runs: a day from this event, unless cancelled
         */
        scheduled_for: string;
      };
    };
    /** @description The tenant's scheduled deletion was cancelled: it has its earlier status back */
    TenantDeletionCancelledEvent: {
      /** @constant */
      type: "tenant.deletion_cancelled";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The scheduled deletion that will not run */
        deletion_id: string;
      };
    };
    /** @description The tenant's deletion began: it is `deleting` from now on */
    TenantDeletionStartedEvent: {
      /** @constant */
      type: "tenant.deletion_started";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The job at `GET …/deletion` */
        deletion_id: string;
      };
    };
    /** @description Everything of the tenant is gone; the last event it sends */
    TenantDeletedEvent: {
      /** @constant */
      type: "tenant.deleted";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The job that removed everything of the tenant */
        deletion_id: string;
      };
    };
    /** @description A call was admitted and started */
    CallStartedEvent: {
      /** @constant */
      type: "call.started";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        call_id: string;
        agent_id: string | null;
        /** @enum {string} */
        direction: "inbound" | "outbound";
        /** @description E.164. Absent for tenants with `hipaa_enabled` */
        from_number?: string;
        /** @description E.164. Absent for tenants with `hipaa_enabled` */
        to_number?: string;
        /** Format: date-time */
        started_at: string;
      };
    };
    /** @description A call ended, by its end request or by the sweep of overdue calls */
    CallEndedEvent: {
      /** @constant */
      type: "call.ended";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        call_id: string;
        agent_id: string | null;
        /** @enum {string} */
        direction: "inbound" | "outbound";
        /** @description E.164. Absent for tenants with `hipaa_enabled` */
        from_number?: string;
        /** @description E.164. Absent for tenants with `hipaa_enabled` */
        to_number?: string;
        /** Format: date-time */
        started_at: string;
        /** Format: date-time */
        ended_at: string;
        duration_seconds: number | null;
        /** @description Absent for tenants with `hipaa_enabled` */
        ended_reason?: string | null;
      };
    };
    /** @description Sent by `POST …/webhooks/test`, to check a receiver */
    WebhookTestEvent: {
      /** @constant */
      type: "webhook.test";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description Absent for tenants with `hipaa_enabled` */
        message?: string;
      };
    };
    /** @description A member was invited; the invitation is for the invited person alone */
    MemberInvitedEvent: {
      /** @constant */
      type: "member.invited";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        member_id: string;
        /** @description Absent for tenants with `hipaa_enabled` */
        email?: string;
        /** @description The role the invitation grants. Absent for tenants with `hipaa_enabled` */
        role?: string;
        /** @description For `POST /v1/auth/accept-invitation`; sealed at rest, put in as it is sent. Absent for tenants with `hipaa_enabled` */
        invitation_token?: string;
        /**
         * Format: date-time
         * @description Absent for tenants with `hipaa_enabled`
         */
        invitation_expires_at?: string;
      };
    };
    /** @description One of the tenant's webhook endpoints failed every attempt for three days and was disabled; sent to the others */
    WebhookEndpointDisabledEvent: {
      /** @constant */
      type: "webhook_endpoint.disabled";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The endpoint at `GET …/webhook-endpoints/{endpoint_id}` */
        endpoint_id: string;
        /** @description Absent for tenants with `hipaa_enabled` */
        url?: string;
        /**
         * Format: date-time
         * @description Its first failed attempt since its last success. Absent for tenants with `hipaa_enabled`
         */
        failing_since?: string;
        /** @description Why it was disabled; enable it again with `PATCH`. Absent for tenants with `hipaa_enabled` */
        reason?: string;
      };
    };
    /** @description A usage alert was reached (`…/usage-alerts`): decided in the batch of the write that reached it (a call's start, an upload), once per alert and UTC calendar month */
    UsageThresholdReachedEvent: {
      /** @constant */
      type: "usage.threshold_reached";
      /**
       * Format: date-time
       * @description When the event happened
       */
      timestamp: string;
      data: {
        tenant_id: string;
        /** @description The usage alert at `GET …/usage-alerts/{id}` */
        alert_id: string;
        /** @enum {string} */
        metric: "calls_this_month" | "active_calls" | "recordings_bytes" | "files_bytes" | "files";
        /** @description The value that reaches the alert: its `threshold`, or its percentage of `limit` */
        threshold: number;
        /** @description The alert's percentage of the limit, or null for an absolute threshold */
        threshold_percent: number | null;
        /** @description The metric's value after the write that reached it */
        value: number;
        /** @description The metric's limit then (a tenant setting or the plan's quota); null: none */
        limit: number | null;
        /** @description The UTC calendar month the alert was reached in, `YYYY-MM`: once in each */
        period: string;
      };
    };
    SignupRequest: {
      /** Format: email */
      email: string;
      password: string;
      /** @description Organization name; defaults to the email's domain */
      name?: string;
      /**
       * @description Where the tenant's data lives: `us` (default) or `eu`: rows and objects stay there
       * @enum {string}
       */
      data_region?: "us" | "eu";
    };
    LoginRequest: {
      /** Format: email */
      email: string;
      password: string;
    };
    RefreshRequest: {
      /** @description Absent: the session cookie's (`X-Session-Cookie`) */
      refresh_token?: string;
    };
    PasswordChange: {
      current_password: string;
      new_password: string;
    };
    AcceptInvitation: {
      invitation_token: string;
      password: string;
    };
    ReencryptRequest: {
      /** @default 100 */
      limit: number;
    };
    MoveRequest: {
      /** @description The cell to move the tenant to */
      cell: string;
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
      /** @description Turning it on without a recording_retention_days sets the plan's HIPAA default (90 days) */
      hipaa_enabled?: boolean;
      /** @description Refused (422) while recording_enabled is true */
      pci_enabled?: boolean;
      /** @description Days a recording is kept, counted from its call's start; null keeps recordings (refused while hipaa_enabled) */
      recording_retention_days?: number | null;
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
        | "tenant.deletion_scheduled"
        | "tenant.deletion_reminder"
        | "tenant.deletion_cancelled"
        | "tenant.deletion_started"
        | "tenant.deleted"
        | "call.started"
        | "call.ended"
        | "webhook.test"
        | "member.invited"
        | "webhook_endpoint.disabled"
        | "usage.threshold_reached"
      )[];
      /**
       * @description inactive = soft-deleted: data kept, no new calls
       * @enum {string}
       */
      status?: "active" | "inactive";
      /** @description Owner only (403 to others). Days a deletion waits before it runs, 0 to 30; null: the plan's default (starter 0, business 7, enterprise 30) */
      deletion_grace_days?: number | null;
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
    SquadCreate: {
      name: string;
      /**
       * @description Agents of this tenant, in order, each once
       * @default []
       */
      agent_ids: string[];
    };
    SquadUpdate: {
      name?: string;
      /** @description Agents of this tenant, in order, each once */
      agent_ids?: string[];
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
    /** @description Exactly one of `threshold` and `threshold_percent` (a 422 otherwise); a percentage needs a metric with a limit. */
    UsageAlertCreate: {
      /**
       * @description `calls_this_month` (against `monthly_call_limit`), `active_calls` (against `max_concurrent_calls`), `recordings_bytes` (no limit: `threshold` only), `files_bytes` and `files` (against the plan's quotas)
       * @enum {string}
       */
      metric: "calls_this_month" | "active_calls" | "recordings_bytes" | "files_bytes" | "files";
      /** @description The metric's value that reaches the alert */
      threshold?: number;
      /** @description A percentage of the metric's limit, rounded up to a whole value (80 % of 5 is 4) */
      threshold_percent?: number;
      /**
       * @description true: reached again each UTC calendar month; false: once, until its threshold changes
       * @default true
       */
      recurring: boolean;
    };
    /** @description Only the fields sent change. Sending `threshold` replaces a `threshold_percent` and the other way round (one of them, not both). A new metric or threshold arms the alert again. */
    UsageAlertUpdate: {
      /**
       * @description `calls_this_month` (against `monthly_call_limit`), `active_calls` (against `max_concurrent_calls`), `recordings_bytes` (no limit: `threshold` only), `files_bytes` and `files` (against the plan's quotas)
       * @enum {string}
       */
      metric?: "calls_this_month" | "active_calls" | "recordings_bytes" | "files_bytes" | "files";
      /** @description The metric's value that reaches the alert */
      threshold?: number;
      /** @description A percentage of the metric's limit, rounded up to a whole value (80 % of 5 is 4) */
      threshold_percent?: number;
      /** @description true: reached again each UTC calendar month; false: once, until its threshold changes */
      recurring?: boolean;
    };
    WebhookEndpointCreate: {
      /**
       * Format: uri
       * @description https to a public host, without credentials: the host rules of webhook_url; in development, http or https to localhost too
       */
      url: string;
      /** @description The event types it takes; null or left out: all of them, those added later too */
      events?:
        | (
            | "tenant.updated"
            | "tenant.deletion_scheduled"
            | "tenant.deletion_reminder"
            | "tenant.deletion_cancelled"
            | "tenant.deletion_started"
            | "tenant.deleted"
            | "call.started"
            | "call.ended"
            | "webhook.test"
            | "member.invited"
            | "webhook_endpoint.disabled"
            | "usage.threshold_reached"
          )[]
        | null;
      description?: string | null;
      /** @description Default true */
      enabled?: boolean;
    };
    WebhookEndpointUpdate: {
      /**
       * Format: uri
       * @description https to a public host, without credentials: the host rules of webhook_url; in development, http or https to localhost too
       */
      url?: string;
      /** @description The event types it takes; null or left out: all of them, those added later too */
      events?:
        | (
            | "tenant.updated"
            | "tenant.deletion_scheduled"
            | "tenant.deletion_reminder"
            | "tenant.deletion_cancelled"
            | "tenant.deletion_started"
            | "tenant.deleted"
            | "call.started"
            | "call.ended"
            | "webhook.test"
            | "member.invited"
            | "webhook_endpoint.disabled"
            | "usage.threshold_reached"
          )[]
        | null;
      description?: string | null;
      /** @description true enables a disabled endpoint again: its failures are forgotten */
      enabled?: boolean;
    };
    MemberInvite: {
      /** Format: email */
      email: string;
      /** @enum {string} */
      role: "viewer" | "developer" | "admin";
    };
    MemberUpdate: {
      /** @enum {string} */
      role: "viewer" | "developer" | "admin";
    };
    SubaccountGrants: {
      /** @description The sub-accounts the member reaches, with its role there: their ids, or ["*"] for all of them; [] for none */
      subaccount_ids: string[];
    };
    ApiKeyCreate: {
      name: string;
      /**
       * @description What the key may do: admin, developer or viewer
       * @enum {string}
       */
      role: "viewer" | "developer" | "admin";
      /**
       * @description `member` (default): the key acts for the user who makes it, with at most that user's role at each request, and is refused once the user is no member. `service`: the organization's key, with its own role, outliving whoever made it (the owner, an admin, an admin's key or a platform admin: the route's role)
       * @default member
       * @enum {string}
       */
      kind: "member" | "service";
      /**
       * Format: date-time
       * @description Refused from then on; never, when absent
       */
      expires_at?: string;
    };
    SubaccountCreate: {
      name: string;
      /** @description At most the parent's; the parent's by default */
      max_concurrent_calls?: number;
      /** @description At most the parent's; the parent's by default */
      monthly_call_limit?: number;
    };
    /** @description The owner the sub-account gets: an account made now, whose id is the tenant's */
    SubaccountDetach: {
      /** Format: email */
      email: string;
      password: string;
    };
    ParentChange: {
      /** @description The new parent, in the same cell */
      parent_id: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description The request's id, as logged: the client's own when it sent a valid one */
    "X-Request-Id": string;
    /** @description The database session's latest bookmark: send it back as `X-D1-Bookmark` to read your own writes from a replica. Absent when the request read nothing */
    "X-D1-Bookmark": string;
    /** @description Seconds to wait before retrying */
    "Retry-After": string;
    /** @description The representation's version, for `If-Match` and `If-None-Match` */
    ETag: string;
    /** @description The path of what the request created (or, for a deletion, of its job) */
    Location: string;
    /** @description `bytes start-end/size` for a part; `bytes *\/size` when the range is refused */
    "Content-Range": string;
    /** @description Ranges of bytes are served */
    "Accept-Ranges": "bytes";
    /** @description An attachment, with the file's name (UTF-8, percent-encoded) */
    "Content-Disposition": string;
    /** @description `true` when this is the stored answer to an earlier request with this `Idempotency-Key` */
    "Idempotent-Replayed": "true";
    /** @description `Bearer`: the scheme to authenticate with */
    "WWW-Authenticate": string;
    /** @description With `X-Session-Cookie: true`: the session's refresh token, httpOnly, SameSite=Strict, for `/v1/auth/refresh` alone; a logout clears it */
    "Set-Cookie": string;
    /** @description The request headers the answer depends on (`Accept`: its media type) */
    Vary: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  post_v1_auth_signup: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true`: the refresh token is set as an httpOnly, SameSite=Strict cookie scoped to `/v1/auth/refresh` (a `Set-Cookie` answer header) and left out of the body. For browsers: no page script can read it */
        "X-Session-Cookie"?: "true";
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          Location: components["headers"]["Location"];
          "Set-Cookie": components["headers"]["Set-Cookie"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SignupResponse"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `email_taken`: An account with this email already exists
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "email_taken";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
      /**
       * @description Error.
       *
       *     - `region_unavailable`: No cell of the data region takes new tenants right now
       */
      503: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "region_unavailable";
          };
        };
      };
    };
  };
  post_v1_auth_login: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true`: the refresh token is set as an httpOnly, SameSite=Strict cookie scoped to `/v1/auth/refresh` (a `Set-Cookie` answer header) and left out of the body. For browsers: no page script can read it */
        "X-Session-Cookie"?: "true";
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "Set-Cookie": components["headers"]["Set-Cookie"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenResponse"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `invalid_credentials`: Incorrect email or password
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "invalid_credentials";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_auth_refresh: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true`: the refresh token is set as an httpOnly, SameSite=Strict cookie scoped to `/v1/auth/refresh` (a `Set-Cookie` answer header) and left out of the body. For browsers: no page script can read it */
        "X-Session-Cookie"?: "true";
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RefreshRequest"];
      };
    };
    responses: {
      /** @description New tokens */
      200: {
        headers: {
          "Set-Cookie": components["headers"]["Set-Cookie"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenResponse"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "invalid_token";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_auth_logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Logged out */
      204: {
        headers: {
          "Set-Cookie": components["headers"]["Set-Cookie"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_auth_password: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PasswordChange"];
      };
    };
    responses: {
      /** @description Changed */
      204: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       *     - `invalid_credentials`: Incorrect email or password
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token" | "invalid_credentials";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_auth_accept_invitation: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true`: the refresh token is set as an httpOnly, SameSite=Strict cookie scoped to `/v1/auth/refresh` (a `Set-Cookie` answer header) and left out of the body. For browsers: no page script can read it */
        "X-Session-Cookie"?: "true";
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AcceptInvitation"];
      };
    };
    responses: {
      /** @description Joined, and logged in; `Location` is the membership */
      201: {
        headers: {
          Location: components["headers"]["Location"];
          "Set-Cookie": components["headers"]["Set-Cookie"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenResponse"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "invalid_token";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `email_taken`: An account with this email already exists
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "email_taken" | "tenant_moving";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_audit_public_key: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The public key */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditPublicKey"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
        status?: "active" | "inactive" | "deletion_scheduled" | "deleting" | "moving";
        billing_plan?: "starter" | "business" | "enterprise";
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tenants */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Tenant"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_admin_encryption_reencrypt: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReencryptResult"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_admin_encryption_rotation: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rotation */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KeyRotation"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_admin_encryption_rotation: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReencryptRequest"];
      };
    };
    responses: {
      /** @description The rotation, started, resumed or running; `Location` is its path */
      202: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KeyRotation"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you hold: while it is current the answer is 304 without a body */
        "If-None-Match"?: string;
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          ETag: components["headers"]["ETag"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Tenant"];
        };
      };
      /** @description Not modified: the ETag sent in If-None-Match is still current */
      304: {
        headers: {
          ETag: components["headers"]["ETag"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of your last read: a stale write is refused (412) */
        "If-Match"?: string;
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
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
          ETag: components["headers"]["ETag"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdatedTenant"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled" | "conflict";
          };
        };
      };
      /**
       * @description If-Match does not match the current ETag.
       *
       *     - `precondition_failed`: If-Match does not match the current ETag
       */
      412: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "precondition_failed";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id: {
    parameters: {
      query?: {
        /** @description End the tenant's active calls instead of refusing with 409; default false */
        force?: boolean;
        /** @description Answer with the counts that would be deleted; change nothing; default false */
        dry_run?: boolean;
        /** @description Delete at once, without the tenant's grace period (`deletion_grace_days`), also when a deletion is already scheduled; default false */
        now?: boolean;
        /** @description Delete the tenant's sub-accounts too, each with its own receipt before the tenant's; without it a tenant with sub-accounts is refused with 409; default false */
        include_subaccounts?: boolean;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionPreview"];
        };
      };
      /** @description Deletion started, or scheduled (or already under way); `Location` is the job's path */
      202: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionAccepted"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `active_calls`: The tenant has active calls; end them or force
       *     - `has_subaccounts`: The tenant owns sub-accounts; delete with include_subaccounts=true to take them too
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "active_calls" | "has_subaccounts";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_deletion: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionJob"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_deletion_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant, as it was */
      200: {
        headers: {
          ETag: components["headers"]["ETag"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Tenant"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `deletion_not_scheduled`: No deletion of the tenant is waiting to run: there is nothing to cancel
       *     - `deletion_completed`: The deletion has already completed
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "deletion_not_scheduled"
              | "deletion_completed"
              | "tenant_deleting"
              | "tenant_moving";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_deletion_resume: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletionJob"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `deletion_completed`: The deletion has already completed
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "deletion_completed";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_move: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The move */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantMove"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_move: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MoveRequest"];
      };
    };
    responses: {
      /** @description The move, started or already running; `Location` is its path */
      202: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantMove"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_not_movable`: The tenant cannot be moved now: it is being deleted, or already in that cell
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_not_movable";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_activity_logs: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
        /** @description Only entries of this action */
        action?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["ActivityLogEntry"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_activity_logs_verify: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the step before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The walk so far */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditVerification"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_agents: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Agent"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_agents: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `quota_exceeded`: A quota of the tenant's plan is reached
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden" | "quota_exceeded";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_agents_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_agents_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_agents_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `agent_in_use`: The agent is a member of a squad
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "agent_in_use";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_squads: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Squad"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_squads: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Squad"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_squads_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Squad"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_squads_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Squad"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_squads_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_workflows: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Workflow"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_workflows: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Workflow"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_workflows_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Workflow"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_workflows_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Workflow"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_workflows_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_integrations: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Integration"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_integrations: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Integration"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_integrations_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Integration"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_integrations_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Integration"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_integrations_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_sip_trunks: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["SipTrunk"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_sip_trunks: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SipTrunk"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `sip_disabled`: The tenant does not have sip_enabled
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden" | "sip_disabled";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_sip_trunks_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SipTrunk"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_sip_trunks_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SipTrunk"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `sip_disabled`: The tenant does not have sip_enabled
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden" | "sip_disabled";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_sip_trunks_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_files: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["File"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_files: {
    parameters: {
      query?: never;
      header: {
        /** @description The file's name, with either form of upload: percent-encoded UTF-8 allowed; decoded, 1 to 255 characters, no control characters or slashes */
        "X-Filename": string;
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
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
        "text/plain": Blob;
        "application/pdf": Blob;
        "multipart/form-data": {
          /**
           * Format: binary
           * @description The file; its type is the part's own, its name `X-Filename`
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description The stored file's metadata */
      201: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["File"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       *     - `incomplete_body`: The body ended before its Content-Length
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "bad_request"
              | "invalid_bookmark"
              | "invalid_idempotency_key"
              | "incomplete_body";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `quota_exceeded`: A quota of the tenant's plan is reached
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden" | "quota_exceeded";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Request timeout.
       *
       *     - `upload_timeout`: The upload took too long and was cut off
       */
      408: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "upload_timeout";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Content-Length required.
       *
       *     - `length_required`: The upload has no Content-Length
       */
      411: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "length_required";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_files_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["File"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_files_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_files_id_content: {
    parameters: {
      query?: never;
      header?: {
        /** @description `bytes=start-end`, `bytes=start-` or `bytes=-suffix`: one range, answered with 206 (416 when it lies past the end); any other value (several ranges, another unit) is ignored and the whole object is sent */
        Range?: string;
        /** @description The ETag you hold: while it is current the answer is 304 without a body */
        "If-None-Match"?: string;
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes as uploaded, with the stored Content-Type */
      200: {
        headers: {
          ETag: components["headers"]["ETag"];
          "Accept-Ranges": components["headers"]["Accept-Ranges"];
          "Content-Disposition": components["headers"]["Content-Disposition"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": Blob;
          "text/plain": Blob;
          "application/pdf": Blob;
        };
      };
      /** @description The range asked for */
      206: {
        headers: {
          "Content-Range": components["headers"]["Content-Range"];
          ETag: components["headers"]["ETag"];
          "Accept-Ranges": components["headers"]["Accept-Ranges"];
          "Content-Disposition": components["headers"]["Content-Disposition"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": Blob;
          "text/plain": Blob;
          "application/pdf": Blob;
        };
      };
      /** @description Not modified: the ETag sent in If-None-Match is still current */
      304: {
        headers: {
          ETag: components["headers"]["ETag"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Range not satisfiable.
       *
       *     - `range_not_satisfiable`: The Range lies outside the object
       */
      416: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Content-Range": components["headers"]["Content-Range"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "range_not_satisfiable";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_calls: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
        status?: "active" | "ended";
        /** @description Calls started at or after this time */
        started_after?: string;
        /** @description Calls started before this time */
        started_before?: string;
        /** @description A parent's view of one of its sub-accounts' calls; none listed for another id */
        subaccount_id?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Call"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_calls: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `tenant_inactive`: The tenant is inactive: calls cannot start, sub-accounts cannot be made
       *     - `parent_inactive`: The sub-account's parent is not active; no call of its family can start
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "tenant_inactive"
              | "parent_inactive"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       *     - `concurrency_limit_reached`: max_concurrent_calls calls are active; retry when one ends
       *     - `monthly_limit_reached`: monthly_call_limit calls started this month; the count resets at period_end
       *     - `family_concurrency_limit_reached`: The parent's max_concurrent_calls calls are active across its family; retry when one ends
       *     - `family_monthly_limit_reached`: The parent's monthly_call_limit calls started this month across its family
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "rate_limited"
              | "concurrency_limit_reached"
              | "monthly_limit_reached"
              | "family_concurrency_limit_reached"
              | "family_monthly_limit_reached";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_calls_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_calls_id_end: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CallEnd"];
      };
    };
    responses: {
      /** @description The ended call */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `call_already_ended`: The call has already ended
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "call_already_ended";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_calls_id_recording: {
    parameters: {
      query?: never;
      header?: {
        /** @description `bytes=start-end`, `bytes=start-` or `bytes=-suffix`: one range, answered with 206 (416 when it lies past the end); any other value (several ranges, another unit) is ignored and the whole object is sent */
        Range?: string;
        /** @description The ETag you hold: while it is current the answer is 304 without a body */
        "If-None-Match"?: string;
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audio, with the stored Content-Type */
      200: {
        headers: {
          ETag: components["headers"]["ETag"];
          "Accept-Ranges": components["headers"]["Accept-Ranges"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "audio/wav": Blob;
          "audio/x-wav": Blob;
          "audio/mpeg": Blob;
          "audio/mp4": Blob;
          "audio/aac": Blob;
          "audio/ogg": Blob;
          "audio/webm": Blob;
          "audio/flac": Blob;
          "audio/L16": Blob;
          "audio/basic": Blob;
          "audio/opus": Blob;
        };
      };
      /** @description The range asked for */
      206: {
        headers: {
          "Content-Range": components["headers"]["Content-Range"];
          ETag: components["headers"]["ETag"];
          "Accept-Ranges": components["headers"]["Accept-Ranges"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "audio/wav": Blob;
          "audio/x-wav": Blob;
          "audio/mpeg": Blob;
          "audio/mp4": Blob;
          "audio/aac": Blob;
          "audio/ogg": Blob;
          "audio/webm": Blob;
          "audio/flac": Blob;
          "audio/L16": Blob;
          "audio/basic": Blob;
          "audio/opus": Blob;
        };
      };
      /** @description Not modified: the ETag sent in If-None-Match is still current */
      304: {
        headers: {
          ETag: components["headers"]["ETag"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `pci_enabled`: The tenant has pci_enabled: no call recording is stored or served
       *     - `recording_disabled`: The tenant does not have recording_enabled
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "pci_enabled" | "recording_disabled";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Range not satisfiable.
       *
       *     - `range_not_satisfiable`: The Range lies outside the object
       */
      416: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Content-Range": components["headers"]["Content-Range"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "range_not_satisfiable";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_calls_id_recording: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
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
        "audio/wav": Blob;
        "audio/x-wav": Blob;
        "audio/mpeg": Blob;
        "audio/mp4": Blob;
        "audio/aac": Blob;
        "audio/ogg": Blob;
        "audio/webm": Blob;
        "audio/flac": Blob;
        "audio/L16": Blob;
        "audio/basic": Blob;
        "audio/opus": Blob;
      };
    };
    responses: {
      /** @description Replaced; the call with its recording */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /** @description Stored; the call with its recording */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Call"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `incomplete_body`: The body ended before its Content-Length
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "incomplete_body";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `pci_enabled`: The tenant has pci_enabled: no call recording is stored or served
       *     - `recording_disabled`: The tenant does not have recording_enabled
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden" | "pci_enabled" | "recording_disabled";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Request timeout.
       *
       *     - `upload_timeout`: The upload took too long and was cut off
       */
      408: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "upload_timeout";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Content-Length required.
       *
       *     - `length_required`: The upload has no Content-Length
       */
      411: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "length_required";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_calls_id_recording: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_usage: {
    parameters: {
      query?: {
        /** @description `tenant`: add `by_tenant`, the tenant and each sub-account, its pool's use */
        group_by?: "tenant";
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Usage"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_usage_alerts: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["UsageAlert"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_usage_alerts: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UsageAlertCreate"];
      };
    };
    responses: {
      /** @description The new usage alert */
      201: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsageAlert"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `quota_exceeded`: A quota of the tenant's plan is reached
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden" | "quota_exceeded";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_usage_alerts_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The usage alert */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsageAlert"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_usage_alerts_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  patch_v1_tenants_tenant_id_usage_alerts_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UsageAlertUpdate"];
      };
    };
    responses: {
      /** @description The updated usage alert */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsageAlert"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_analytics_calls: {
    parameters: {
      query?: {
        /** @description Start, inclusive; widened to the start of its bucket. Default: `to` − 30 days. An ISO-8601 date-time with `Z` or an offset (send `+` as `%2B`), or a date `YYYY-MM-DD`: midnight of that day in `timezone` */
        from?: string;
        /** @description End, exclusive; widened to the end of its bucket. Default: now. An ISO-8601 date-time with `Z` or an offset (send `+` as `%2B`), or a date `YYYY-MM-DD`: midnight of that day in `timezone` */
        to?: string;
        /** @description Bucket size, in `timezone`'s calendar */
        interval?: "hour" | "day" | "month";
        /** @description Split each bucket by this field */
        group_by?: "agent_id" | "direction" | "ended_reason";
        /** @description IANA time zone the buckets follow, DST included */
        timezone?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The buckets and their totals; as CSV, the buckets alone (`start,<group_by>,calls,completed_calls,total_duration_seconds,average_duration_seconds,max_duration_seconds`) */
      200: {
        headers: {
          Vary: components["headers"]["Vary"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CallAnalytics"];
          "text/csv": string;
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `analytics_disabled`: The tenant does not have analytics_enabled
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "analytics_disabled";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhooks_test: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDelivery"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `webhook_not_configured`: The tenant has no webhook_url
       *     - `event_not_subscribed`: The event is not in webhook_events
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "webhook_not_configured"
              | "event_not_subscribed";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhook_secret_rotate: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RotatedWebhookSecret"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_webhook_deliveries: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
        status?: "pending" | "succeeded" | "failed";
        event_type?:
          | "tenant.updated"
          | "tenant.deletion_scheduled"
          | "tenant.deletion_reminder"
          | "tenant.deletion_cancelled"
          | "tenant.deletion_started"
          | "tenant.deleted"
          | "call.started"
          | "call.ended"
          | "webhook.test"
          | "member.invited"
          | "webhook_endpoint.disabled"
          | "usage.threshold_reached";
        /** @description Only the deliveries to this webhook endpoint; `primary`: the tenant's webhook_url */
        endpoint_id?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_webhook_deliveries_delivery_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        delivery_id: string;
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDeliveryDetail"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhook_deliveries_delivery_id_redeliver: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        delivery_id: string;
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery, pending again */
      202: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDelivery"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `webhook_not_configured`: The tenant has no webhook_url
       *     - `delivery_pending`: The webhook delivery is still pending
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "webhook_not_configured"
              | "delivery_pending";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_webhook_endpoints: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["WebhookEndpoint"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhook_endpoints: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookEndpointCreate"];
      };
    };
    responses: {
      /** @description The new endpoint, with its secret */
      201: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedWebhookEndpoint"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `webhook_endpoint_limit_reached`: The tenant has as many webhook endpoints as its plan allows
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden" | "webhook_endpoint_limit_reached";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_webhook_endpoints_endpoint_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        /** @description An endpoint's id, or `primary` */
        endpoint_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpoint"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_webhook_endpoints_endpoint_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
        /** @description An endpoint's id, or `primary` */
        endpoint_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `primary_webhook_endpoint`: The primary webhook endpoint is the tenant's webhook_url: change it with the tenant's settings
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "primary_webhook_endpoint";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  patch_v1_tenants_tenant_id_webhook_endpoints_endpoint_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        /** @description An endpoint's id, or `primary` */
        endpoint_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookEndpointUpdate"];
      };
    };
    responses: {
      /** @description The endpoint */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpoint"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `conflict`: Changed concurrently; try again
       *     - `primary_webhook_endpoint`: The primary webhook endpoint is the tenant's webhook_url: change it with the tenant's settings
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "conflict"
              | "primary_webhook_endpoint";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_webhook_endpoints_endpoint_id_rotate_secret: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
        /** @description An endpoint's id, or `primary` */
        endpoint_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new secret */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RotatedWebhookEndpointSecret"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `conflict`: Changed concurrently; try again
       *     - `primary_webhook_endpoint`: The primary webhook endpoint is the tenant's webhook_url: change it with the tenant's settings
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "conflict"
              | "primary_webhook_endpoint";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_export: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
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
          "Content-Disposition": components["headers"]["Content-Disposition"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantExport"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_archives: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
        /** @description The table the rows left */
        table?: "calls" | "activity_logs" | "webhook_deliveries";
        /** @description A UTC calendar month, `YYYY-MM`: when a call started, or an entry was written */
        period?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of parts */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["ArchivePart"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_archives_table_period: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        /** @description The table the rows left */
        table: "calls" | "activity_logs" | "webhook_deliveries";
        /** @description A UTC calendar month, `YYYY-MM`: when a call started, or an entry was written */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows, NDJSON */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/x-ndjson": string;
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_members: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of members */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Member"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_members: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MemberInvite"];
      };
    };
    responses: {
      /** @description Invited */
      201: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitedMember"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `email_taken`: An account with this email already exists
       *     - `already_invited`: The email is a member of the tenant or invited to it already
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "email_taken"
              | "already_invited";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_members_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MemberUpdate"];
      };
    };
    responses: {
      /** @description The member */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Member"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_members_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MemberRemoved"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_members_id_subaccounts: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SubaccountGrants"];
      };
    };
    responses: {
      /** @description The member's grants */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MemberSubaccountGrants"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_api_keys: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of keys */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["ApiKey"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_api_keys: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApiKeyCreate"];
      };
    };
    responses: {
      /** @description The key, shown this once */
      201: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedApiKey"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  delete_v1_tenants_tenant_id_api_keys_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_v1_tenants_tenant_id_subaccounts: {
    parameters: {
      query?: {
        /** @description Items per page */
        limit?: number;
        /** @description The next_cursor of the page before */
        cursor?: string;
      };
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of sub-accounts */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Tenant"][];
            /** @description The cursor of the next page; null on the last */
            next_cursor: string | null;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_subaccounts: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SubaccountCreate"];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          Location: components["headers"]["Location"];
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Tenant"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       *     - `subaccounts_not_in_plan`: The tenant's plan has no sub-accounts (business and enterprise have)
       *     - `subaccount_quota_reached`: The tenant owns as many sub-accounts as its plan allows
       *     - `subaccount_nesting`: A sub-account owns no sub-accounts: a family is one level deep
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "forbidden"
              | "subaccounts_not_in_plan"
              | "subaccount_quota_reached"
              | "subaccount_nesting";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `tenant_inactive`: The tenant is inactive: calls cannot start, sub-accounts cannot be made
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "tenant_inactive"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  post_v1_tenants_tenant_id_subaccounts_sub_id_detach: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
        /** @description Makes a retry safe: the first successful answer is stored for 24 hours and replayed (with `Idempotent-Replayed: true`) for a retry of the same request; the key with another request is 422 `idempotency_key_reused`, and a retry while the first still runs 409 `idempotency_in_progress` */
        "Idempotency-Key"?: string;
      };
      path: {
        tenant_id: string;
        sub_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SubaccountDetach"];
      };
    };
    responses: {
      /** @description The tenant, on its own */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Tenant"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       *     - `invalid_idempotency_key`: Idempotency-Key is not 1 to 255 visible ASCII characters
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json" | "invalid_idempotency_key";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry after Retry-After
       *     - `email_taken`: An account with this email already exists
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code:
              | "tenant_deleting"
              | "tenant_moving"
              | "tenant_deletion_scheduled"
              | "idempotency_in_progress"
              | "email_taken"
              | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       *     - `idempotency_key_reused`: The Idempotency-Key was used for a different request
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | components["schemas"]["ValidationError"]
            | (components["schemas"]["Error"] & {
                /** @enum {unknown} */
                code: "idempotency_key_reused";
              });
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  put_v1_tenants_tenant_id_parent: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path: {
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ParentChange"];
      };
    };
    responses: {
      /** @description The sub-account */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Tenant"];
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       *     - `malformed_json`: The body is not valid JSON
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark" | "malformed_json";
          };
        };
      };
      /**
       * @description Missing, invalid or expired token.
       *
       *     - `not_authenticated`: No bearer token was sent
       *     - `invalid_token`: The bearer token is invalid or expired
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_authenticated" | "invalid_token";
          };
        };
      };
      /**
       * @description Not allowed.
       *
       *     - `forbidden`: Platform administrators only
       */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "forbidden";
          };
        };
      };
      /**
       * @description Not found (another tenant's resources answer 404 too).
       *
       *     - `not_found`: No such resource; another tenant's resources answer this too
       */
      404: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "not_found";
          };
        };
      };
      /**
       * @description Conflict with the current state.
       *
       *     - `tenant_deleting`: The tenant is being deleted; only its deletion routes answer
       *     - `tenant_moving`: The tenant is being moved to another cell: reads are served, writes resume shortly
       *     - `tenant_deletion_scheduled`: The tenant's deletion is scheduled: reads are served; writes and new calls are refused until the deletion is cancelled (POST …/deletion/cancel)
       *     - `conflict`: Changed concurrently; try again
       */
      409: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "tenant_deleting" | "tenant_moving" | "tenant_deletion_scheduled" | "conflict";
          };
        };
      };
      /**
       * @description Body too large.
       *
       *     - `payload_too_large`: The body is larger than the route's limit
       */
      413: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "payload_too_large";
          };
        };
      };
      /**
       * @description Content-Type not supported.
       *
       *     - `unsupported_media_type`: The Content-Type is not one the route takes
       */
      415: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "unsupported_media_type";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_openapi_json: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 3.1 */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get_docs: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HTML */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "text/html": string;
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The bookmark of your last answer: this request's reads see at least what that one wrote (400 `invalid_bookmark` when it is not one) */
        "X-D1-Bookmark"?: string;
        /** @description Your id for this request, echoed back and logged when it is 1 to 255 letters, digits, `_`, `-` or `=`; any other value is replaced by an id of the server's own */
        "X-Request-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HTML */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "text/html": string;
        };
      };
      /**
       * @description Malformed request.
       *
       *     - `bad_request`: The request was refused as malformed, e.g. a Content-Length that is not a number
       *     - `invalid_bookmark`: X-D1-Bookmark is not `<database>:<bookmark>` as a response returned it
       */
      400: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "bad_request" | "invalid_bookmark";
          };
        };
      };
      /**
       * @description Validation failed.
       *
       *     - `validation_failed`: The request does not match its schema or a rule; `detail` lists where and why
       */
      422: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidationError"];
        };
      };
      /**
       * @description Limit reached.
       *
       *     - `rate_limited`: Too many requests; retry after Retry-After
       */
      429: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
          "Retry-After": components["headers"]["Retry-After"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "rate_limited";
          };
        };
      };
    };
  };
  webhook_tenant_updated: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TenantUpdatedEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_tenant_deletion_scheduled: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TenantDeletionScheduledEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_tenant_deletion_reminder: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TenantDeletionReminderEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_tenant_deletion_cancelled: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TenantDeletionCancelledEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_tenant_deletion_started: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TenantDeletionStartedEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_tenant_deleted: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TenantDeletedEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_call_started: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CallStartedEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_call_ended: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CallEndedEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_webhook_test: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookTestEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_member_invited: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MemberInvitedEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_webhook_endpoint_disabled: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookEndpointDisabledEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_usage_threshold_reached: {
    parameters: {
      query?: never;
      header: {
        /** @description The delivery's id, the same on every attempt and redelivery: skip one already handled */
        "webhook-id": string;
        /** @description The attempt's time, in Unix seconds: refuse one too far from your clock */
        "webhook-timestamp": string;
        /** @description `v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's `whsec_` secret; during a secret rotation's grace period, a second one by the previous secret, space-separated. Any Standard Webhooks library verifies it */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UsageThresholdReachedEvent"];
      };
    };
    responses: {
      /** @description Received: the delivery succeeded */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Anything else, or no answer within 10 s: 429, 5xx and no answer are retried with backoff (8 attempts in all, honouring `Retry-After`); any other answer is final and the delivery fails (listed, and redeliverable) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
