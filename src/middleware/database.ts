import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Bindings } from "../bindings";
import { type Cell, cellDatabase, regionBucket } from "../cells/config";
import { createDb, type Db } from "../db/client";
import { ApiError } from "../errors";
import { needsCredential } from "../openapi/credential";

/** The D1 sessions a request opened, in order, and the bookmark its client sent (`database`). */
export type Sessions = {
  sent: { database: string; bookmark: string } | undefined;
  /** The header sent was no bookmark: refused when the request first opens a session. */
  refused: ApiError | undefined;
  opened: { database: string; session: D1DatabaseSession }[];
};

/** What `database` gives every request. */
export type DatabaseVariables = {
  sessions: Sessions;
  /** The control plane: users, the tenant directory, receipts, moves. */
  control: Db;
};

/** What `useCell` gives a request once its tenant's cell is known. */
export type CellVariables = {
  /** The tenant's cell. */
  db: Db;
  cell: Cell;
  /** The tenant's region's R2 bucket. */
  blobs: R2Bucket;
};

type DatabaseEnv = { Bindings: Bindings; Variables: DatabaseVariables & CellVariables };

/** Carries the D1 bookmark both ways: sent back by the client, returned on every response. */
export const BOOKMARK_HEADER = "X-D1-Bookmark";

/** The control plane's name in a bookmark; a cell goes by its own. */
export const CONTROL_DATABASE = "control";

// `<database>:<bookmark>`: the database the bookmark is of (`control` or a cell), then D1's own,
// which is opaque to us but dash-separated hex groups; anything else is refused rather than
// handed to D1.
export const BOOKMARK_PATTERN = /^([a-z0-9][a-z0-9-]{0,30}):([0-9a-fA-F]+(?:-[0-9a-fA-F]+){0,7})$/;
export const MAX_BOOKMARK_LENGTH = 160;

const invalidBookmark = () =>
  new ApiError(400, "invalid_bookmark", `${BOOKMARK_HEADER} is not a D1 bookmark`);

const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * A D1 session on `d1` for this request, so its queries may be served by a read replica and
 * still read their own writes. A read continues from the client's bookmark when it is of this
 * database, and may otherwise start on any replica; a write starts on the primary, which has every
 * write, so its version checks do not lose to a lagging replica.
 */
// Any route's context: every request has its sessions.
export function openSession(c: Context, database: string, d1: D1Database) {
  const sessions: Sessions = c.get("sessions");
  if (sessions.refused) throw sessions.refused;
  const bookmark = sessions.sent?.database === database ? sessions.sent.bookmark : undefined;
  const session = d1.withSession(
    READ_METHODS.has(c.req.method) ? (bookmark ?? "first-unconstrained") : "first-primary",
  );
  sessions.opened.push({ database, session });
  return session;
}

/** A database made the first time it is used. */
function lazily(make: () => Db): Db {
  let db: Db | undefined;
  return new Proxy({} as Db, {
    get(_, property) {
      db ??= make();
      const value = Reflect.get(db, property);
      return typeof value === "function" ? value.bind(db) : value;
    },
  });
}

/** The cell's database, in the request's session there (its bookmark in the answer). */
export const cellDb = (c: Context, cell: Cell) =>
  createDb(openSession(c, cell.name, cellDatabase(c.env, cell)));

/** The request goes on in `cell`: its queries in a session there, its objects in its bucket. */
// Any route's context under a tenant: the gate sets them for it.
export function useCell(c: Context, cell: Cell) {
  c.set("cell", cell);
  c.set("db", cellDb(c, cell));
  c.set("blobs", regionBucket(c.env, cell.region));
}

/**
 * Every request starts with a session on the control plane (`control`); a tenant's routes open
 * one on its cell (`useCell`). The response carries the bookmark of the last database the request
 * read or wrote, its cell's when it has one, named by the database, for the client's next request.
 *
 * A header that is no bookmark is refused (400): at once on a route that needs no credential, and
 * on one that does when the request opens its first session, after the credential was checked
 * (authentication opens none before it knows the credential), so a request without a valid one
 * hears 401 first.
 */
export const database = () =>
  createMiddleware<DatabaseEnv>(async function database(c, next) {
    const header = c.req.header(BOOKMARK_HEADER);
    const parsed = header === undefined ? undefined : BOOKMARK_PATTERN.exec(header);
    const malformed = header !== undefined && (header.length > MAX_BOOKMARK_LENGTH || !parsed);
    const sessions: Sessions = {
      sent: parsed ? { database: parsed[1] as string, bookmark: parsed[2] as string } : undefined,
      refused: malformed ? invalidBookmark() : undefined,
      opened: [],
    };
    if (sessions.refused && !needsCredential(c)) throw sessions.refused;
    c.set("sessions", sessions);
    // Opened on first use: most tenant requests never touch the control plane.
    c.set(
      "control",
      lazily(() => createDb(openSession(c, CONTROL_DATABASE, c.env.DB))),
    );
    await next();
    const latest =
      [...sessions.opened].reverse().flatMap(({ database, session }) => {
        const bookmark = session.getBookmark();
        return bookmark ? [`${database}:${bookmark}`] : [];
      })[0] ?? (malformed ? undefined : header);
    // Set on the response itself: `c.header()` at this point would copy the whole response.
    if (latest) c.res.headers.set(BOOKMARK_HEADER, latest);
  });
