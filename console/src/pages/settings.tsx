import type { TargetedSubmitEvent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { BILLING_PLANS, type BillingPlan, PLANS } from "../../../src/tenants/plans";
import { api, type Schemas, type Tenant, tenantPath } from "../api";
import { type Problem, problemOf } from "../problems";
import { ActionButton, Alert, bytes, Field, Notice, number, Page, useGate } from "../ui";

type Update = Schemas["TenantUpdate"];

/** The form's values as typed: numbers stay text until they are sent. */
type Draft = {
  name: string;
  billing_plan: BillingPlan;
  max_concurrent_calls: string;
  monthly_call_limit: string;
  sip_enabled: boolean;
  recording_enabled: boolean;
  analytics_enabled: boolean;
  hipaa_enabled: boolean;
  pci_enabled: boolean;
  recording_retention_days: string;
  deletion_grace_days: string;
  sip_server: string;
  sip_username: string;
  sip_password: string;
};

const FIELDS: readonly (keyof Draft)[] = [
  "name",
  "billing_plan",
  "max_concurrent_calls",
  "monthly_call_limit",
  "sip_enabled",
  "recording_enabled",
  "analytics_enabled",
  "hipaa_enabled",
  "pci_enabled",
  "recording_retention_days",
  "deletion_grace_days",
  "sip_server",
  "sip_username",
  "sip_password",
];

const draftOf = (tenant: Tenant): Draft => ({
  name: tenant.name,
  billing_plan: tenant.billing_plan,
  max_concurrent_calls: String(tenant.max_concurrent_calls),
  monthly_call_limit: String(tenant.monthly_call_limit),
  sip_enabled: tenant.sip_enabled,
  recording_enabled: tenant.recording_enabled,
  analytics_enabled: tenant.analytics_enabled,
  hipaa_enabled: tenant.hipaa_enabled,
  pci_enabled: tenant.pci_enabled,
  recording_retention_days:
    tenant.recording_retention_days === null ? "" : String(tenant.recording_retention_days),
  deletion_grace_days: String(tenant.deletion_grace_days),
  sip_server: tenant.sip_server ?? "",
  sip_username: tenant.sip_username ?? "",
  sip_password: "",
});

const PLAN_NAMES: Record<BillingPlan, string> = {
  starter: "Starter",
  business: "Business",
  enterprise: "Enterprise",
};

/** What a plan allows, as the plan catalog says. */
function planCaps(plan: BillingPlan) {
  const { maxConcurrentCalls, monthlyCallLimit, compliance, hotWindowDays, quotas } = PLANS[plan];
  return [
    `up to ${number(maxConcurrentCalls)} concurrent calls`,
    monthlyCallLimit === null
      ? "no monthly call cap"
      : `up to ${number(monthlyCallLimit)} calls a month`,
    `${number(quotas.agents)} agents`,
    `${number(quotas.files)} files (${bytes(quotas.fileBytes)})`,
    compliance ? "HIPAA and PCI available" : "no HIPAA or PCI",
    `${hotWindowDays} days of history before archiving`,
  ].join(" · ");
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** Only what changed, so a save touches nothing else; field errors for what cannot be sent. */
function changesOf(tenant: Tenant, draft: Draft) {
  const body: Update = {};
  const invalid: Record<string, string> = {};
  const before = draftOf(tenant);
  if (draft.name !== before.name) body.name = draft.name;
  if (draft.billing_plan !== before.billing_plan) body.billing_plan = draft.billing_plan;
  for (const field of ["max_concurrent_calls", "monthly_call_limit"] as const) {
    if (draft[field] === before[field]) continue;
    const value = wholeNumber(draft[field]);
    if (value === null) invalid[field] = "Enter a whole number.";
    else body[field] = value;
  }
  for (const field of [
    "sip_enabled",
    "recording_enabled",
    "analytics_enabled",
    "hipaa_enabled",
    "pci_enabled",
  ] as const) {
    if (draft[field] !== before[field]) body[field] = draft[field];
  }
  if (draft.recording_retention_days !== before.recording_retention_days) {
    if (draft.recording_retention_days.trim() === "") body.recording_retention_days = null;
    else {
      const days = wholeNumber(draft.recording_retention_days);
      if (days === null)
        invalid.recording_retention_days = "Enter a number of days, or leave it empty.";
      else body.recording_retention_days = days;
    }
  }
  if (draft.deletion_grace_days !== before.deletion_grace_days) {
    const days = wholeNumber(draft.deletion_grace_days);
    if (days === null) invalid.deletion_grace_days = "Enter a number of days, 0 to 30.";
    else body.deletion_grace_days = days;
  }
  if (draft.sip_server !== before.sip_server) body.sip_server = draft.sip_server.trim() || null;
  if (draft.sip_username !== before.sip_username)
    body.sip_username = draft.sip_username.trim() || null;
  if (draft.sip_password !== "") body.sip_password = draft.sip_password;
  return { body, invalid };
}

/** The tenant and the version it was read at, for `If-Match`. */
export async function loadTenant() {
  const { data, response } = await api.GET("/v1/tenants/{tenant_id}", { params: tenantPath() });
  return data ? { tenant: data, etag: response.headers.get("ETag") ?? "" } : null;
}

export function SettingsPage() {
  const [loaded, setLoaded] = useState<{ tenant: Tenant; etag: string } | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const gate = useGate("put /v1/tenants/{tenant_id}");

  // Asked for during the first render, not after the first paint.
  const [first] = useState(loadTenant);
  const show = (next: Awaited<ReturnType<typeof loadTenant>>) => {
    setLoaded(next);
    setDraft(next ? draftOf(next.tenant) : null);
  };
  const reload = async () => show(await loadTenant());
  useEffect(() => {
    void first.then(show);
  }, []);

  if (!loaded || !draft) return <Page title="Organization">Loading…</Page>;
  const { tenant, etag } = loaded;
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) =>
    setDraft({ ...draft, [field]: value });

  const save = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const { body, invalid } = changesOf(tenant, draft);
    if (Object.keys(invalid).length > 0) {
      setProblem({
        status: 0,
        code: "",
        fields: invalid,
        message: "Nothing was saved: fix the fields marked.",
      });
      return;
    }
    if (Object.keys(body).length === 0) {
      setProblem(null);
      setNotice("Nothing changed.");
      return;
    }
    setBusy(true);
    const { data, error, response } = await api.PUT("/v1/tenants/{tenant_id}", {
      params: { ...tenantPath(), header: { "If-Match": etag } },
      body,
    });
    setBusy(false);
    if (data) {
      setProblem(null);
      setLoaded({ tenant: data, etag: response.headers.get("ETag") ?? "" });
      setDraft(draftOf(data));
      setNotice("Saved.");
      return;
    }
    const refused = problemOf(error, response, FIELDS);
    if (response.status === 412) {
      refused.message =
        "Someone changed these settings since this page loaded, so nothing was saved. The form " +
        "now shows their version: check it and make your change again.";
      await reload();
    } else if (response.status === 422 && !refused.message) {
      refused.message = "Nothing was saved: fix the fields marked.";
    } else if (response.status === 422) {
      refused.message = `Nothing was saved. ${refused.message}`;
    }
    setProblem(refused);
  };

  const error = (field: keyof Draft) => problem?.fields[field];
  const readOnly = gate.disabled;
  return (
    <Page
      title="Organization"
      intro="Your organization's name, plan, limits, features and SIP connection. Changes are saved together or not at all."
    >
      <dl class="facts">
        <dt>Data region</dt>
        <dd>{tenant.data_region === "eu" ? "European Union (eu)" : "United States (us)"}</dd>
        <dt>Status</dt>
        <dd>{tenant.status}</dd>
        <dt>Organization id</dt>
        <dd>
          <code>{tenant.id}</code>
        </dd>
      </dl>
      <form onSubmit={save} noValidate>
        <fieldset disabled={readOnly}>
          <legend>Name</legend>
          <Field label="Organization name" error={error("name")}>
            {(ids) => (
              <input
                id={ids.id}
                value={draft.name}
                onInput={(event) => set("name", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
        </fieldset>

        <fieldset disabled={readOnly} aria-describedby="plan-error">
          <legend>Billing plan</legend>
          {BILLING_PLANS.map((plan) => (
            <div class="choice" key={plan}>
              <input
                type="radio"
                id={`plan-${plan}`}
                name="billing_plan"
                value={plan}
                checked={draft.billing_plan === plan}
                onChange={() => set("billing_plan", plan)}
                aria-describedby={`plan-${plan}-caps`}
              />
              <span>
                <label for={`plan-${plan}`}>
                  <strong>{PLAN_NAMES[plan]}</strong>
                </label>
                <span class="hint" id={`plan-${plan}-caps`}>
                  {planCaps(plan)}
                </span>
              </span>
            </div>
          ))}
          <p class="error" id="plan-error">
            {error("billing_plan")}
          </p>
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>Limits</legend>
          <Field
            label="Concurrent calls"
            error={error("max_concurrent_calls")}
            hint={`Calls that may be active at once; your plan allows up to ${number(PLANS[draft.billing_plan].maxConcurrentCalls)}.`}
          >
            {(ids) => (
              <input
                id={ids.id}
                inputMode="numeric"
                value={draft.max_concurrent_calls}
                onInput={(event) => set("max_concurrent_calls", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
          <Field
            label="Calls per month"
            error={error("monthly_call_limit")}
            hint="0 stops every new call. Counted per UTC calendar month."
          >
            {(ids) => (
              <input
                id={ids.id}
                inputMode="numeric"
                value={draft.monthly_call_limit}
                onInput={(event) => set("monthly_call_limit", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>Features</legend>
          <Toggle
            label="SIP"
            checked={draft.sip_enabled}
            onChange={(value) => set("sip_enabled", value)}
            error={error("sip_enabled")}
            hint="Calls through your SIP server and trunks."
          />
          <Toggle
            label="Call recording"
            checked={draft.recording_enabled}
            onChange={(value) => set("recording_enabled", value)}
            error={error("recording_enabled")}
            hint="Recordings of calls are stored. Not with PCI."
          />
          <Toggle
            label="Analytics"
            checked={draft.analytics_enabled}
            onChange={(value) => set("analytics_enabled", value)}
            error={error("analytics_enabled")}
            hint="Call charts and exports on the Usage page."
          />
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>Compliance</legend>
          <Toggle
            label="HIPAA"
            checked={draft.hipaa_enabled}
            onChange={(value) => set("hipaa_enabled", value)}
            error={error("hipaa_enabled")}
            hint="Enterprise plan only. Every read of calls, recordings and the export is written to the activity log, and recordings are kept for a bounded time: the retention below, 90 days if you leave it empty."
          />
          <Toggle
            label="PCI"
            checked={draft.pci_enabled}
            onChange={(value) => set("pci_enabled", value)}
            error={error("pci_enabled")}
            hint="Enterprise plan only. No call recording is stored or served, so call recording must be off."
          />
          <Field
            label="Recording retention (days)"
            error={error("recording_retention_days")}
            hint="Recordings are removed this many days after their call started. Empty keeps them, which HIPAA does not allow."
          >
            {(ids) => (
              <input
                id={ids.id}
                inputMode="numeric"
                value={draft.recording_retention_days}
                onInput={(event) => set("recording_retention_days", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
          <Field
            label="Deletion grace period (days)"
            error={error("deletion_grace_days")}
            hint="How long a deletion waits before it runs, 0 to 30; you can cancel it until then. Only the owner changes it."
          >
            {(ids) => (
              <input
                id={ids.id}
                inputMode="numeric"
                value={draft.deletion_grace_days}
                onInput={(event) => set("deletion_grace_days", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>SIP connection</legend>
          <Field
            label="SIP server"
            error={error("sip_server")}
            hint="A public host name or address, e.g. sip.example.com."
          >
            {(ids) => (
              <input
                id={ids.id}
                value={draft.sip_server}
                onInput={(event) => set("sip_server", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
          <Field label="SIP username" error={error("sip_username")}>
            {(ids) => (
              <input
                id={ids.id}
                autocomplete="off"
                value={draft.sip_username}
                onInput={(event) => set("sip_username", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
          <Field
            label="SIP password"
            error={error("sip_password")}
            hint={
              tenant.sip_password_set
                ? "A password is set. It is never shown; type a new one to replace it."
                : "No password set."
            }
          >
            {(ids) => (
              <input
                id={ids.id}
                type="password"
                autocomplete="new-password"
                value={draft.sip_password}
                onInput={(event) => set("sip_password", event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
        </fieldset>

        <Alert problem={problem} />
        {notice && <Notice>{notice}</Notice>}
        <div class="buttons">
          <ActionButton
            operation="put /v1/tenants/{tenant_id}"
            type="submit"
            class="primary"
            busy={busy}
          >
            Save settings
          </ActionButton>
          <button
            type="button"
            onClick={() => {
              setProblem(null);
              setNotice(null);
              setDraft(draftOf(tenant));
            }}
            disabled={readOnly}
          >
            Discard changes
          </button>
        </div>
      </form>
    </Page>
  );
}

/** A feature's on/off switch with what it does. */
export function Toggle(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint: string;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const id = `toggle-${props.label.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <div class={props.error ? "field toggle invalid" : "field toggle"}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={props.checked}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ""}`}
        aria-invalid={Boolean(props.error)}
      />
      <label for={id}>{props.label}</label>
      <p class="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
