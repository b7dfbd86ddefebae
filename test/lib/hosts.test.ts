import { describe, expect, it } from "vitest";
import { hostProblem, normalizeHost, PublicHost, PublicHttpsUrl } from "../../src/lib/hosts";

const ACCEPTED = [
  "example.com",
  "Hooks.Example.COM",
  "hooks.example.com.",
  "xn--bcher-kva.example",
  "bücher.example",
  "localhost.example.com", // only the name itself and .localhost are this machine
  "internal.example.com",
  "93.184.216.34",
  "172.32.0.1",
  "11.0.0.1",
  "[2606:4700::1111]",
  "[2001:4860::8888]",
  // IPv6 forms that embed a public IPv4 address are as public as that address.
  "[::ffff:8.8.8.8]",
  "[::808:808]",
  "[::ffff:0:808:808]",
  "[2002:808:808::]",
  "[64:ff9b::808:808]",
  "[2001:0:808:808::f7f7:f7f7]", // Teredo: server 8.8.8.8, client 8.8.8.8
];

const REFUSED = [
  // names of this machine and of private networks, however written
  "localhost",
  "LOCALHOST.",
  "localhost..",
  "ｌｏｃａｌｈｏｓｔ",
  "app.localhost",
  "localhost.localdomain",
  "metadata.google.internal",
  "metadata.google.internal..",
  "foo.local..",
  "printer.local",
  "router.home.arpa",
  "home.arpa",
  "nas.lan",
  "metadata",
  "intranet",
  // IPv4, however written
  "127.0.0.1",
  "127.0.0.1..",
  "2130706433",
  "0x7f.1",
  "127。0。0。1",
  "0.0.0.0",
  "10.0.0.5",
  "172.16.5.4",
  "192.168.1.1",
  "100.64.0.1",
  "169.254.169.254",
  "198.18.0.1",
  "224.0.0.1",
  "255.255.255.255",
  // IPv6 ranges the internet does not route
  "[::]",
  "[::1]",
  "[fe80::1]",
  "[fec0::1]",
  "[fd00:ec2::254]",
  "[fc00::1]",
  "[ff02::1]",
  "[100::1]",
  "[2001:db8::1]",
  "[2001:2::1]",
  "[3fff::1]",
  "[5f00::1]",
  // IPv6 forms that embed a non-public IPv4 address
  "[::ffff:127.0.0.1]",
  "[::ffff:169.254.169.254]",
  "[::10.0.0.1]", // IPv4-compatible ::/96
  "[::a00:1]",
  "[::ffff:0:a00:1]", // SIIT ::ffff:0:0/96
  "[2002:a00:1::]", // 6to4 of 10.0.0.1
  "[2002:a9fe:a9fe::1]", // 6to4 of 169.254.169.254
  "[64:ff9b::a9fe:a9fe]", // NAT64 of 169.254.169.254
  "[64:ff9b::a00:1]",
  "[2001:0:808:808::fffe:fffe]", // Teredo client 0.1.0.1
  // the local-use NAT64 prefix serves one network only, whatever the IPv4 address inside
  "[64:ff9b:1::a00:1]",
  "[64:ff9b:1::808:808]",
];

const NOT_HOSTS = [
  "",
  ".",
  "a..b",
  ".example.com",
  "example.com:443",
  "example.com/path",
  "user@example.com",
  "evil.example/@127.0.0.1",
  "exa mple.com",
  "%6c%6fcalhost",
  "2606:4700::1111",
  `${"a".repeat(64)}.example`,
];

describe("host rules", () => {
  it.each(ACCEPTED)("accepts %s", (host) => {
    expect(hostProblem(host)).toBeNull();
  });

  it.each(REFUSED)("refuses %s", (host) => {
    expect(hostProblem(host)).toMatch(
      /is not a public address|names this machine|only resolves inside a private network/,
    );
  });

  it.each(NOT_HOSTS)("refuses %j as not a host", (host) => {
    expect(hostProblem(host)).toMatch(/is not a host name or address$/);
  });

  it("normalizes case, IDN, trailing dots and IP literals", () => {
    expect(normalizeHost("LOCALHOST.")).toBe("localhost");
    expect(normalizeHost("Bücher.Example..")).toBe("xn--bcher-kva.example");
    expect(normalizeHost("0x7f.1")).toBe("127.0.0.1");
    expect(normalizeHost("[::ffff:127.0.0.1]")).toBe("[::ffff:7f00:1]");
    expect(normalizeHost("[::10.0.0.1]")).toBe("[::a00:1]");
  });

  it("says why", () => {
    expect(hostProblem("10.0.0.5")).toMatch(/^10\.0\.0\.5 is not a public address/);
    expect(hostProblem("LOCALHOST.")).toBe("localhost names this machine");
    expect(hostProblem("metadata.google.internal..")).toBe(
      "metadata.google.internal is under .internal, which only resolves inside a private network",
    );
    expect(hostProblem("intranet")).toBe(
      "intranet is a single-label name, which only resolves inside a private network",
    );
  });
});

describe("host schemas", () => {
  it("PublicHost takes public names and addresses, and says why it refuses one", () => {
    expect(PublicHost.safeParse("sip.example.com").success).toBe(true);
    expect(PublicHost.safeParse("[2606:4700::1111]").success).toBe(true);
    const refused = PublicHost.safeParse("10.0.0.5");
    expect(refused.error?.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Must be a public host: 10\.0\.0\.5 is not a public address/),
    ]);
    // A shape the pattern refuses gets that one message, not the host rule's as well.
    expect(PublicHost.safeParse("pbx").error?.issues).toHaveLength(1);
  });

  it("PublicHttpsUrl takes https URLs of public hosts without credentials", () => {
    expect(PublicHttpsUrl.safeParse("https://api.example.com/v1").success).toBe(true);
    for (const url of [
      "http://api.example.com/",
      "https://user:pw@api.example.com/",
      "https://169.254.169.254/latest/meta-data/",
      "https://[64:ff9b::a9fe:a9fe]/",
      "https://localhost../",
      "not a url",
    ]) {
      expect(PublicHttpsUrl.safeParse(url).error?.issues, url).toHaveLength(1);
    }
  });
});
