import type { ComponentType } from "preact";
import { useEffect, useId, useState } from "preact/hooks";
import { api, type Schemas, tenantPath } from "../api";
import type { ChartProps } from "../chart";
import { problemOf } from "../problems";
import { ActionButton, Alert, bytes, download, number, Page, TableScroll } from "../ui";
import { loadTenant, Toggle } from "./settings";
import { UsageAlerts } from "./usage-alerts";

type Usage = Schemas["Usage"];
type Analytics = Schemas["CallAnalytics"];
type Interval = Analytics["interval"];
type GroupBy = NonNullable<Analytics["group_by"]>;

/** How far back each interval looks. */
const RANGE_DAYS: Record<Interval, number> = { hour: 2, day: 30, month: 365 };
const TIMEZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const asInterval = (value: string): Interval =>
  value === "hour" ? "hour" : value === "month" ? "month" : "day";
const asGroup = (value: string): GroupBy | "" =>
  value === "direction" || value === "agent_id" || value === "ended_reason" ? value : "";

export function UsagePage() {
  const [usage, setUsage] = useState<Usage | null>(null);
  useEffect(() => {
    void api
      .GET("/v1/tenants/{tenant_id}/usage", { params: tenantPath() })
      .then(({ data }) => setUsage(data ?? null));
  }, []);
  return (
    <Page
      title="Usage"
      intro="Calls against your limits, the plan's quotas, usage alerts, and call analytics."
    >
      {usage ? <Gauges usage={usage} /> : <p>Loading…</p>}
      <UsageAlerts />
      <CallCharts />
    </Page>
  );
}

function Gauge(props: { label: string; value: number; max: number; detail?: string }) {
  const id = useId();
  return (
    <div class="gauge">
      <label for={id}>{props.label}</label>
      <meter
        id={id}
        min={0}
        max={Math.max(1, props.max)}
        high={props.max * 0.9}
        value={props.value}
        aria-valuetext={`${number(props.value)} of ${number(props.max)}`}
      />
      <p class="gauge-text">
        {number(props.value)} of {number(props.max)}
        {props.detail ? ` · ${props.detail}` : ""}
      </p>
    </div>
  );
}

function Gauges(props: { usage: Usage }) {
  const { usage } = props;
  const { quotas } = usage;
  return (
    <section aria-labelledby="limits-title">
      <h2 id="limits-title">Limits</h2>
      <div class="gauges">
        <Gauge label="Active calls" value={usage.active_calls} max={usage.max_concurrent_calls} />
        <Gauge
          label="Calls this month"
          value={usage.calls_this_month}
          max={usage.monthly_call_limit}
          detail={`resets ${new Date(usage.period_end).toLocaleDateString()}`}
        />
      </div>
      <h2>Plan quotas ({usage.billing_plan})</h2>
      <TableScroll label="Plan quotas">
        <thead>
          <tr>
            <th scope="col">Quota</th>
            <th scope="col">Used</th>
            <th scope="col">Limit</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Agents</td>
            <td>{number(quotas.agents.used)}</td>
            <td>{number(quotas.agents.limit)}</td>
          </tr>
          <tr>
            <td>Files</td>
            <td>{number(quotas.files.used)}</td>
            <td>{number(quotas.files.limit)}</td>
          </tr>
          <tr>
            <td>File storage</td>
            <td>{bytes(quotas.file_bytes.used)}</td>
            <td>{bytes(quotas.file_bytes.limit)}</td>
          </tr>
          <tr>
            <td>Test webhooks this minute</td>
            <td>{number(quotas.test_webhooks_per_minute.used)}</td>
            <td>{number(quotas.test_webhooks_per_minute.limit)}</td>
          </tr>
          <tr>
            <td>Recordings stored</td>
            <td>
              {number(usage.recordings.count)} ({bytes(usage.recordings.bytes)})
            </td>
            <td>—</td>
          </tr>
        </tbody>
      </TableScroll>
    </section>
  );
}

