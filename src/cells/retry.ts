import type { Hono } from "hono";
import type { AppEnv, Bindings } from "../env";
import { RETRY_IN_CELL_HEADER } from "../middleware/error-handler";

/** Bodies up to this size are kept for a second try; larger ones stream and cannot be resent. */
const REPLAY_MAX_BYTES = 1024 * 1024;

function replayable(request: Request): boolean {
  if (request.body === null) return true;
  const length = Number(request.headers.get("Content-Length") ?? Number.NaN);
  return Number.isFinite(length) && length <= REPLAY_MAX_BYTES;
}

const withoutRetryHeader = (response: Response) => {
  const copy = new Response(response.body, response);
  copy.headers.delete(RETRY_IN_CELL_HEADER);
  return copy;
};

/**
 * The Worker's fetch: the app, and once more when the request reached a cell its tenant had moved
 * out of (the error handler marks that answer once the isolate has learnt the tenant's cell from
 * the directory). Nothing was written in the old cell (the write fence refuses every write
 * there), so sending the request again cannot apply it twice. A body too large to keep, already
 * read, gets the marked answer itself: 409 `tenant_moving`, which a client retries.
 */
export async function routeToCell(
  app: Hono<AppEnv>,
  request: Request,
  env: Bindings,
  ctx: ExecutionContext,
): Promise<Response> {
  const replay = request.body !== null && replayable(request) ? request.clone() : null;
  const first = await app.fetch(request, env, ctx);
  if (!first.headers.has(RETRY_IN_CELL_HEADER)) return first;
  const again = request.body === null ? request : (replay ?? (request.bodyUsed ? null : request));
  if (!again) return withoutRetryHeader(first);
  await first.body?.cancel();
  return withoutRetryHeader(await app.fetch(again, env, ctx));
}
