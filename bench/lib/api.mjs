/**
 * One request to the API as a client sends it; the JSON answer, or an error naming the status.
 * With `waitOnLimit`, a 429 is retried after its `Retry-After`, as a patient client would.
 */
export async function send(origin, method, path, { token, body, waitOnLimit = false } = {}) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers["content-type"] = "application/json";
  for (;;) {
    const res = await fetch(new URL(path, origin), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status === 429 && waitOnLimit) {
      await res.arrayBuffer();
      const seconds = Number(res.headers.get("retry-after") ?? "1");
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, seconds) * 1000));
      continue;
    }
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  }
}

/**
 * A new tenant through signup, in `region`'s cell: `{ id, token, region }` of its owner. Signups
 * from one address are limited (20 a minute); a full run makes more, outside any timing, and
 * waits the limit out.
 */
export async function signup(origin, name, region = "us") {
  const answer = await send(origin, "POST", "/v1/auth/signup", {
    waitOnLimit: true,
    body: {
      email: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      password: "benchmark password",
      name,
      data_region: region,
    },
  });
  return { id: answer.tenant_id, token: answer.access_token, region };
}

/** Runs `task` over `items`, at most `inFlight` at a time. */
export async function forEachLimited(items, inFlight, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
}