function CallCharts() {
  const [interval, setInterval] = useState<Interval>("day");
  const [group, setGroup] = useState<GroupBy | "">("");
  const [analytics, setAnalytics] = useState<Analytics | null>(null);
  const [disabled, setDisabled] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [Chart, setChart] = useState<ComponentType<ChartProps> | null>(null);

  const query = () => {
    const from = new Date(Date.now() - RANGE_DAYS[interval] * 86_400_000).toISOString();
    return {
      interval,
      timezone: TIMEZONE,
      from: `${from.slice(0, 19)}Z`,
      ...(group ? { group_by: group } : {}),
    };
  };

  const load = async () => {
    const { data, error, response } = await api.GET("/v1/tenants/{tenant_id}/analytics/calls", {
      params: { ...tenantPath(), query: query() },
    });
    setDisabled(
      response.status === 403 && problemOf(error, response).code === "analytics_disabled",
    );
    const json = typeof data === "object" ? data : null;
    setAnalytics(json);
    if (!json && response.status !== 403) setMessage(problemOf(error, response).message);
    // The chart's code loads when a chart is first shown.
    if (json && !Chart) {
      const module = await import("../chart");
      setChart(() => module.CallChart);
    }
  };
  useEffect(() => {
    void load();
  }, [interval, group]);

  const turnOn = async () => {
    const loaded = await loadTenant();
    if (!loaded) return;
    const { error, response } = await api.PUT("/v1/tenants/{tenant_id}", {
      params: { ...tenantPath(), header: { "If-Match": loaded.etag } },
      body: { analytics_enabled: true },
    });
    if (response.ok) await load();
    else setMessage(problemOf(error, response).message);
  };

  const csv = async () => {
    const { data, error, response } = await api.GET("/v1/tenants/{tenant_id}/analytics/calls", {
      params: { ...tenantPath(), query: query() },
      headers: { Accept: "text/csv" },
      parseAs: "text",
    });
    if (typeof data === "string") download(`calls-${interval}.csv`, data, "text/csv");
    else setMessage(problemOf(error, response).message);
  };

  return (
    <section aria-labelledby="analytics-title">
      <h2 id="analytics-title">Calls</h2>
      {disabled ? (
        <div class="off">
          <p>Analytics is off for your organization. Turn analytics on to see call charts.</p>
          <AnalyticsSwitch onTurnOn={turnOn} />
        </div>
      ) : (
        <>
          <div class="controls">
            <label>
              Interval{" "}
              <select
                value={interval}
                onChange={(event) => setInterval(asInterval(event.currentTarget.value))}
              >
                <option value="hour">per hour (2 days)</option>
                <option value="day">per day (30 days)</option>
                <option value="month">per month (12 months)</option>
              </select>
            </label>
            <label>
              Split by{" "}
              <select
                value={group}
                onChange={(event) => setGroup(asGroup(event.currentTarget.value))}
              >
                <option value="">nothing</option>
                <option value="direction">direction</option>
                <option value="agent_id">agent</option>
                <option value="ended_reason">ended reason</option>
              </select>
            </label>
            <button type="button" onClick={csv}>
              Download CSV
            </button>
          </div>
          <p class="hint">Times in {TIMEZONE}.</p>
          {analytics && (
            <>
              <dl class="facts totals">
                <dt>Calls</dt>
                <dd>{number(analytics.totals.calls)}</dd>
                <dt>Completed</dt>
                <dd>{number(analytics.totals.completed_calls)}</dd>
                <dt>Total minutes</dt>
                <dd>{number(Math.round(analytics.totals.total_duration_seconds / 60))}</dd>
                <dt>Average seconds</dt>
                <dd>{number(analytics.totals.average_duration_seconds)}</dd>
              </dl>
              {Chart ? <Chart analytics={analytics} /> : <p>Loading the chart…</p>}
            </>
          )}
        </>
      )}
      <Alert message={message} />
    </section>
  );
}

function AnalyticsSwitch(props: { onTurnOn: () => Promise<void> }) {
  const [on, setOn] = useState(false);
  return (
    <div class="buttons">
      <Toggle
        label="Analytics"
        checked={on}
        onChange={(value) => setOn(value)}
        hint="Needed for the charts and the CSV export."
      />
      <ActionButton
        operation="put /v1/tenants/{tenant_id}"
        class="primary"
        disabled={!on}
        onClick={() => void props.onTurnOn()}
      >
        Turn analytics on
      </ActionButton>
    </div>
  );
}
