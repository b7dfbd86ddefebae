import { isPublicIpv4, isPublicIpv6, parseIpv4, parseIpv6 } from "../lib/ip";

/** What development may call over plain http: this machine, and nothing else. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Names that only resolve inside a private network (RFC 6761, RFC 8375, ICANN's `.internal`). */
const INTERNAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".lan"];

/**
 * Whether a hostname names a host on the public internet, as far as the name itself tells.
 * Single-label names (`localhost`, `metadata`, intranet hosts) and every non-public address
 * literal are refused; cloud metadata services live at link-local or private addresses or under
 * `.internal`, so they are refused too. A public name that resolves to a private address is not
 * caught here: Workers' outbound fetch cannot reach private networks in the first place.
 */
export function isPublicHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  const v4 = parseIpv4(name);
  if (v4) return isPublicIpv4(v4);
  const v6 = parseIpv6(name);
  if (v6) return isPublicIpv6(v6);
  if (!name.includes(".")) return false;
  return !INTERNAL_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/** Why `url` cannot receive webhooks here, or null when it can. */
export function webhookUrlProblem(url: string, environment: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "webhook_url is not a valid URL";
  }
  if (parsed.username || parsed.password) return "webhook_url must not carry credentials";
  const development = environment === "development";
  if (development && LOOPBACK_HOSTS.has(parsed.hostname)) {
    return parsed.protocol === "http:" || parsed.protocol === "https:"
      ? null
      : "webhook_url must use http or https";
  }
  if (parsed.protocol !== "https:") {
    return development
      ? "webhook_url must use https (plain http is allowed only to localhost)"
      : "webhook_url must use https";
  }
  if (!isPublicHost(parsed.hostname)) {
    return "webhook_url must name a public host: private, loopback, link-local and metadata addresses are refused";
  }
  return null;
}
