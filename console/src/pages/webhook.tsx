import type { TargetedSubmitEvent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, type Schemas, type Tenant, tenantPath } from "../api";
import { type Problem, problemOf } from "../problems";
import {
  ActionButton,
  Alert,
  dateTime,
  Field,
  Notice,
  Page,
  SecretOnce,
  TableScroll,
  useGate,
} from "../ui";
import { loadTenant } from "./settings";

export type EventType = Tenant["webhook_events"][number];
type Delivery = Schemas["WebhookDelivery"];
type Attempt = Schemas["WebhookAttempt"];

export const EVENTS: { type: EventType; about: string }[] = [
  { type: "tenant.updated", about: "the organization's settings changed" },
  { type: "tenant.deletion_started", about: "a deletion began" },
  { type: "tenant.deleted", about: "the organization is gone (the last event)" },
  { type: "call.started", about: "a call started" },
  { type: "call.ended", about: "a call ended" },
  { type: "member.invited", about: "someone was invited, with the invitation token" },
  { type: "webhook.test", about: "the test event sent from this page" },
  {
    type: "webhook_endpoint.disabled",
    about: "another endpoint was disabled after three days of failures",
  },
];

export function WebhookPage() {
  const [loaded, setLoaded] = useState<{ tenant: Tenant; etag: string } | null>(null);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<EventType[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  const gate = useGate("put /v1/tenants/{tenant_id}");

  const reload = async () => {
    const next = await loadTenant();
    setLoaded(next);
    if (next) {
      setUrl(next.tenant.webhook_url ?? "");
      setEvents(next.tenant.webhook_events);
    }
  };
  const loadDeliveries = async () => {
    const { data } = await api.GET("/v1/tenants/{tenant_id}/webhook-deliveries", {
      params: { ...tenantPath(), query: { limit: 20 } },
    });
    setDeliveries(data?.items ?? []);
  };
  useEffect(() => {
    void reload();
    void loadDeliveries();
  }, []);
  if (!loaded) return <Page title="Webhook">Loading…</Page>;

  const save = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    setSecret(null);
    const { data, error, response } = await api.PUT("/v1/tenants/{tenant_id}", {
      params: { ...tenantPath(), header: { "If-Match": loaded.etag } },
      body: { webhook_url: url.trim() || null, webhook_events: events },
    });
    if (!data) {
      const refused = problemOf(error, response, ["webhook_url", "webhook_events"]);
      if (response.status === 412) {
        refused.message =
          "The settings changed since this page loaded, so nothing was saved; the form now shows them.";
        await reload();
      }
      setProblem(refused);
      return;
    }
    setProblem(null);
    setLoaded({ tenant: data, etag: response.headers.get("ETag") ?? "" });
    if (data.webhook_secret) setSecret(data.webhook_secret);
    setNotice("Webhook saved.");
  };

  const rotate = async () => {
    setNotice(null);
    const { data, error, response } = await api.POST(
      "/v1/tenants/{tenant_id}/webhook-secret/rotate",
      { params: tenantPath() },
    );
    if (data) {
      setSecret(data.webhook_secret);
      setProblem(null);
      setNotice(
        data.previous_secret_expires_at
          ? `Secret rotated. Deliveries are signed with the old one too until ${dateTime(data.previous_secret_expires_at)}.`
          : "Secret rotated.",
      );
      void reload();
    } else setProblem(problemOf(error, response));
  };

  const test = async () => {
    const { data, error, response } = await api.POST("/v1/tenants/{tenant_id}/webhooks/test", {
      params: tenantPath(),
    });
    if (response.ok) {
      setProblem(null);
      setNotice("Test event queued: it appears in the deliveries below.");
      void data;
      await loadDeliveries();
    } else setProblem(problemOf(error, response));
  };

  const toggle = (type: EventType, on: boolean) =>
    setEvents(on ? [...events, type] : events.filter((other) => other !== type));

  return (
    <Page
      title="Webhook"
      intro="Where events are sent, signed with your secret (Standard Webhooks)."
    >
      <form onSubmit={save} noValidate>
        <fieldset disabled={gate.disabled}>
          <legend>Endpoint</legend>
          <Field
            label="Webhook URL"
            error={problem?.fields.webhook_url}
            hint="An https URL. Saving a URL without a secret makes one, shown once."
          >
            {(ids) => (
              <input
                id={ids.id}
                type="url"
                value={url}
                onInput={(event) => setUrl(event.currentTarget.value)}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
        </fieldset>
        <fieldset disabled={gate.disabled}>
          <legend>Events</legend>
          {EVENTS.map(({ type, about }) => (
            <label class="choice" key={type}>
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(event) => toggle(type, event.currentTarget.checked)}
              />
              <span>
                <code>{type}</code> <span class="hint">{about}</span>
              </span>
            </label>
          ))}
          {problem?.fields.webhook_events && <p class="error">{problem.fields.webhook_events}</p>}
        </fieldset>
        <p>Secret: {loaded.tenant.webhook_secret_set ? "set (never shown again)" : "not set"}</p>
        <Alert problem={problem} />
        {notice && <Notice>{notice}</Notice>}
        {secret && <SecretOnce label="Webhook secret" value={secret} />}
        <div class="buttons">
          <ActionButton operation="put /v1/tenants/{tenant_id}" type="submit" class="primary">
            Save webhook
          </ActionButton>
          <ActionButton
            operation="post /v1/tenants/{tenant_id}/webhook-secret/rotate"
            onClick={rotate}
            disabled={!loaded.tenant.webhook_url}
          >
            Rotate secret
          </ActionButton>
          <ActionButton
            operation="post /v1/tenants/{tenant_id}/webhooks/test"
            onClick={test}
            disabled={!loaded.tenant.webhook_url}
          >
            Send test event
          </ActionButton>
        </div>
      </form>

      <h2>Deliveries</h2>
      <button type="button" onClick={loadDeliveries}>
        Refresh deliveries
      </button>
      {deliveries.length === 0 ? (
        <p>No deliveries yet.</p>
      ) : (
        <TableScroll label="Deliveries">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">Created</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <DeliveryRow key={delivery.id} delivery={delivery} onChange={loadDeliveries} />
            ))}
          </tbody>
        </TableScroll>
      )}
    </Page>
  );
}

