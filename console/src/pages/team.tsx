import type { TargetedSubmitEvent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, currentSession, type Schemas, tenantPath } from "../api";
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

type Member = Schemas["Member"];
type ApiKey = Schemas["ApiKey"];
type InviteRole = Schemas["MemberInvite"]["role"];

const ROLES: InviteRole[] = ["viewer", "developer", "admin"];
const asRole = (value: string): InviteRole =>
  value === "admin" ? "admin" : value === "developer" ? "developer" : "viewer";
type KeyKind = ApiKey["kind"];
const asKeyKind = (value: string): KeyKind => (value === "service" ? "service" : "member");

export function TeamPage() {
  const [members, setMembers] = useState<Member[]>([]);
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const load = async () => {
    const [memberList, keyList] = await Promise.all([
      api.GET("/v1/tenants/{tenant_id}/members", {
        params: { ...tenantPath(), query: { limit: 100 } },
      }),
      api.GET("/v1/tenants/{tenant_id}/api-keys", {
        params: { ...tenantPath(), query: { limit: 100 } },
      }),
    ]);
    setMembers(memberList.data?.items ?? []);
    setKeys(keyList.data?.items ?? []);
  };
  useEffect(() => {
    void load();
  }, []);
  /** A key's creator by name: the owner, a member's email, or the id when neither is known. */
  const creator = (userId: string) => {
    if (userId === currentSession()?.tenantId) return "the owner";
    return members.find((member) => member.user_id === userId)?.email ?? userId;
  };
  return (
    <Page
      title="Members and keys"
      intro="Who can use the console and the API, and with which role."
    >
      <Members members={members} keys={keys} onChange={load} />
      <Keys keys={keys} creator={creator} onChange={load} />
    </Page>
  );
}

