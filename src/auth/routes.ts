import { Hono } from "hono";
import { placeTenant } from "../cells/directory";
import { DEFAULT_REGION } from "../cells/regions";
import type { AppEnv, Bindings } from "../env";
import { ApiError } from "../errors";
import { newId } from "../lib/ids";
import {
  clientIp,
  delayOverRateLimit,
  enforceRateLimit,
  rateLimit,
} from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { tokenResponse } from "./grant";
import { invalidCredentials, logIn } from "./login";
import { hashPassword, passwordIterations, verifyPasswordOrDummy } from "./password";
import { findLogin, findUserByEmail } from "./queries";
import { LoginRequest, SignupRequest, SignupResponse, TokenResponse } from "./schemas";
import { SESSION_COOKIE_PARAMETER, tokenAnswer } from "./session-cookie";
import { emailTaken, signUp } from "./signup";

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
      errors: ["email_taken", "region_unavailable"],
      headers: [SESSION_COOKIE_PARAMETER],
      responses: {
        201: {
          description: "Signed up",
          schema: SignupResponse,
          headers: ["Location", "Set-Cookie"],
        },
      },
    }),
    rateLimit("AUTH_IP_LIMITER", (c) => `signup:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(SignupRequest),
    async (c) => {
      const { email, password, name, data_region: region = DEFAULT_REGION } = c.req.valid("json");
      const control = c.get("control");
      if (await findUserByEmail(control, email)) throw emailTaken();
      const cell = await placeTenant(c.env, control, region);
      if (!cell) {
        throw new ApiError(503, "region_unavailable", `No cell takes new tenants in ${region}`);
      }
      const owner = {
        id: newId(),
        email,
        passwordHash: await hashPassword(password, passwordIterations(c.env)),
        tenantName: name ?? email.split("@")[1] ?? email,
      };
      const session = await signUp(c, owner, cell);
      const subject = {
        userId: owner.id,
        role: "owner" as const,
        tenantId: owner.id,
        cell: cell.name,
      };
      const body = await tokenResponse(c.env, subject, session);
      c.header("Location", `/v1/tenants/${owner.id}`);
      return tokenAnswer(c, { ...body, tenant_id: owner.id, data_region: cell.region }, 201);
    },
  )
  .post(
    "/login",
    describeRoute({
      tags: ["Auth"],
      summary: "Log in",
      description:
        "Starts a session: an access token for an hour and a refresh token for 30 days. One " +
        "answer for an unknown email and a wrong password. The users of a tenant being " +
        "deleted get 409 `tenant_deleting`, of one being moved 409 `tenant_moving`. Past 10 attempts a minute on one email from one " +
        "address, that address gets 429 `rate_limited`; past 20 a minute on one email from " +
        "every address, answers wait a second, but are never refused.",
      auth: false,
      errors: ["invalid_credentials", "tenant_deleting", "tenant_moving"],
      headers: [SESSION_COOKIE_PARAMETER],
      responses: {
        200: { description: "Logged in", schema: TokenResponse, headers: ["Set-Cookie"] },
      },
    }),
    rateLimit("AUTH_IP_LIMITER", (c) => `login:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(LoginRequest),
    async (c) => {
      const { email, password } = c.req.valid("json");
      await throttleLogin(c.env, email, clientIp(c));
      const login = await findLogin(c.get("control"), email);
      const user = login?.user;
      const iterations = passwordIterations(c.env);
      if (!(await verifyPasswordOrDummy(password, user?.passwordHash, iterations)) || !user) {
        throw invalidCredentials();
      }
      // A user whose tenant's signup has not completed has no account yet: the same answer.
      return tokenAnswer(c, await logIn(c, user, login.cell), 200);
    },
  );
