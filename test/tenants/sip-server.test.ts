import { beforeAll, describe, expect, it } from "vitest";
import { callJson, type Owner, signup, tenantPath, updateTenant } from "../support/api-client";

type Detail = { loc: (string | number)[]; msg: string; type: string }[];

let owner: Owner;
beforeAll(async () => {
  owner = await signup("SIP server");
});

describe("tenant sip_server", () => {
  it.each([
    "10.0.0.5",
    "127.0.0.1",
    "169.254.169.254",
    "2130706433",
    "localhost",
    "localhost..",
    "pbx",
    "pbx.internal",
    "pbx.home.arpa",
    "[::ffff:192.168.1.1]",
    "[2002:c0a8:101::]",
    "sip.example.com:5060",
    "sip:sip.example.com",
  ])("refuses %s (422), storing nothing", async (sipServer) => {
    const { status, body } = await updateTenant(owner, { sip_server: sipServer });
    expect(status).toBe(422);
    expect((body as { detail: Detail }).detail.map((d) => d.loc)).toEqual([["body", "sip_server"]]);
    const stored = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(stored.body.sip_server).toBeNull();
  });

  it.each(["sip.example.com", "sip.example.com.", "93.184.216.34", "[2606:4700::1111]"])(
    "accepts %s",
    async (sipServer) => {
      const { status, body } = await updateTenant(owner, { sip_server: sipServer });
      expect(status).toBe(200);
      expect(body.sip_server).toBe(sipServer);
      expect((await updateTenant(owner, { sip_server: null })).body.sip_server).toBeNull();
    },
  );
});
