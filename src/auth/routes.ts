import { Hono } from "hono";
import { actorOf } from "../activity/actor";
import { isUniqueViolation } from "../db/errors";
import type { AppEnv, Bindings, Principal } from "../env";
import { ApiError, tenantDeleting } from "../errors";
import { newId } from "../lib/ids";
import {
  clientIp,
  delayOverRateLimit,
  enforceRateLimit,
  rateLimit,
} from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { findTenant } from "../tenants/queries";
import { hashPassword, verifyPasswordOrDummy } from "./password";
import { createOwnerWithTenant, findUserByEmail } from "./queries";
import { LoginRequest, SignupRequest, SignupResponse, TokenResponse } from "./schemas";
import { issueToken, TOKEN_TTL_SECONDS } from "./tokens";

async function tokenResponse(secret: string, principal: Principal) {
  return {
    access_token: await issueToken(secret, principal),
    token_type: "bearer" as const,
    expires_in: TOKEN_TTL_SECONDS,
    owner_id: principal.userId,
    tenant_id: principal.tenantId,
  };
}

/** How long an answer waits once an email's login budget, shared by every address, is spent. */
const LOGIN_SLOWDOWN_MS = 1000;

/**
 * Brute force from one address is refused; from many, slowed. Every attempt is counted, before
 * the lookup and the hash: a limiter cannot be asked whether a key is over its budget without
 * counting, and a refusal decided after the verification would let the right password through
 * where a wrong one is refused, telling the attacker which guess was right.
 */
async function throttleLogin(env: Bindings, email: string, ip: string) {
  await enforceRateLimit(env.AUTH_EMAIL_IP_LIMITER, `login:${ip}|${email}`);
  await delayOverRateLimit(env.AUTH_EMAIL_LIMITER, `login:${email}`, LOGIN_SLOWDOWN_MS);
}

const emailTaken = () =>
  new ApiError(409, "email_taken", "An account with this email already exists");

export const authRoutes = new Hono<AppEnv>()
  .post(
    "/signup",
    describeRoute({
      tags: ["Auth"],
      summary: "Sign up",
      description:
        "Creates the owner and its tenant (starter plan, small limits, every feature off). " +
        "The tenant's id equals the owner's id; `Location` is the new tenant's path.",
      auth: false,
      errors: ["email_taken"],
      responses: {
        201: { description: "Signed up", schema: SignupResponse, headers: ["Location"] },
      },
    }),
    rateLimit("AUTH_IP_LIMITER", (c) => `signup:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(SignupRequest),
    async (c) => {
      const { email, password, name } = c.req.valid("json");
      if (await findUserByEmail(c.get("db"), email)) throw emailTaken();
      const id = newId();
      try {
        await createOwnerWithTenant(c.get("db"), actorOf(c, id), {
          id,
          email,
          passwordHash: await hashPassword(password),
          tenantName: name ?? email.split("@")[1] ?? email,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      const body = await tokenResponse(c.env.JWT_SECRET, {
        userId: id,
        role: "owner",
        tenantId: id,
      });
      c.header("Location", `/v1/tenants/${id}`);
      return c.json(body, 201);
    },
  )
  .post(
    "/login",
    describeRoute({
      tags: ["Auth"],
      summary: "Log in",
      description:
        "One answer for an unknown email and a wrong password. The owner of a tenant being " +
        "deleted gets 409 `tenant_deleting`. Past 10 attempts a minute on one email from one " +
        "address, that address gets 429 `rate_limited`; past 20 a minute on one email from " +
        "every address, answers wait a second, but are never refused.",
      auth: false,
      errors: ["invalid_credentials", "tenant_deleting"],
      responses: { 200: { description: "Logged in", schema: TokenResponse } },
    }),
    rateLimit("AUTH_IP_LIMITER", (c) => `login:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(LoginRequest),
    async (c) => {
      const { email, password } = c.req.valid("json");
      await throttleLogin(c.env, email, clientIp(c));
      const user = await findUserByEmail(c.get("db"), email);
      if (!(await verifyPasswordOrDummy(password, user?.passwordHash)) || !user) {
        throw new ApiError(401, "invalid_credentials", "Incorrect email or password");
      }
      // The owner of a tenant being deleted cannot start a session; once the deletion completes
      // the account is gone and the answer is the 401 above.
      if (user.tenantId && (await findTenant(c.get("db"), user.tenantId))?.status === "deleting") {
        throw tenantDeleting(user.tenantId);
      }
      return c.json(
        await tokenResponse(c.env.JWT_SECRET, {
          userId: user.id,
          role: user.role,
          tenantId: user.tenantId,
        }),
      );
    },
  );
