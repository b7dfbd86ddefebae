import type { Context, Hono } from "hono";
import type { AppEnv, Bindings } from "../env";

/** Tells `routeToCell` to send the request again, to the cell the isolate has just learnt. */
export const RETRY_IN_CELL_HEADER = "X-Retry-In-Cell";

// Bodies the app read before finding its tenant elsewhere, by request id, for the second try.
const replays = new Map<string, string>();
const MAX_REPLAYS = 1000;

/**
 * Keeps the body the app has already read (Hono caches it as text once a JSON body is parsed),
 * so the request can be sent again without the original stream, which is spent.
 */
export async function keepForReplay(c: Context<AppEnv>) {
  const text = c.req.bodyCache.text;
  if (!text || replays.size >= MAX_REPLAYS) return;
  replays.set(c.get("requestId"), await text);
}

const withoutRetryHeader = (response: Response) => {
  const copy = new Response(response.body, response);
  copy.headers.delete(RETRY_IN_CELL_HEADER);
  return copy;
};

/** The request to send again: bodiless, or with the body kept, or whose body nobody read. */
function againOf(request: Request, first: Response): Request | null {
  if (request.body === null) return request;
  const id = first.headers.get("X-Request-Id") ?? "";
  const kept = replays.get(id);
  replays.delete(id);
  if (kept !== undefined) return new Request(request, { body: kept });
  return request.bodyUsed ? null : request;
}

/**
 * The Worker's fetch: the app, and once more when the request reached a cell its tenant had moved
 * out of (the error handler marks that answer once the isolate has learnt the tenant's cell from
 * the directory). Nothing was written in the old cell (its write fence refuses every write there),
 * so sending the request again cannot apply it twice. A body that streamed past (an upload) and
 * cannot be sent again gets the marked answer itself: 409 `tenant_moving`, which a client retries.
 */
export async function routeToCell(
  app: Hono<AppEnv>,
  request: Request,
  env: Bindings,
  ctx: ExecutionContext,
): Promise<Response> {
  const first = await app.fetch(request, env, ctx);
  if (!first.headers.has(RETRY_IN_CELL_HEADER)) return first;
  const again = againOf(request, first);
  if (!again) return withoutRetryHeader(first);
  await first.body?.cancel();
  return withoutRetryHeader(await app.fetch(again, env, ctx));
}
