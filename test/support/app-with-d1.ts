import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { app } from "../../src/app";
import { clientRequest, type RequestOptions } from "./api-client";

/** A D1 binding of the Worker's: the control plane, or a cell. */
export type D1Binding = "DB" | "CELL_US_1" | "CELL_EU_1";

/**
 * `request` through the app with one D1 binding replaced (a gated or counting one; the US cell's
 * unless told), waiting for the work it leaves behind; its status and JSON body (`{}` when
 * empty).
 */
export async function sendWithD1<T = Record<string, unknown>>(
  db: D1Database,
  request: Request,
  binding: D1Binding = "CELL_US_1",
) {
  const ctx = createExecutionContext();
  const res = await app.fetch(request, { ...env, [binding]: db }, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}

/** The request a client would send to `path`, through the app with `db` as its D1. */
export const callWithD1 = <T = Record<string, unknown>>(
  db: D1Database,
  path: string,
  options: RequestOptions,
) => sendWithD1<T>(db, clientRequest(path, options));
