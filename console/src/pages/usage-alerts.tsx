import type { TargetedSubmitEvent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, type Schemas, tenantPath } from "../api";
import { type Problem, problemOf } from "../problems";
import { ActionButton, Alert, dateTime, Field, Notice, number, TableScroll, useGate } from "../ui";
import { Toggle } from "./settings";

type UsageAlert = Schemas["UsageAlert"];
type Metric = UsageAlert["metric"];

const METRICS: Record<Metric, string> = {
  calls_this_month: "Calls this month",
  active_calls: "Active calls",
  recordings_bytes: "Recording storage (bytes)",
  files_bytes: "File storage (bytes)",
  files: "Files",
};
const asMetric = (value: string): Metric =>
  (Object.keys(METRICS) as Metric[]).find((metric) => metric === value) ?? "calls_this_month";

/** The alert as a person reads it: "Calls this month at 80 % of the limit". */
const describe = (alert: UsageAlert) =>
  `${METRICS[alert.metric]} at ${
    alert.threshold_percent !== null
      ? `${alert.threshold_percent} % of the limit`
      : number(alert.threshold ?? 0)
  }`;

/** The tenant's usage alerts: listed, added and deleted. */
export function UsageAlerts() {
  const [alerts, setAlerts] = useState<UsageAlert[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [metric, setMetric] = useState<Metric>("calls_this_month");
  const [kind, setKind] = useState<"percent" | "value">("percent");
  const [recurring, setRecurring] = useState(true);
  const add = useGate("post /v1/tenants/{tenant_id}/usage-alerts");

  const load = async () => {
    const { data } = await api.GET("/v1/tenants/{tenant_id}/usage-alerts", {
      params: { ...tenantPath(), query: { limit: 100 } },
    });
    setAlerts(data?.items ?? []);
  };
  useEffect(() => {
    void load();
  }, []);

  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const amount = Number(fields.get("amount"));
    const { data, error, response } = await api.POST("/v1/tenants/{tenant_id}/usage-alerts", {
      params: tenantPath(),
      body:
        kind === "percent"
          ? { metric, threshold_percent: amount, recurring }
          : { metric, threshold: amount, recurring },
    });
    if (!data) {
      setNotice(null);
      return setProblem(problemOf(error, response, ["threshold", "threshold_percent", "metric"]));
    }
    setProblem(null);
    setNotice(`Alert added: ${describe(data)}.`);
    form.reset();
    await load();
  };

  const remove = async (alert: UsageAlert) => {
    const { error, response } = await api.DELETE("/v1/tenants/{tenant_id}/usage-alerts/{id}", {
      params: { path: { ...tenantPath().path, id: alert.id } },
    });
    if (response.ok) setNotice(`Alert deleted: ${describe(alert)}.`);
    else setProblem(problemOf(error, response));
    await load();
  };

  const fieldError = problem?.fields?.threshold ?? problem?.fields?.threshold_percent;
  return (
    <section aria-labelledby="alerts-title">
      <h2 id="alerts-title">Usage alerts</h2>
      <p class="hint">
        Each alert sends the <code>usage.threshold_reached</code> webhook and logs it when its
        metric reaches the threshold: once a month when it repeats, else once.
      </p>
      <TableScroll label="Usage alerts">
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">Repeats</th>
            <th scope="col">Last reached</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => (
            <tr key={alert.id}>
              <td>{describe(alert)}</td>
              <td>{alert.recurring ? "each month" : "once"}</td>
              <td>
                {alert.reached_at
                  ? `${dateTime(alert.reached_at)} (${number(alert.reached_value ?? 0)})`
                  : "not yet"}
              </td>
              <td>
                <ActionButton
                  operation="delete /v1/tenants/{tenant_id}/usage-alerts/{id}"
                  aria-label={`Delete alert: ${describe(alert)}`}
                  onClick={() => void remove(alert)}
                >
                  Delete
                </ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      <form onSubmit={submit} aria-labelledby="add-alert-title">
        <h3 id="add-alert-title">Add an alert</h3>
        <Field label="Metric">
          {({ id }) => (
            <select
              id={id}
              value={metric}
              disabled={add.disabled}
              onChange={(event) => setMetric(asMetric(event.currentTarget.value))}
            >
              {(Object.keys(METRICS) as Metric[]).map((option) => (
                <option key={option} value={option}>
                  {METRICS[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Threshold as">
          {({ id }) => (
            <select
              id={id}
              value={kind}
              disabled={add.disabled}
              onChange={(event) =>
                setKind(event.currentTarget.value === "value" ? "value" : "percent")
              }
            >
              <option value="percent">a percentage of the limit</option>
              <option value="value">a value</option>
            </select>
          )}
        </Field>
        <Field label={kind === "percent" ? "Percent" : "Value"} error={fieldError}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="amount"
              type="number"
              min={1}
              max={kind === "percent" ? 100 : undefined}
              required
              disabled={add.disabled}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Toggle
          label="Repeat each month"
          checked={recurring}
          onChange={setRecurring}
          disabled={add.disabled}
          hint="Off: the alert is sent once, until its threshold changes."
        />
        <ActionButton operation="post /v1/tenants/{tenant_id}/usage-alerts" type="submit">
          Add alert
        </ActionButton>
        <Alert problem={problem} />
        {notice && <Notice>{notice}</Notice>}
      </form>
    </section>
  );
}
