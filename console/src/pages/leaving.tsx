import { useEffect, useState } from "preact/hooks";
import { api, forgetSession, type Schemas, type Tenant, tenantPath } from "../api";
import { type Problem, problemOf } from "../problems";
import {
  ActionButton,
  Alert,
  dateTime,
  download,
  Field,
  Notice,
  number,
  Page,
  TableScroll,
} from "../ui";
import { loadTenant } from "./settings";

type Preview = Schemas["DeletionPreview"];
type Job = Schemas["DeletionJob"];

const POLL_MS = 1000;

/** What a count covers, the ones with something first, then by name. */
const byWeight = (counts: Record<string, number>) =>
  Object.entries(counts).sort(
    ([a, x], [b, y]) => Number(y > 0) - Number(x > 0) || a.localeCompare(b),
  );

export function LeavingPage() {
  const [loaded, setLoaded] = useState<{ tenant: Tenant; etag: string } | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const reload = async () => setLoaded(await loadTenant());
  useEffect(() => {
    void reload();
  }, []);
  if (job) return <DeletionProgress job={job} />;
  if (!loaded) return <Page title="Leaving">Loading…</Page>;
  const { tenant } = loaded;
  return (
    <Page title="Leaving" intro="Take your data with you, pause your organization, or delete it.">
      <Export />
      {tenant.status === "deletion_scheduled" ? (
        <ScheduledDeletion tenant={tenant} onChange={reload} onStarted={setJob} />
      ) : (
        <>
          <Deactivate loaded={loaded} onChange={reload} />
          <Delete tenant={tenant} onStarted={setJob} onScheduled={reload} />
        </>
      )}
    </Page>
  );
}

/** A deletion waiting out the grace period: when it runs, and the way back. */
function ScheduledDeletion(props: {
  tenant: Tenant;
  onChange: () => Promise<void>;
  onStarted: (job: Job) => void;
}) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const cancel = async () => {
    setBusy(true);
    const { error, response } = await api.POST("/v1/tenants/{tenant_id}/deletion/cancel", {
      params: tenantPath(),
    });
    setBusy(false);
    if (response.ok) {
      setProblem(null);
      await props.onChange();
    } else setProblem(problemOf(error, response));
  };
  const deleteNow = async () => {
    const { data, error, response } = await api.DELETE("/v1/tenants/{tenant_id}", {
      params: { ...tenantPath(), query: { now: true } },
    });
    if (!data || !("deletion_id" in data)) {
      setProblem(problemOf(error, response));
      return;
    }
    const job = await api.GET("/v1/tenants/{tenant_id}/deletion", { params: tenantPath() });
    if (job.data) props.onStarted(job.data);
  };
  return (
    <section aria-labelledby="scheduled-title">
      <h2 id="scheduled-title">Deletion scheduled</h2>
      <p role="status">
        Your organization will be deleted on{" "}
        <strong>{dateTime(props.tenant.deletion_scheduled_for)}</strong>. Until then its data can be
        read and exported, nothing can change and no call starts.
      </p>
      <ActionButton
        operation="post /v1/tenants/{tenant_id}/deletion/cancel"
        onClick={cancel}
        busy={busy}
      >
        Cancel deletion
      </ActionButton>
      <ActionButton operation="delete /v1/tenants/{tenant_id}" class="danger" onClick={deleteNow}>
        Delete now
      </ActionButton>
      <Alert problem={problem} />
    </section>
  );
}

function Export() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const { data, error, response } = await api.GET("/v1/tenants/{tenant_id}/export", {
      params: tenantPath(),
      parseAs: "text",
    });
    setBusy(false);
    if (typeof data === "string") {
      setProblem(null);
      download(`export-${tenantPath().path.tenant_id}.json`, data, "application/json");
    } else setProblem(problemOf(error, response));
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p>Everything your organization holds, as one JSON file, with its audit trail.</p>
      <ActionButton operation="get /v1/tenants/{tenant_id}/export" onClick={run} busy={busy}>
        Download export
      </ActionButton>
      <Alert problem={problem} />
    </section>
  );
}

function Deactivate(props: {
  loaded: { tenant: Tenant; etag: string };
  onChange: () => Promise<void>;
}) {
  const { tenant, etag } = props.loaded;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const next = tenant.status === "inactive" ? "active" : "inactive";
  const change = async () => {
    const { error, response } = await api.PUT("/v1/tenants/{tenant_id}", {
      params: { ...tenantPath(), header: { "If-Match": etag } },
      body: { status: next },
    });
    if (response.ok) {
      setProblem(null);
      setNotice(next === "inactive" ? "Deactivated: no new calls start." : "Reactivated.");
    } else setProblem(problemOf(error, response));
    await props.onChange();
  };
  return (
    <section aria-labelledby="pause-title">
      <h2 id="pause-title">Deactivate</h2>
      <p>
        {tenant.status === "inactive"
          ? "Your organization is inactive: its data is kept and no new call starts."
          : "Deactivating keeps every record but stops new calls; you can reactivate at any time."}
      </p>
      <ActionButton operation="put /v1/tenants/{tenant_id}" onClick={change}>
        {next === "inactive" ? "Deactivate organization" : "Reactivate organization"}
      </ActionButton>
      <Alert problem={problem} />
      {notice && <Notice>{notice}</Notice>}
    </section>
  );
}

