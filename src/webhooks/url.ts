import { hostProblem } from "../lib/hosts";

/** What development may call over plain http: this machine, and nothing else. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why `url` cannot receive webhooks here, or null when it can: https to a public host (the
 * shared host rules), or, in development only, http or https to this machine.
 */
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
  const problem = hostProblem(parsed.hostname);
  return problem ? `webhook_url must name a public host: ${problem}` : null;
}