function DeliveryRow(props: { delivery: Delivery; onChange: () => Promise<void> }) {
  const { delivery } = props;
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const path = { path: { ...tenantPath().path, delivery_id: delivery.id } };
  const show = async () => {
    if (attempts) return setAttempts(null);
    const { data } = await api.GET("/v1/tenants/{tenant_id}/webhook-deliveries/{delivery_id}", {
      params: path,
    });
    setAttempts(data?.attempt_log ?? []);
  };
  const redeliver = async () => {
    const { error, response } = await api.POST(
      "/v1/tenants/{tenant_id}/webhook-deliveries/{delivery_id}/redeliver",
      { params: path },
    );
    setMessage(response.ok ? "Sent again." : problemOf(error, response).message);
    await props.onChange();
  };
  const last =
    delivery.last_status_code === null
      ? (delivery.last_error ?? "no answer")
      : `HTTP ${delivery.last_status_code}`;
  return (
    <>
      <tr>
        <td>
          <code>{delivery.event_type}</code>
        </td>
        <td>{delivery.status}</td>
        <td>{delivery.attempts}</td>
        <td>{delivery.attempts === 0 ? "—" : last}</td>
        <td>{dateTime(delivery.created_at)}</td>
        <td class="row-actions">
          <button type="button" onClick={show} aria-expanded={attempts !== null}>
            Attempts of {delivery.event_type}
          </button>
          <ActionButton
            operation="post /v1/tenants/{tenant_id}/webhook-deliveries/{delivery_id}/redeliver"
            onClick={redeliver}
            disabled={delivery.status === "pending"}
          >
            Redeliver {delivery.event_type}
          </ActionButton>
          <span role="status">{message}</span>
        </td>
      </tr>
      {attempts && (
        <tr>
          <td colSpan={6}>
            {attempts.length === 0 ? (
              "No attempt yet."
            ) : (
              <ol class="attempts">
                {attempts.map((attempt) => (
                  <li key={attempt.attempt}>
                    Attempt {attempt.attempt}, {dateTime(attempt.created_at)}:{" "}
                    {attempt.status_code === null
                      ? (attempt.error ?? "no answer")
                      : `HTTP ${attempt.status_code}`}{" "}
                    in {attempt.latency_ms} ms
                  </li>
                ))}
              </ol>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
