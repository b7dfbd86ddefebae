import type { TargetedSubmitEvent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { actIn, api, type Schemas, type Tenant, tenantPath } from "../api";
import { type Problem, problemOf } from "../problems";
import { ActionButton, Alert, Field, Notice, number, Page, TableScroll, useGate } from "../ui";

type FamilyUsage = NonNullable<Schemas["Usage"]["by_tenant"]>;

const CREATE = "post /v1/tenants/{tenant_id}/subaccounts";
const LIMITS = ["max_concurrent_calls", "monthly_call_limit"] as const;

/** The family: its sub-accounts, the pool they share with the parent, and a new one. */
export function SubaccountsPage() {
  const [subaccounts, setSubaccounts] = useState<Tenant[]>([]);
  const [pool, setPool] = useState<FamilyUsage>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const create = useGate(CREATE);

  const load = async () => {
    const [list, usage] = await Promise.all([
      api.GET("/v1/tenants/{tenant_id}/subaccounts", {
        params: { ...tenantPath(), query: { limit: 100 } },
      }),
      api.GET("/v1/tenants/{tenant_id}/usage", {
        params: { ...tenantPath(), query: { group_by: "tenant" } },
      }),
    ]);
    if (list.data) setSubaccounts(list.data.items);
    else setProblem(problemOf(list.error, list.response));
    setPool(usage.data?.by_tenant ?? []);
  };
  useEffect(() => {
    void load();
  }, []);

  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const limits: Partial<Record<(typeof LIMITS)[number], number>> = {};
    for (const limit of LIMITS) {
      const value = String(fields.get(limit) ?? "").trim();
      if (value !== "") limits[limit] = Number(value);
    }
    const { data, error, response } = await api.POST("/v1/tenants/{tenant_id}/subaccounts", {
      params: tenantPath(),
      body: { name: String(fields.get("name") ?? ""), ...limits },
    });
    if (!data) {
      setNotice(null);
      return setProblem(problemOf(error, response, ["name", ...LIMITS]));
    }
    setProblem(null);
    setNotice(`Sub-account created: ${data.name}.`);
    form.reset();
    await load();
  };

  const [parent] = pool;
  return (
    <Page
      title="Sub-accounts"
      intro="Organizations you run as their parent: each has its own settings, members and data, and all of them share your limits."
    >
      <section aria-labelledby="pool-title">
        <h2 id="pool-title">The family's pool</h2>
        {parent && (
          <p class="hint">
            Your limits cap the whole family: {number(parent.max_concurrent_calls)} concurrent calls
            and {number(parent.monthly_call_limit)} calls a month, shared with every sub-account.
          </p>
        )}
        <TableScroll label="The family's pool">
          <thead>
            <tr>
              <th scope="col">Organization</th>
              <th scope="col">Active calls</th>
              <th scope="col">Calls this month</th>
            </tr>
          </thead>
          <tbody>
            {pool.map((row) => (
              <tr key={row.tenant_id}>
                <th scope="row">{row.name}</th>
                <td>
                  {number(row.active_calls)} of {number(row.max_concurrent_calls)}
                </td>
                <td>
                  {number(row.calls_this_month)} of {number(row.monthly_call_limit)}
                </td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      </section>
      <section aria-labelledby="list-title">
        <h2 id="list-title">Sub-accounts ({subaccounts.length})</h2>
        <TableScroll label="Sub-accounts">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Id</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {subaccounts.map((sub) => (
              <tr key={sub.id}>
                <th scope="row">{sub.name}</th>
                <td>
                  <code>{sub.id}</code>
                </td>
                <td>{sub.status}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      actIn({ id: sub.id, name: sub.name });
                      location.hash = "#/settings";
                    }}
                  >
                    Switch to {sub.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      </section>
      <form onSubmit={submit} aria-labelledby="create-title" noValidate>
        <h2 id="create-title">Create a sub-account</h2>
        <Field label="Sub-account name" error={problem?.fields.name}>
          {(ids) => (
            <input
              id={ids.id}
              name="name"
              required
              disabled={create.disabled}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field
          label="Its concurrent calls"
          error={problem?.fields.max_concurrent_calls}
          hint="At most yours; yours when empty."
        >
          {(ids) => (
            <input
              id={ids.id}
              name="max_concurrent_calls"
              type="number"
              min={1}
              disabled={create.disabled}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field
          label="Its calls per month"
          error={problem?.fields.monthly_call_limit}
          hint="At most yours; yours when empty."
        >
          {(ids) => (
            <input
              id={ids.id}
              name="monthly_call_limit"
              type="number"
              min={0}
              disabled={create.disabled}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Alert problem={problem} />
        {notice && <Notice>{notice}</Notice>}
        <ActionButton operation={CREATE} type="submit" class="primary">
          Create sub-account
        </ActionButton>
      </form>
    </Page>
  );
}
