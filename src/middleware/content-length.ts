import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";

/**
 * A `Content-Length` that is not one decimal number is refused before anything trusts it: the
 * upload routes size their streams by it, and the JSON body limit skips its early check for a
 * length it cannot read.
 */
export const wellFormedContentLength = () =>
  createMiddleware<AppEnv>(async function wellFormedContentLength(c, next) {
    const declared = c.req.header("Content-Length");
    if (declared !== undefined && !/^\d+$/.test(declared)) {
      throw new ApiError(400, "bad_request", "Content-Length must be a number of bytes");
    }
    await next();
  });
