const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why `url` cannot receive webhooks here, or null when it can. */
export function webhookUrlProblem(url: string, environment: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "webhook_url is not a valid URL";
  }
  if (parsed.username || parsed.password) return "webhook_url must not carry credentials";
  if (parsed.protocol === "https:") return null;
  if (
    parsed.protocol === "http:" &&
    environment === "development" &&
    LOCAL_HOSTS.has(parsed.hostname)
  ) {
    return null;
  }
  return environment === "development"
    ? "webhook_url must use https (plain http is allowed only to localhost)"
    : "webhook_url must use https";
}