function Delete(props: {
  tenant: Tenant;
  onStarted: (job: Job) => void;
  onScheduled: () => Promise<void>;
}) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [typed, setTyped] = useState("");
  const [force, setForce] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const params = (dryRun: boolean) => ({
    ...tenantPath(),
    query: { dry_run: dryRun, ...(force ? { force: true } : {}) },
  });

  const dryRun = async () => {
    const { data, error, response } = await api.DELETE("/v1/tenants/{tenant_id}", {
      params: params(true),
    });
    if (data && "counts" in data) {
      setPreview(data);
      setProblem(null);
    } else setProblem(problemOf(error, response));
  };

  const remove = async () => {
    setBusy(true);
    const { data, error, response } = await api.DELETE("/v1/tenants/{tenant_id}", {
      params: params(false),
    });
    if (!data || !("deletion_id" in data)) {
      setBusy(false);
      setProblem(problemOf(error, response));
      return;
    }
    if (data.status === "scheduled") {
      setBusy(false);
      await props.onScheduled();
      return;
    }
    const job = await api.GET("/v1/tenants/{tenant_id}/deletion", { params: tenantPath() });
    setBusy(false);
    if (job.data) props.onStarted(job.data);
  };

  const graceDays = props.tenant.deletion_grace_days;
  const confirmed = typed.trim() === props.tenant.name;
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">Delete</h2>
      <p>
        Deleting removes every record and file of your organization for good; a receipt of the
        deletion remains. Download an export first if you need anything.{" "}
        {graceDays > 0
          ? `The deletion waits ${graceDays} days, during which you can cancel it.`
          : "The deletion starts at once."}
      </p>
      <ActionButton operation="delete /v1/tenants/{tenant_id}" onClick={dryRun}>
        Preview deletion
      </ActionButton>
      {preview && (
        <>
          <TableScroll label="What the deletion removes">
            <caption>What the deletion removes</caption>
            <thead>
              <tr>
                <th scope="col">Resource</th>
                <th scope="col">Count</th>
              </tr>
            </thead>
            <tbody>
              {byWeight(preview.counts).map(([resource, count]) => (
                <tr key={resource}>
                  <td>{resource.replace(/_/g, " ")}</td>
                  <td>
                    {number(count)}
                    {resource === "r2_objects" && !preview.r2_objects_complete ? " or more" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
          {preview.scheduled_for && (
            <p>
              Deleting now schedules the deletion for{" "}
              <strong>{dateTime(preview.scheduled_for)}</strong>.
            </p>
          )}
          {preview.active_calls > 0 && (
            <div class="field toggle">
              <input
                id="force"
                type="checkbox"
                checked={force}
                onChange={(event) => setForce(event.currentTarget.checked)}
                aria-describedby="force-hint"
              />
              <label for="force">Delete even with active calls (force)</label>
              <p class="hint" id="force-hint">
                {preview.active_calls} calls are active now. Without force the deletion is refused
                until they end; with force they are cut off and deleted with everything else.
              </p>
            </div>
          )}
          <Field
            label="Type the organization's name to confirm"
            hint={`Type “${props.tenant.name}” exactly.`}
          >
            {(ids) => (
              <input
                id={ids.id}
                value={typed}
                autocomplete="off"
                onInput={(event) => setTyped(event.currentTarget.value)}
                aria-describedby={ids.describedBy}
              />
            )}
          </Field>
          <ActionButton
            operation="delete /v1/tenants/{tenant_id}"
            class="danger"
            disabled={!confirmed}
            busy={busy}
            onClick={remove}
          >
            Delete organization
          </ActionButton>
        </>
      )}
      <Alert problem={problem} />
    </section>
  );
}

/** The deletion followed live until its receipt. */
function DeletionProgress(props: { job: Job }) {
  const [job, setJob] = useState(props.job);
  useEffect(() => {
    if (job.status === "completed") return;
    const timer = setTimeout(async () => {
      const { data } = await api.GET("/v1/tenants/{tenant_id}/deletion", { params: tenantPath() });
      if (data) setJob(data);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);
  const done = job.status === "completed";
  return (
    <Page title={done ? "Deletion receipt" : "Deleting your organization"}>
      <div role="status">
        {done ? (
          <p>Your organization was deleted. Keep this receipt.</p>
        ) : (
          <p>
            Status: {job.status}; now deleting: <strong>{job.stage.replace(/_/g, " ")}</strong>
            {job.attempts > 0 ? ` (attempt ${job.attempts + 1})` : ""}
          </p>
        )}
      </div>
      {job.last_error && <p class="error">Last error: {job.last_error}</p>}
      {job.waiting_for && (
        <p>
          Waiting for {job.waiting_for.pending_deliveries} webhook deliveries and{" "}
          {job.waiting_for.uploads_in_flight} uploads, until {dateTime(job.waiting_for.gives_up_at)}
          .
        </p>
      )}
      <dl class="facts">
        <dt>Deletion id</dt>
        <dd>
          <code>{job.deletion_id}</code>
        </dd>
        <dt>Organization id</dt>
        <dd>
          <code>{job.tenant_id}</code>
        </dd>
        <dt>Requested by</dt>
        <dd>
          <code>{job.requested_by}</code>
        </dd>
        <dt>Requested</dt>
        <dd>{dateTime(job.created_at)}</dd>
        <dt>Completed</dt>
        <dd>{dateTime(job.completed_at)}</dd>
      </dl>
      <TableScroll label="Deleted so far">
        <caption>{done ? "Deleted" : "Deleted so far"}</caption>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {byWeight(job.counts).map(([resource, count]) => (
            <tr key={resource}>
              <td>{resource.replace(/_/g, " ")}</td>
              <td>{number(count)}</td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      {done && (
        <button type="button" onClick={forgetSession}>
          Finish
        </button>
      )}
    </Page>
  );
}
