import { useEffect, useState } from "preact/hooks";
import { api, type Schemas, type Tenant } from "../api";
import { problemOf } from "../problems";
import { ActionButton, Alert, dateTime, Page, TableScroll } from "../ui";

type Status = Tenant["status"];
type Plan = Tenant["billing_plan"];
type Region = Tenant["data_region"];
type Job =
  | { kind: "deletion"; job: Schemas["DeletionJob"] }
  | { kind: "move"; job: Schemas["TenantMove"] };

const STATUSES: Status[] = ["active", "inactive", "deleting", "moving"];
const PLANS: Plan[] = ["starter", "business", "enterprise"];
const asStatus = (value: string) => STATUSES.find((status) => status === value);
const asPlan = (value: string) => PLANS.find((plan) => plan === value);
const asRegion = (value: string): Region | undefined =>
  value === "us" ? "us" : value === "eu" ? "eu" : undefined;

/** Platform admins: every tenant, and the deletions and moves running or failed. */
export function AdminPage() {
  const [status, setStatus] = useState<Status | undefined>();
  const [plan, setPlan] = useState<Plan | undefined>();
  const [region, setRegion] = useState<Region | undefined>();
  const [tenants, setTenants] = useState<Tenant[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [jobs, setJobs] = useState<Record<string, Job>>({});
  const [message, setMessage] = useState<string | null>(null);

  const load = async (cursor?: string) => {
    const { data } = await api.GET("/v1/tenants", {
      params: {
        query: {
          limit: 50,
          ...(status ? { status } : {}),
          ...(plan ? { billing_plan: plan } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
    });
    const items = data?.items ?? [];
    setTenants(cursor ? [...tenants, ...items] : items);
    setNext(data?.next_cursor ?? null);
    const found: Record<string, Job> = {};
    await Promise.all(
      items.map(async (tenant) => {
        const path = { path: { tenant_id: tenant.id } };
        if (tenant.status === "deleting") {
          const { data: job } = await api.GET("/v1/tenants/{tenant_id}/deletion", { params: path });
          if (job) found[tenant.id] = { kind: "deletion", job };
        } else if (tenant.status === "moving") {
          const { data: job } = await api.GET("/v1/tenants/{tenant_id}/move", { params: path });
          if (job) found[tenant.id] = { kind: "move", job };
        }
      }),
    );
    setJobs(cursor ? { ...jobs, ...found } : found);
  };
  useEffect(() => {
    void load();
  }, [status, plan]);

  const resume = async (tenantId: string) => {
    const { error, response } = await api.POST("/v1/tenants/{tenant_id}/deletion/resume", {
      params: { path: { tenant_id: tenantId } },
    });
    setMessage(response.ok ? "Deletion resumed." : problemOf(error, response).message);
    await load();
  };

  const shown = region ? tenants.filter((tenant) => tenant.data_region === region) : tenants;
  const running = shown.filter((tenant) => jobs[tenant.id]);
  return (
    <Page
      title="Tenants"
      intro="Every tenant of the platform, and the deletions and moves in progress."
    >
      <div class="controls">
        <label>
          Status{" "}
          <select
            value={status ?? ""}
            onChange={(event) => setStatus(asStatus(event.currentTarget.value))}
          >
            <option value="">any</option>
            {STATUSES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Plan{" "}
          <select
            value={plan ?? ""}
            onChange={(event) => setPlan(asPlan(event.currentTarget.value))}
          >
            <option value="">any</option>
            {PLANS.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Region{" "}
          <select
            value={region ?? ""}
            onChange={(event) => setRegion(asRegion(event.currentTarget.value))}
          >
            <option value="">any</option>
            <option value="us">us</option>
            <option value="eu">eu</option>
          </select>
        </label>
      </div>
      <h2>Deletions and moves</h2>
      {running.length === 0 ? (
        <p>None running or failed.</p>
      ) : (
        <TableScroll label="Deletions and moves">
          <thead>
            <tr>
              <th scope="col">Tenant</th>
              <th scope="col">Job</th>
              <th scope="col">Status</th>
              <th scope="col">Stage</th>
              <th scope="col">Last error</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {running.map((tenant) => {
              const entry = jobs[tenant.id];
              if (!entry) return null;
              return (
                <tr key={tenant.id}>
                  <td>{tenant.name}</td>
                  <td>{entry.kind}</td>
                  <td>{entry.job.status}</td>
                  <td>{entry.job.stage}</td>
                  <td>{entry.job.last_error ?? "—"}</td>
                  <td>
                    {entry.kind === "deletion" && entry.job.status === "failed" && (
                      <ActionButton
                        operation="post /v1/tenants/{tenant_id}/deletion/resume"
                        onClick={() => void resume(tenant.id)}
                      >
                        Resume deletion of {tenant.name}
                      </ActionButton>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableScroll>
      )}
      <Alert message={message} />
      <h2>All tenants</h2>
      {shown.length === 0 && <p>No tenant matches these filters.</p>}
      <TableScroll label="Tenants">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Plan</th>
            <th scope="col">Region</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((tenant) => (
            <tr key={tenant.id}>
              <td>{tenant.name}</td>
              <td>{tenant.status}</td>
              <td>{tenant.billing_plan}</td>
              <td>{tenant.data_region}</td>
              <td>{dateTime(tenant.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      {next && (
        <button type="button" onClick={() => void load(next)}>
          More tenants
        </button>
      )}
    </Page>
  );
}
