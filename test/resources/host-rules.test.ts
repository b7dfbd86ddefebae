import { beforeAll, describe, expect, it } from "vitest";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { configure, create } from "../support/resource-fixtures";

type Detail = { loc: (string | number)[]; msg: string; type: string }[];

let owner: Owner;
beforeAll(async () => {
  owner = await signup("Host rules");
  // Without SIP a trunk write is refused (403) before its body matters.
  await configure(owner, { sip_enabled: true });
});

const path = (rest: string) => tenantPath(owner.tenantId, rest);

const cases = [
  {
    resource: "integrations",
    field: "base_url",
    createBody: { name: "CRM", type: "crm", base_url: "https://crm.example.com/api" },
    refused: [
      "https://169.254.169.254/latest/meta-data/",
      "https://127.0.0.1/",
      "https://10.0.0.5/api",
      "https://localhost/",
      "https://localhost../",
      "https://crm/",
      "https://metadata.google.internal./",
      "https://[::ffff:169.254.169.254]/",
      "https://[64:ff9b::a9fe:a9fe]/",
      "https://[2002:a00:1::]/",
      "https://user:secret@crm.example.com/",
      "http://crm.example.com/",
    ],
    accepted: [
      "https://crm.example.com/v2",
      "https://93.184.216.34/",
      "https://[2606:4700::1111]/",
    ],
  },
  {
    resource: "sip-trunks",
    field: "host",
    createBody: { name: "Main", host: "sip.example.com", username: "acme", password: "pw-1" },
    refused: [
      "127.0.0.1",
      "10.0.0.5",
      "169.254.169.254",
      "0x7f.1",
      "localhost",
      "LOCALHOST.",
      "localhost.localdomain",
      "pbx",
      "pbx.lan",
      "pbx.local..",
      "[::1]",
      "[::ffff:10.0.0.1]",
      "[fd00::5]",
      "sip.example.com:5060",
      "sip.example.com/x",
    ],
    accepted: ["sip2.example.com", "sip.example.com.", "203.0.114.7", "[2606:4700::1111]"],
  },
];

describe.each(cases)("$resource $field", ({ resource, field, createBody, refused, accepted }) => {
  it("refuses non-public hosts on create and update (422), storing nothing", async () => {
    const item = await create(owner, resource, createBody);
    for (const value of refused) {
      const created = await callJson<{ detail: Detail }>(path(`/${resource}`), {
        method: "POST",
        token: owner.token,
        body: { ...createBody, [field]: value },
      });
      expect(created.status, value).toBe(422);
      expect(
        created.body.detail.map((d) => d.loc),
        value,
      ).toEqual([["body", field]]);

      const updated = await callJson<{ detail: Detail }>(path(`/${resource}/${item.id}`), {
        method: "PUT",
        token: owner.token,
        body: { [field]: value },
      });
      expect(updated.status, value).toBe(422);
      expect(
        updated.body.detail.map((d) => d.loc),
        value,
      ).toEqual([["body", field]]);
    }
    const stored = await callJson(path(`/${resource}/${item.id}`), { token: owner.token });
    expect(stored.body).toEqual(item);
    const list = await callJson<{ items: unknown[] }>(path(`/${resource}`), { token: owner.token });
    expect(list.body.items).toHaveLength(1);
  });

  it("accepts public host names and addresses", async () => {
    const item = await create(owner, resource, createBody);
    for (const value of accepted) {
      const updated = await callJson(path(`/${resource}/${item.id}`), {
        method: "PUT",
        token: owner.token,
        body: { [field]: value },
      });
      expect(updated.status, `${value} ${JSON.stringify(updated.body)}`).toBe(200);
      expect(updated.body[field]).toBe(value);
    }
  });
});
