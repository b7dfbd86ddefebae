import { describe, expect, it } from "vitest";
import { webhookUrlProblem } from "../../src/webhooks/url";
import { callJson, signup, tenantPath, updateTenant } from "../support/api-client";

/** Forms the URL parser keeps as they are, so the host rules must see through them. */
const REFUSED_FORMS = [
  "https://localhost../",
  "https://metadata.google.internal../computeMetadata/v1/",
  "https://foo.local../",
  "https://localhost.localdomain/",
  "https://[::10.0.0.1]/", // IPv4-compatible ::/96
  "https://[::a00:1]/",
  "https://[::ffff:0:a00:1]/", // SIIT ::ffff:0:0/96
  "https://[2002:a00:1::]/", // 6to4 of 10.0.0.1
  "https://[64:ff9b::a00:1]/", // NAT64
  "https://[64:ff9b:1::a00:1]/", // local-use NAT64
];

const allowed = (url: string, environment: string) => webhookUrlProblem(url, environment) === null;

describe("webhook URL rules", () => {
  it("production accepts https to public hosts only", () => {
    for (const url of [
      "https://hooks.example.com/voice",
      "https://hooks.example.com:8443/a?b=c",
      "https://93.184.216.34/hook",
      "https://[2606:4700::1111]/hook",
    ]) {
      expect(allowed(url, "production"), url).toBe(true);
    }
  });

  it("refuses plain http, credentials and other schemes", () => {
    expect(webhookUrlProblem("http://hooks.example.com/", "production")).toBe(
      "webhook_url must use https",
    );
    expect(webhookUrlProblem("https://user:pw@hooks.example.com/", "production")).toBe(
      "webhook_url must not carry credentials",
    );
    expect(allowed("ftp://hooks.example.com/", "production")).toBe(false);
    expect(allowed("not a url", "production")).toBe(false);
  });

  it("refuses private, loopback, link-local, unique-local, unspecified and metadata hosts", () => {
    for (const url of [
      "https://localhost/",
      "https://127.0.0.1/",
      "https://127.1.2.3/",
      "https://2130706433/", // 127.0.0.1 as one number
      "https://0x7f.1/", // 127.0.0.1 in hex
      "https://[::1]/",
      "https://0.0.0.0/",
      "https://[::]/",
      "https://10.0.0.8/",
      "https://172.16.5.4/",
      "https://172.31.255.255/",
      "https://192.168.1.1/",
      "https://100.64.0.1/",
      "https://169.254.169.254/latest/meta-data/",
      "https://[fe80::1]/",
      "https://[fd00:ec2::254]/",
      "https://[fc00::1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://[::ffff:169.254.169.254]/",
      "https://[64:ff9b::a9fe:a9fe]/",
      "https://metadata.google.internal/computeMetadata/v1/",
      "https://metadata/",
      "https://intranet/",
      "https://printer.local/",
      "https://app.localhost/",
      "https://224.0.0.1/",
      "https://255.255.255.255/",
      ...REFUSED_FORMS,
    ]) {
      expect(allowed(url, "production"), url).toBe(false);
      // Development allows this machine, however its address is written, and nothing else.
      const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
      expect(allowed(url, "development"), url).toBe(loopback);
    }
  });

  it("keeps hosts that only look close to a private range", () => {
    for (const url of [
      "https://172.32.0.1/",
      "https://11.0.0.1/",
      "https://[2001:4860::8888]/",
      // IPv6 forms that embed a public IPv4 address are as public as that address.
      "https://[::ffff:8.8.8.8]/",
      "https://[2002:808:808::]/",
      "https://[64:ff9b::808:808]/",
      "https://hooks.example.com./",
    ]) {
      expect(allowed(url, "production"), url).toBe(true);
    }
  });

  it("allows plain http to localhost in development only", () => {
    for (const url of [
      "http://localhost:8821/hook",
      "http://127.0.0.1:8821/",
      "http://[::1]:8821/",
    ]) {
      expect(allowed(url, "development"), url).toBe(true);
      expect(allowed(url, "production"), url).toBe(false);
    }
    expect(webhookUrlProblem("http://hooks.example.com/", "development")).toBe(
      "webhook_url must use https (plain http is allowed only to localhost)",
    );
  });

  it("are enforced on the tenant update", async () => {
    const owner = await signup();
    const { status, body } = await updateTenant(owner, {
      webhook_url: "https://169.254.169.254/latest",
    });
    expect(status).toBe(422);
    expect(body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "webhook_url"], type: "url_not_allowed" }),
    ]);
  });

  it("refuses every disguised private host on the tenant update, storing nothing", async () => {
    const owner = await signup();
    for (const url of REFUSED_FORMS) {
      const { status, body } = await updateTenant(owner, { webhook_url: url });
      expect(status, url).toBe(422);
      expect(body.detail, url).toEqual([
        expect.objectContaining({ loc: ["body", "webhook_url"], type: "url_not_allowed" }),
      ]);
    }
    const stored = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(stored.body).toMatchObject({ webhook_url: null, webhook_secret_set: false });
  });
});
