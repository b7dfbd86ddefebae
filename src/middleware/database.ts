import { createMiddleware } from "hono/factory";
import { createDb } from "../db/client";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";

/** Carries the D1 bookmark both ways: sent back by the client, returned on every response. */
export const BOOKMARK_HEADER = "X-D1-Bookmark";

// Bookmarks are opaque to us but are dash-separated hex groups; anything else is refused
// rather than handed to D1.
export const BOOKMARK_PATTERN = /^[0-9a-fA-F]+(?:-[0-9a-fA-F]+){0,7}$/;
export const MAX_BOOKMARK_LENGTH = 128;

const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * Every request's queries run in one D1 session, so they may be served by a read replica and
 * still read their own writes. A read continues from the client's last bookmark (when sent) and
 * may otherwise start on any replica; a write starts on the primary, which has every write, so
 * its version checks do not lose to a lagging replica. The response carries the session's latest
 * bookmark for the client's next request.
 */
export const database = () =>
  createMiddleware<AppEnv>(async function database(c, next) {
    const bookmark = c.req.header(BOOKMARK_HEADER);
    if (
      bookmark !== undefined &&
      (bookmark.length > MAX_BOOKMARK_LENGTH || !BOOKMARK_PATTERN.test(bookmark))
    ) {
      throw new ApiError(400, "invalid_bookmark", `${BOOKMARK_HEADER} is not a D1 bookmark`);
    }
    const session = c.env.DB.withSession(
      READ_METHODS.has(c.req.method) ? (bookmark ?? "first-unconstrained") : "first-primary",
    );
    c.set("db", createDb(session));
    await next();
    const latest = session.getBookmark() ?? bookmark;
    // Set on the response itself: `c.header()` at this point would copy the whole response.
    if (latest) c.res.headers.set(BOOKMARK_HEADER, latest);
  });
