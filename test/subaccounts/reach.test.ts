import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { allows } from "../../src/access/roles";
import { call, callJson, type Owner, tenantPath } from "../support/api-client";
import { loadDocument, type Operation } from "../support/api-document";
import { actingOn, family } from "../support/family";
import { callStart, createAgent } from "../support/resource-fixtures";
import { apiKey, invitedMember } from "../support/team";

type Credential = {
  label: string;
  token: string;
  role: "owner" | "admin" | "developer" | "viewer";
};
/** A credential and the tenants of the family it reaches (all others answer 404). */
type Cast = Credential & { reaches: string[] };

let reads: Operation[];
let parent: Owner;
let first: string;
let second: string;
let cast: Cast[];
const agents = new Map<string, string>();

async function serviceKey(owner: Owner, role: string) {
  const { status, body } = await callJson<{ key: string }>(
    tenantPath(owner.tenantId, "/api-keys"),
    {
      method: "POST",
      token: owner.token,
      body: { name: `${role} service`, role, kind: "service" },
    },
  );
  if (status !== 201) throw new Error(`service key: ${status} ${JSON.stringify(body)}`);
  return body.key;
}

async function grant(memberId: string, subaccounts: string[]) {
  const { status, body } = await callJson(
    tenantPath(parent.tenantId, `/members/${memberId}/subaccounts`),
    {
      method: "PUT",
      token: parent.token,
      body: { subaccount_ids: subaccounts },
    },
  );
  if (status !== 200) throw new Error(`grant: ${status} ${JSON.stringify(body)}`);
}

beforeAll(async () => {
  const { operations } = await loadDocument();
  // Every read under a tenant that names nothing but the tenant: the same path in each tenant.
  reads = operations.filter(
    (op) =>
      op.method === "GET" &&
      op.path.startsWith("/v1/tenants/{tenant_id}") &&
      (op.path.match(/\{/g) ?? []).length === 1,
  );
  const made = await family(2, { max_concurrent_calls: 50, monthly_call_limit: 10_000 });
  parent = made.parent;
  first = made.subs[0]?.id ?? "";
  second = made.subs[1]?.id ?? "";
  const all = [parent.tenantId, first, second];
  const admin = await invitedMember(parent, "admin");
  const developer = await invitedMember(parent, "developer");
  const viewer = await invitedMember(parent, "viewer");
  const ungranted = await invitedMember(parent, "developer");
  await grant(developer.id, [first]);
  await grant(viewer.id, ["*"]);
  const own = await invitedMember(actingOn(parent, first), "developer");
  const stranger = await family(1);
  cast = [
    { label: "parent owner", token: parent.token, role: "owner", reaches: all },
    { label: "parent admin", token: admin.token, role: "admin", reaches: all },
    {
      label: "parent admin key",
      token: (await apiKey(parent, "admin")).key,
      role: "admin",
      reaches: all,
    },
    {
      label: "parent developer granted the first",
      token: developer.token,
      role: "developer",
      reaches: [parent.tenantId, first],
    },
    { label: "parent viewer granted all", token: viewer.token, role: "viewer", reaches: all },
    {
      label: "parent developer granted none",
      token: ungranted.token,
      role: "developer",
      reaches: [parent.tenantId],
    },
    {
      label: "parent developer service key",
      token: await serviceKey(parent, "developer"),
      role: "developer",
      reaches: [parent.tenantId],
    },
    { label: "the first's own member", token: own.token, role: "developer", reaches: [first] },
    {
      label: "the first's own service key",
      token: await serviceKey(actingOn(parent, first), "admin"),
      role: "admin",
      reaches: [first],
    },
    { label: "another family's owner", token: stranger.parent.token, role: "owner", reaches: [] },
  ];
  for (const id of all) agents.set(id, (await createAgent(actingOn(parent, id))).id);
}, 180_000);

const answer = async (
  path: string,
  token: string,
  init: { method?: string; body?: unknown } = {},
) => {
  const res = await call(path, { token, ...init });
  return { status: res.status, text: await res.text() };
};

describe("sub-accounts: who reaches what across a family, from the OpenAPI document", () => {
  it("every read: a credential reaches the family members it should, with its role; the others are as missing", {
    timeout: 240_000,
  }, async () => {
    const wrong: string[] = [];
    for (const op of reads) {
      for (const tenantId of [parent.tenantId, first, second]) {
        const path = op.path.replace("{tenant_id}", tenantId);
        const missing = await answer(
          op.path.replace("{tenant_id}", crypto.randomUUID()),
          parent.token,
        );
        const owner = await answer(path, parent.token);
        for (const member of cast) {
          const got = await answer(path, member.token);
          const name = `${member.label} GET ${path}`;
          const needs = op["x-required-role"];
          const allowed =
            needs !== undefined && needs !== "platform_admin" && allows(member.role, needs);
          if (member.reaches.includes(tenantId)) {
            const expected = allowed ? owner.status : 403;
            if (got.status !== expected) wrong.push(`${name} → ${got.status}, want ${expected}`);
          } else if (got.status !== 404 || got.text !== missing.text) {
            wrong.push(`${name} → ${got.status} ${got.text.slice(0, 120)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(reads.length).toBeGreaterThan(10);
  });

  it("a call start in each: 201 where reached with a role that starts calls, 403 below it, 404 elsewhere", {
    timeout: 120_000,
  }, async () => {
    const wrong: string[] = [];
    for (const tenantId of [parent.tenantId, first, second]) {
      for (const member of cast) {
        const got = await answer(tenantPath(tenantId, "/calls"), member.token, {
          method: "POST",
          body: callStart(agents.get(tenantId) ?? ""),
        });
        const expected = !member.reaches.includes(tenantId)
          ? 404
          : member.role === "viewer"
            ? 403
            : 201;
        if (got.status !== expected)
          wrong.push(`${member.label} in ${tenantId} → ${got.status} (want ${expected})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("a sub-account's trail names the parent's person with the parent; its own people without", async () => {
    const rows = await env.CELL_US_1.prepare(
      "SELECT actor_id, actor_tenant_id FROM activity_logs WHERE tenant_id = ? AND action = 'call.started'",
    )
      .bind(first)
      .all<{ actor_id: string; actor_tenant_id: string | null }>();
    const byParent = rows.results.filter((row) => row.actor_tenant_id === parent.tenantId);
    const own = rows.results.filter((row) => row.actor_tenant_id === null);
    // The parent's owner, admin, admin key and granted developer; the first's member and key.
    expect(byParent).toHaveLength(4);
    expect(own).toHaveLength(2);
    expect(byParent.map((row) => row.actor_id)).toContain(parent.tenantId);
  });
});
