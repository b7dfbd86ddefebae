import type { Context } from "hono";

/** The path of a resource just created in the collection the request was sent to. */
export const locationOf = (c: Context, id: string) => `${c.req.path.replace(/\/$/, "")}/${id}`;
