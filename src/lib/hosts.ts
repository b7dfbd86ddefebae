import * as z from "zod";
import { isPublicIpv4, isPublicIpv6, parseIpv4, parseIpv6 } from "./ip";

/*
 * The rules for every host the platform connects to (webhook receivers, integrations, SIP), so
 * that no caller can be talked into reaching this machine, a private network or a cloud metadata
 * service. They judge the name as written; a public name that resolves to a private address is
 * not caught here: Workers' outbound fetch cannot reach private networks in the first place.
 */

/** The names of this machine, wherever `/etc/hosts` puts them. */
const LOOPBACK_NAMES = new Set(["localhost", "localhost.localdomain"]);

/**
 * Domains that only resolve on this machine or inside a private network (RFC 6761, RFC 6762,
 * RFC 8375, ICANN's `.internal`, and the conventional `.lan` and `.localdomain`).
 */
const PRIVATE_DOMAINS = ["localhost", "localdomain", "internal", "local", "home.arpa", "lan"];

/** Characters that end a host in a URL, or that no host name has. */
const NOT_IN_A_HOST = /[\s/?#@\\%]/;

/**
 * `host` as DNS sees it, or null when it is not a host name or address on its own: lower case,
 * IDN labels in punycode, IPv4 in dotted decimal (the URL parser also reads `0x7f.1` and
 * `2130706433`), IPv6 in brackets and compressed, and without trailing dots, which DNS ignores
 * but a suffix check would not.
 */
export function normalizeHost(host: string): string | null {
  if (NOT_IN_A_HOST.test(host)) return null;
  // A colon outside brackets is a port, or an IPv6 address the URL parser would misread.
  if (host.includes(":") && !/^\[[^\]]*\]$/.test(host)) return null;
  let parsed: URL;
  try {
    parsed = new URL(`https://${host.replace(/\.+$/, "")}`);
  } catch {
    return null;
  }
  // Full stops the parser maps to "." (`。`) can leave trailing dots of their own.
  const name = parsed.hostname.replace(/\.+$/, "");
  return name === "" ? null : name;
}

const isDnsName = (name: string) =>
  name.length <= 253 && name.split(".").every((label) => label.length >= 1 && label.length <= 63);

/**
 * Why the platform must not connect to `host` (a URL's hostname, or a host as a client sent
 * it), or null when it may. Single-label names, this machine's names, private-network domains
 * and every address literal the public internet cannot route to are refused; an IPv6 address
 * that embeds an IPv4 address is judged by that address.
 */
export function hostProblem(host: string): string | null {
  const name = normalizeHost(host);
  if (name === null || (!name.startsWith("[") && !isDnsName(name))) {
    return `${JSON.stringify(host)} is not a host name or address`;
  }
  const v4 = parseIpv4(name);
  const v6 = v4 ? null : parseIpv6(name);
  if (v4 || v6) {
    const isPublic = v4 ? isPublicIpv4(v4) : isPublicIpv6(v6 ?? []);
    return isPublic
      ? null
      : `${name} is not a public address (private, loopback, link-local, metadata and other reserved ranges are refused)`;
  }
  if (LOOPBACK_NAMES.has(name)) return `${name} names this machine`;
  const domain = PRIVATE_DOMAINS.find((d) => name === d || name.endsWith(`.${d}`));
  if (domain) return `${name} is under .${domain}, which only resolves inside a private network`;
  if (!name.includes(".")) {
    return `${name} is a single-label name, which only resolves inside a private network`;
  }
  return null;
}

const refuseNonPublicHost = (hostOf: (value: string) => string | null) =>
  function publicHostOnly(value: string, ctx: z.RefinementCtx) {
    const host = hostOf(value);
    const problem = host === null ? null : hostProblem(host);
    if (problem) ctx.addIssue({ code: "custom", message: `Must be a public host: ${problem}` });
  };

/**
 * A host name of two labels or more, an IPv4 address, or an IPv6 address in brackets; the
 * pattern gives the shape (and the API document), the host rules the rest.
 */
const HOST_SHAPE = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\.?)$/;

/**
 * How the document states the host rules no JSON Schema keyword can (the address a name resolves
 * to is not in the string): an extension that tools can read, beside the field's description.
 */
export const PUBLIC_HOST_RULE = {
  "x-public-host":
    "a public host only: private, loopback, link-local, metadata and other reserved addresses, " +
    "single-label names (https://com) and private domains (.local, .internal, .lan…) are refused",
};

/** A host the platform connects to by name or address alone, e.g. a SIP server. */
export const PublicHost = z
  .string()
  .max(253)
  .regex(HOST_SHAPE, {
    message:
      "Must be a host name (sip.example.com), an IPv4 address or an IPv6 address in brackets",
    abort: true,
  })
  .superRefine(refuseNonPublicHost((value) => value))
  .meta(PUBLIC_HOST_RULE);

const parseUrl = (url: string) => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** An https URL of a public host, without credentials in it (they belong in encrypted fields). */
export const PublicHttpsUrl = z
  .url({ protocol: /^https$/, abort: true })
  .max(2048)
  .refine((url) => !parseUrl(url)?.username && !parseUrl(url)?.password, {
    message: "Must not carry credentials; send them in the encrypted fields",
    abort: true,
  })
  .superRefine(refuseNonPublicHost((url) => parseUrl(url)?.hostname ?? null))
  .meta(PUBLIC_HOST_RULE);
