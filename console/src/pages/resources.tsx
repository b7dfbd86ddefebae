import { useEffect, useState } from "preact/hooks";
import { api, tenantPath } from "../api";
import { dateTime, Page, TableScroll } from "../ui";

/** One row of a resource list: what tells it apart. */
type Row = { id: string; name: string; created_at: string };
type Listing = { title: string; rows: Row[]; more: boolean };

const PAGE = { limit: 100 } as const;

/** The first page of every list, read-only: what a deletion takes, at a glance. */
async function listings(): Promise<Listing[]> {
  const params = { ...tenantPath(), query: PAGE };
  const [agents, squads, calls, files, trunks, workflows, integrations] = await Promise.all([
    api.GET("/v1/tenants/{tenant_id}/agents", { params }),
    api.GET("/v1/tenants/{tenant_id}/squads", { params }),
    api.GET("/v1/tenants/{tenant_id}/calls", { params }),
    api.GET("/v1/tenants/{tenant_id}/files", { params }),
    api.GET("/v1/tenants/{tenant_id}/sip-trunks", { params }),
    api.GET("/v1/tenants/{tenant_id}/workflows", { params }),
    api.GET("/v1/tenants/{tenant_id}/integrations", { params }),
  ]);
  const callRows = calls.data?.items ?? [];
  const listing = (title: string, rows: Row[], next: string | null | undefined) => ({
    title,
    rows,
    more: Boolean(next),
  });
  return [
    listing("Agents", agents.data?.items ?? [], agents.data?.next_cursor),
    listing("Squads", squads.data?.items ?? [], squads.data?.next_cursor),
    listing(
      "Calls",
      callRows.map((call) => ({
        id: call.id,
        name: `${call.direction} ${call.from_number} → ${call.to_number} (${call.status})`,
        created_at: call.started_at,
      })),
      calls.data?.next_cursor,
    ),
    listing(
      "Recordings",
      callRows
        .filter((call) => call.recording)
        .map((call) => ({
          id: call.id,
          name: `Recording of call ${call.id}`,
          created_at: call.started_at,
        })),
      calls.data?.next_cursor,
    ),
    listing("Files", files.data?.items ?? [], files.data?.next_cursor),
    listing("SIP trunks", trunks.data?.items ?? [], trunks.data?.next_cursor),
    listing("Workflows", workflows.data?.items ?? [], workflows.data?.next_cursor),
    listing("Integrations", integrations.data?.items ?? [], integrations.data?.next_cursor),
  ];
}

export function ResourcesPage() {
  const [lists, setLists] = useState<Listing[] | null>(null);
  useEffect(() => {
    void listings().then(setLists);
  }, []);
  return (
    <Page
      title="Resources"
      intro="What your organization holds, read-only. A deletion removes all of it."
    >
      {!lists ? (
        <p>Loading…</p>
      ) : (
        <>
          <ul class="counts">
            {lists.map((list) => (
              <li key={list.title}>
                {list.title}:{" "}
                <strong>
                  {list.rows.length}
                  {list.more ? "+" : ""}
                </strong>
              </li>
            ))}
          </ul>
          {lists.map((list) => (
            <section key={list.title} aria-labelledby={idOf(list.title)}>
              <h2 id={idOf(list.title)}>
                {list.title} ({list.rows.length}
                {list.more ? "+" : ""})
              </h2>
              {list.rows.length === 0 ? (
                <p>None.</p>
              ) : (
                <TableScroll label={list.title}>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Id</th>
                      <th scope="col">Created</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.rows.map((row) => (
                      <tr key={row.id}>
                        <td>{row.name}</td>
                        <td>
                          <code>{row.id}</code>
                        </td>
                        <td>{dateTime(row.created_at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </TableScroll>
              )}
            </section>
          ))}
        </>
      )}
    </Page>
  );
}

const idOf = (title: string) => `list-${title.toLowerCase().replace(/\W+/g, "-")}`;
