import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import { findTargetHandler } from "hono/utils/handler";

/** Where a route's `describeRoute({ auth })` travels to the middleware that runs before it. */
export const CREDENTIAL_REQUIRED = Symbol("credential required");

/**
 * The request's route asks for a credential (`describeRoute`'s `auth`, true unless told): its
 * checks of the credential come before the checks of what the request carries.
 */
export const needsCredential = (c: Context) =>
  matchedRoutes(c).some(
    (route) =>
      (findTargetHandler(route.handler) as { [CREDENTIAL_REQUIRED]?: boolean })[
        CREDENTIAL_REQUIRED
      ] === true,
  );
