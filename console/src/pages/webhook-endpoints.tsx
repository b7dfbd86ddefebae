import type { TargetedSubmitEvent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, type Schemas, tenantPath } from "../api";
import { type Problem, problemOf } from "../problems";
import { ActionButton, Alert, Field, Notice, Page, SecretOnce, TableScroll, useGate } from "../ui";
import { EVENTS, type EventType } from "./webhook";

type Endpoint = Schemas["WebhookEndpoint"];

const COLLECTION = "/v1/tenants/{tenant_id}/webhook-endpoints";
const ONE = "/v1/tenants/{tenant_id}/webhook-endpoints/{endpoint_id}";

/** The tenant's webhook endpoints besides its webhook_url: listed, created, switched, deleted. */
export function WebhookEndpointsPage() {
  const [endpoints, setEndpoints] = useState<Endpoint[] | null>(null);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<EventType[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const gate = useGate(`post ${COLLECTION}`);

  const reload = async () => {
    const { data } = await api.GET(COLLECTION, {
      params: { ...tenantPath(), query: { limit: 100 } },
    });
    setEndpoints(data?.items ?? []);
  };
  useEffect(() => {
    void reload();
  }, []);

  const create = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    setSecret(null);
    const { data, error, response } = await api.POST(COLLECTION, {
      params: tenantPath(),
      body: { url: url.trim(), events: events.length > 0 ? events : null },
    });
    if (!data) return setProblem(problemOf(error, response, ["url", "events"]));
    setProblem(null);
    setSecret(data.secret);
    setUrl("");
    setEvents([]);
    setNotice("Endpoint added.");
    await reload();
  };

  const act = async (endpoint: Endpoint, action: "enable" | "disable" | "delete") => {
    const params = { path: { ...tenantPath().path, endpoint_id: endpoint.id } };
    const { error, response } =
      action === "delete"
        ? await api.DELETE(ONE, { params })
        : await api.PATCH(ONE, { params, body: { enabled: action === "enable" } });
    if (!response.ok) return setProblem(problemOf(error, response));
    setProblem(null);
    setSecret(null);
    setNotice(`Endpoint ${action === "delete" ? "deleted" : `${action}d`}.`);
    await reload();
  };

  const toggle = (type: EventType, on: boolean) =>
    setEvents(on ? [...events, type] : events.filter((other) => other !== type));

  return (
    <Page
      title="Webhook endpoints"
      intro="More receivers besides the webhook URL, each with its own events and secret."
    >
      <form onSubmit={create} noValidate>
        <fieldset disabled={gate.disabled}>
          <legend>New endpoint</legend>
          <Field label="Endpoint URL" error={problem?.fields.url} hint="An https URL.">
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
          <legend>Endpoint events (none checked: all)</legend>
          {EVENTS.map(({ type }) => (
            <label class="choice" key={type}>
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(event) => toggle(type, event.currentTarget.checked)}
              />
              <code>{type}</code>
            </label>
          ))}
        </fieldset>
        <Alert problem={problem} />
        {notice && <Notice>{notice}</Notice>}
        {secret && <SecretOnce label="Endpoint secret" value={secret} />}
        <div class="buttons">
          <ActionButton operation={`post ${COLLECTION}`} type="submit" class="primary">
            Add endpoint
          </ActionButton>
        </div>
      </form>

      <h2>Endpoints</h2>
      {endpoints === null ? (
        <p>Loading…</p>
      ) : endpoints.length === 0 ? (
        <p>No endpoints yet.</p>
      ) : (
        <TableScroll label="Endpoints">
          <thead>
            <tr>
              <th scope="col">URL</th>
              <th scope="col">Events</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id}>
                <td>
                  <code>{endpoint.url}</code>
                </td>
                <td>{endpoint.events ? endpoint.events.join(", ") : "all"}</td>
                <td>
                  {endpoint.enabled ? "enabled" : "disabled"}
                  {endpoint.disabled_reason && (
                    <span class="hint"> ({endpoint.disabled_reason})</span>
                  )}
                </td>
                <td class="row-actions">
                  {endpoint.primary ? (
                    <a href="#/webhook">Change on the Webhook page</a>
                  ) : (
                    <>
                      <ActionButton
                        operation={`patch ${ONE}`}
                        onClick={() => act(endpoint, endpoint.enabled ? "disable" : "enable")}
                      >
                        {endpoint.enabled ? "Disable" : "Enable"} {endpoint.url}
                      </ActionButton>
                      <ActionButton
                        operation={`delete ${ONE}`}
                        onClick={() => act(endpoint, "delete")}
                      >
                        Delete {endpoint.url}
                      </ActionButton>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      )}
    </Page>
  );
}
