import { describe, expect, it } from "vitest";
import { call, callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { invitedMember, type Member } from "../support/team";

/** A key `member` makes for itself, through the API. */
async function keyOf(owner: Owner, member: Member, role: string, kind?: "member" | "service") {
  const created = await callJson<{ id: string; key: string; kind: string; created_by: string }>(
    tenantPath(owner.tenantId, "/api-keys"),
    {
      method: "POST",
      token: member.token,
      body: { name: `${role} key`, role, ...(kind && { kind }) },
    },
  );
  expect(created.status).toBe(201);
  return created.body;
}

const mintAdminKey = (owner: Owner, key: string) =>
  call(tenantPath(owner.tenantId, "/api-keys"), {
    method: "POST",
    token: key,
    body: { name: "minted", role: "admin" },
  });

const inviteAdmin = (owner: Owner, key: string) =>
  call(tenantPath(owner.tenantId, "/members"), {
    method: "POST",
    token: key,
    body: { email: `invited-${crypto.randomUUID()}@example.com`, role: "admin" },
  });

const removeMember = (owner: Owner, member: Member) =>
  callJson(tenantPath(owner.tenantId, `/members/${member.id}`), {
    method: "DELETE",
    token: owner.token,
  });

const setRole = (owner: Owner, member: Member, role: string) =>
  call(tenantPath(owner.tenantId, `/members/${member.id}`), {
    method: "PUT",
    token: owner.token,
    body: { role },
  });

/** A call started with `key`, on an agent of the owner's. */
async function startCall(owner: Owner, key: string) {
  const agent = await callJson<{ id: string }>(tenantPath(owner.tenantId, "/agents"), {
    method: "POST",
    token: owner.token,
    body: { name: "caller" },
  });
  return call(tenantPath(owner.tenantId, "/calls"), {
    method: "POST",
    token: key,
    body: {
      agent_id: agent.body.id,
      direction: "outbound",
      from_number: "+15550100",
      to_number: "+15550101",
    },
  });
}

describe("a member's API key acts with at most its creator's current role", () => {
  it("a removed admin's key is refused: no read, no new key, no invitation", async () => {
    const owner = await signup();
    const admin = await invitedMember(owner, "admin");
    const { key } = await keyOf(owner, admin, "admin");
    expect((await call(tenantPath(owner.tenantId), { token: key })).status).toBe(200);
    const removal = await call(tenantPath(owner.tenantId, `/members/${admin.id}`), {
      method: "DELETE",
      token: owner.token,
    });
    expect(removal.ok).toBe(true);
    expect((await call(tenantPath(owner.tenantId), { token: key })).status).toBe(401);
    expect((await mintAdminKey(owner, key)).status).toBe(401);
    expect((await inviteAdmin(owner, key)).status).toBe(401);
    expect((await startCall(owner, key)).status).toBe(401);
  });

  it("a demoted admin's key acts as the member's new role, in every route and the call start", async () => {
    const owner = await signup();
    const admin = await invitedMember(owner, "admin");
    const { key } = await keyOf(owner, admin, "admin");
    expect((await setRole(owner, admin, "viewer")).status).toBe(200);
    expect((await mintAdminKey(owner, key)).status).toBe(403);
    expect((await inviteAdmin(owner, key)).status).toBe(403);
    expect((await startCall(owner, key)).status).toBe(403);
    expect((await call(tenantPath(owner.tenantId), { token: key })).status).toBe(200);
    // Promoted again, the key has its own role back, never more than the key's.
    expect((await setRole(owner, admin, "developer")).status).toBe(200);
    expect((await mintAdminKey(owner, key)).status).toBe(403);
    expect((await startCall(owner, key)).status).toBe(201);
  });

  it("a service key outlives its creator and is named when the creator is removed", async () => {
    const owner = await signup();
    const admin = await invitedMember(owner, "admin");
    const service = await keyOf(owner, admin, "developer", "service");
    const own = await keyOf(owner, admin, "viewer");
    expect(service).toMatchObject({ kind: "service", created_by: admin.userId });
    expect(own).toMatchObject({ kind: "member", created_by: admin.userId });
    const removed = await removeMember(owner, admin);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({
      member_id: admin.id,
      service_keys: [{ id: service.id, name: "developer key", prefix: expect.any(String) }],
    });
    expect((await call(tenantPath(owner.tenantId), { token: service.key })).status).toBe(200);
    expect((await call(tenantPath(owner.tenantId), { token: own.key })).status).toBe(401);
  });

  it("service keys are made by an admin or its key, named at its removal; never by a lesser role", async () => {
    const owner = await signup();
    const developer = await invitedMember(owner, "developer");
    const admin = await invitedMember(owner, "admin");
    const adminKey = await keyOf(owner, admin, "admin");
    const byKey = await callJson<{ id: string; created_by: string }>(
      tenantPath(owner.tenantId, "/api-keys"),
      {
        method: "POST",
        token: adminKey.key,
        body: { name: "by a key", role: "viewer", kind: "service" },
      },
    );
    expect(byKey).toMatchObject({ status: 201, body: { created_by: admin.userId } });
    const byDeveloper = await call(tenantPath(owner.tenantId, "/api-keys"), {
      method: "POST",
      token: developer.token,
      body: { name: "service", role: "viewer", kind: "service" },
    });
    expect(byDeveloper.status).toBe(403);
    const removed = await removeMember(owner, admin);
    expect(removed.body).toMatchObject({ service_keys: [{ id: byKey.body.id, name: "by a key" }] });
  });
});