function Members(props: { members: Member[]; keys: ApiKey[]; onChange: () => Promise<void> }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invitation, setInvitation] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [role, setRole] = useState<InviteRole>("viewer");
  const invite = useGate("post /v1/tenants/{tenant_id}/members");
  const change = useGate("put /v1/tenants/{tenant_id}/members/{id}");

  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "");
    const { data, error, response } = await api.POST("/v1/tenants/{tenant_id}/members", {
      params: tenantPath(),
      body: { email, role },
    });
    if (!data) return setProblem(problemOf(error, response, ["email", "role"]));
    setProblem(null);
    setNotice(null);
    setInvitation(`${location.origin}/#/accept/${encodeURIComponent(data.invitation_token)}`);
    form.reset();
    await props.onChange();
  };

  const changeRole = async (member: Member, next: InviteRole) => {
    const { error, response } = await api.PUT("/v1/tenants/{tenant_id}/members/{id}", {
      params: { path: { ...tenantPath().path, id: member.id } },
      body: { role: next },
    });
    if (response.ok) setNotice(`${member.email} is now ${next}.`);
    else setProblem(problemOf(error, response));
    await props.onChange();
  };

  const remove = async (member: Member) => {
    const made = props.keys.filter((key) => member.user_id && key.created_by === member.user_id);
    const warning = made.length
      ? ` The keys they made keep working until revoked: ${made.map((key) => key.name).join(", ")}.`
      : "";
    if (!confirm(`Remove ${member.email}?${warning}`)) return;
    const { error, response } = await api.DELETE("/v1/tenants/{tenant_id}/members/{id}", {
      params: { path: { ...tenantPath().path, id: member.id } },
    });
    if (response.ok) setNotice(`${member.email} was removed.${warning}`);
    else setProblem(problemOf(error, response));
    await props.onChange();
  };

  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <TableScroll label="Members">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => (
            <tr key={member.id}>
              <td>{member.email}</td>
              <td>
                {member.role === "owner" ? (
                  "owner"
                ) : (
                  <select
                    aria-label={`Role of ${member.email}`}
                    value={member.role}
                    disabled={change.disabled}
                    onChange={(event) => void changeRole(member, asRole(event.currentTarget.value))}
                  >
                    {ROLES.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td>
                {member.status === "invited"
                  ? `invited, until ${dateTime(member.invitation_expires_at)}`
                  : "active"}
              </td>
              <td>
                {member.role !== "owner" && (
                  <ActionButton
                    operation="delete /v1/tenants/{tenant_id}/members/{id}"
                    onClick={() => void remove(member)}
                  >
                    Remove {member.email}
                  </ActionButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      {change.reason && <p class="needs">Changing roles: {change.reason.toLowerCase()}.</p>}

      <h3>Invite a member</h3>
      <form onSubmit={submit} noValidate class="inline-form">
        <fieldset disabled={invite.disabled}>
          <legend class="visually-hidden">Invitation</legend>
          <Field label="Member email" error={problem?.fields.email}>
            {(ids) => (
              <input
                id={ids.id}
                name="email"
                type="email"
                autocomplete="off"
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
          <Field label="Member role" error={problem?.fields.role}>
            {(ids) => (
              <select
                id={ids.id}
                value={role}
                onChange={(event) => setRole(asRole(event.currentTarget.value))}
                aria-describedby={ids.describedBy}
              >
                {ROLES.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <ActionButton operation="post /v1/tenants/{tenant_id}/members" type="submit">
          Invite
        </ActionButton>
      </form>
      <Alert problem={problem} />
      {notice && <Notice>{notice}</Notice>}
      {invitation && (
        <SecretOnce
          label="Invitation link"
          value={invitation}
          note="Send it to the member: it works once, for 7 days."
        />
      )}
    </section>
  );
}

function Keys(props: {
  keys: ApiKey[];
  creator: (userId: string) => string;
  onChange: () => Promise<void>;
}) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [role, setRole] = useState<InviteRole>("developer");
  const [kind, setKind] = useState<KeyKind>("member");
  const gate = useGate("post /v1/tenants/{tenant_id}/api-keys");

  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    const { data, error, response } = await api.POST("/v1/tenants/{tenant_id}/api-keys", {
      params: tenantPath(),
      body: { name, role, kind },
    });
    if (!data) return setProblem(problemOf(error, response, ["name", "role", "kind"]));
    setProblem(null);
    setCreated(data.key);
    form.reset();
    await props.onChange();
  };

  const revoke = async (key: ApiKey) => {
    if (!confirm(`Revoke the key ${key.name}? Requests with it are refused from now on.`)) return;
    const { error, response } = await api.DELETE("/v1/tenants/{tenant_id}/api-keys/{id}", {
      params: { path: { ...tenantPath().path, id: key.id } },
    });
    if (!response.ok) setProblem(problemOf(error, response));
    await props.onChange();
  };

  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      {props.keys.length === 0 ? (
        <p>No API keys.</p>
      ) : (
        <TableScroll label="API keys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Prefix</th>
              <th scope="col">Role</th>
              <th scope="col">Kind</th>
              <th scope="col">Created by</th>
              <th scope="col">Last used</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {props.keys.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{key.role}</td>
                <td>{key.kind === "service" ? "service key" : "member key"}</td>
                <td>{props.creator(key.created_by)}</td>
                <td>{key.last_used_at ? dateTime(key.last_used_at) : "never"}</td>
                <td>
                  <ActionButton
                    operation="delete /v1/tenants/{tenant_id}/api-keys/{id}"
                    onClick={() => void revoke(key)}
                  >
                    Revoke {key.name}
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      )}
      <h3>Create a key</h3>
      <form onSubmit={submit} noValidate class="inline-form">
        <fieldset disabled={gate.disabled}>
          <legend class="visually-hidden">New key</legend>
          <Field label="Key name" error={problem?.fields.name}>
            {(ids) => (
              <input
                id={ids.id}
                name="name"
                autocomplete="off"
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
          <Field label="Key role" error={problem?.fields.role}>
            {(ids) => (
              <select
                id={ids.id}
                value={role}
                onChange={(event) => setRole(asRole(event.currentTarget.value))}
              >
                {ROLES.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Key kind"
            error={problem?.fields.kind}
            hint="A member key acts as you, with at most your role, and ends with your membership; a service key is the organization's and outlives people (owners and admins make them)."
          >
            {(ids) => (
              <select
                id={ids.id}
                value={kind}
                onChange={(event) => setKind(asKeyKind(event.currentTarget.value))}
                aria-describedby={ids.describedBy}
              >
                <option value="member">member key</option>
                <option value="service">service key</option>
              </select>
            )}
          </Field>
        </fieldset>
        <ActionButton operation="post /v1/tenants/{tenant_id}/api-keys" type="submit">
          Create key
        </ActionButton>
      </form>
      <Alert problem={problem} />
      {created && (
        <SecretOnce
          label="API key"
          value={created}
          note="Send it as Authorization: Bearer … Only a keyed hash of it is stored."
        />
      )}
    </section>
  );
}
