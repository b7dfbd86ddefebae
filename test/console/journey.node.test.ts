/// <reference types="node" />
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  DESKTOP,
  description,
  eventually,
  PHONE,
  seriousViolations,
  unreachableByKeyboard,
} from "../support/console-browser";
import { type LocalApi, startLocalApi } from "../support/local-api";

/** The browser globals the page functions below read (the tests' own lib has no DOM). */
declare const document: {
  cookie: string;
  activeElement: unknown;
  documentElement: { scrollWidth: number };
};
declare const window: { innerWidth: number };
declare const localStorage: { length: number };
declare const sessionStorage: { length: number };

/** `npm run screenshots` sets this: the journey saves its main pages there, at both widths. */
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS;

/** Set to an API already running (`npm start`): the journey uses it instead of starting one. */
const RUNNING_API = process.env.CONSOLE_API_ORIGIN;

const OWNER = {
  email: `owner-${Date.now()}@acme-voice.example`,
  password: "correct horse battery",
};
const ORGANIZATION = "Acme Voice";

/** A webhook receiver on this machine that takes every delivery. */
async function startReceiver(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hooks`, server };
}

describe("the console, walked as a new user would", () => {
  let api: LocalApi | undefined;
  let browser: Browser | undefined;
  let receiver: { url: string; server: Server } | undefined;

  beforeAll(async () => {
    const [server, chrome, hooks] = await Promise.allSettled([
      RUNNING_API
        ? { origin: RUNNING_API, stop: async () => {} }
        : startLocalApi({ readyMs: 180_000 }),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
      startReceiver(),
    ]);
    if (server.status === "fulfilled") api = server.value;
    if (chrome.status === "fulfilled") browser = chrome.value;
    if (hooks.status === "fulfilled") receiver = hooks.value;
    for (const started of [server, chrome, hooks])
      if (started.status === "rejected") throw started.reason;
  }, 190_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    receiver?.server.close();
  }, 10_000);

  it("signs up, sets up, invites, measures, verifies, exports and deletes", async () => {
    const { origin } = api as LocalApi;
    const context = await (browser as Browser).newContext({
      viewport: DESKTOP,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const elsewhere = guardOrigin(page, origin);
    const cspErrors = collectCspErrors(page);

    const check = checker(page);

    // Sign up: the page is the Worker's, with a policy allowing its own scripts and styles alone.
    const home = await page.goto(origin);
    const policy = home?.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    await page.getByRole("link", { name: "Create an organization" }).click();
    await check("signup");
    await page.getByLabel("Email", { exact: true }).fill(OWNER.email);
    await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
    await page.getByLabel("Organization name", { exact: true }).fill("acme");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByRole("heading", { name: "Organization", exact: true, level: 1 }).waitFor();

    // No credential a script can read: the refresh token is an httpOnly cookie of the refresh route.
    expect(
      await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
    ).toEqual(["", 0, 0]);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: "refresh_token",
      httpOnly: true,
      sameSite: "Strict",
      path: "/v1/auth/refresh",
    });

    // A refused value is shown at its field, and nothing of the change is saved.
    await page.getByLabel("Organization name", { exact: true }).fill(ORGANIZATION);
    await page.getByLabel("Concurrent calls", { exact: true }).fill("50");
    await page.getByRole("button", { name: "Save settings" }).click();
    const concurrent = page.getByLabel("Concurrent calls", { exact: true });
    await eventually(async () =>
      expect(await concurrent.getAttribute("aria-invalid")).toBe("true"),
    );
    await eventually(async () =>
      expect(await description(concurrent)).toMatch(/starter plan's cap of 10/),
    );
    await eventually(async () =>
      expect(await page.getByRole("alert").textContent()).toContain("Nothing was saved"),
    );
    await check("settings-refused");
    // A reload keeps the session (the cookie is traded for a new access token) and shows nothing saved.
    await page.reload();
    await eventually(async () =>
      expect(await page.getByLabel("Organization name", { exact: true }).inputValue()).toBe("acme"),
    );

    // The setup, complete.
    await page.getByLabel("Organization name", { exact: true }).fill(ORGANIZATION);
    await page.getByRole("radio", { name: "Enterprise" }).check();
    await page.getByLabel("Concurrent calls", { exact: true }).fill("50");
    await page.getByLabel("Calls per month", { exact: true }).fill("5000");
    await page.getByRole("switch", { name: "SIP" }).check();
    await page.getByRole("switch", { name: "Call recording" }).check();
    await page.getByRole("switch", { name: "HIPAA" }).check();
    await page.getByLabel("Recording retention (days)", { exact: true }).fill("30");
    await page.getByLabel("SIP server", { exact: true }).fill("sip.acme-voice.example");
    await page.getByLabel("SIP username", { exact: true }).fill("acme");
    await page.getByLabel("SIP password", { exact: true }).fill("sip-secret-1");
    await page.getByRole("button", { name: "Save settings" }).click();
    await eventually(async () =>
      expect(await page.getByRole("status").textContent()).toBe("Saved."),
    );
    // The SIP password is write-only: said to be set, never filled back.
    await eventually(async () =>
      expect(await page.getByLabel("SIP password", { exact: true }).inputValue()).toBe(""),
    );
    await eventually(async () =>
      expect(await description(page.getByLabel("SIP password", { exact: true }))).toMatch(
        /A password is set/,
      ),
    );
    await check("settings");
    const tenantId = (await page.locator("dd code").first().textContent()) ?? "";

    // Webhook: the secret is shown once, with a copy button; a test event is delivered.
    await page.getByRole("link", { name: "Webhook", exact: true }).click();
    await page.getByLabel("Webhook URL", { exact: true }).fill((receiver as { url: string }).url);
    for (const event of ["webhook.test", "call.started", "member.invited"])
      await page
        .getByRole("checkbox", { name: new RegExp(`^${event.replace(".", "\\.")}`) })
        .check();
    await page.getByRole("button", { name: "Save webhook" }).click();
    const secret = page.getByRole("status", { name: "Webhook secret", exact: true });
    await eventually(async () => expect(await secret.textContent()).toMatch(/^whsec_/));
    await page.getByRole("button", { name: "Copy webhook secret" }).waitFor();
    await page.getByRole("button", { name: "Send test event" }).click();
    await page.getByRole("button", { name: "Attempts of webhook.test" }).waitFor();
    await check("webhook");
    await page.getByRole("link", { name: "Members and keys" }).click();
    await page.getByRole("link", { name: "Webhook", exact: true }).click();
    await page.getByRole("button", { name: "Save webhook" }).waitFor();
    await eventually(async () =>
      expect(await page.getByRole("status", { name: "Webhook secret", exact: true }).count()).toBe(
        0,
      ),
    );

    // Webhook endpoints: the webhook URL listed first as the primary one; a new endpoint's secret
    // shown once; disabled, enabled again, deleted.
    await page.getByRole("link", { name: "Webhook endpoints" }).click();
    await page.getByRole("link", { name: "Change on the Webhook page" }).waitFor();
    const endpointUrl = `${(receiver as { url: string }).url}/second`;
    await page.getByLabel("Endpoint URL", { exact: true }).fill(endpointUrl);
    await page.getByRole("checkbox", { name: "call.ended" }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const endpointSecret = page.getByRole("status", { name: "Endpoint secret", exact: true });
    await eventually(async () => expect(await endpointSecret.textContent()).toMatch(/^whsec_/));
    const endpointRow = page.getByRole("row", { name: new RegExp(endpointUrl) });
    await eventually(async () => expect(await endpointRow.textContent()).toContain("enabled"));
    await check("webhook-endpoints");
    await page.getByRole("button", { name: `Disable ${endpointUrl}` }).click();
    await page.getByRole("button", { name: `Enable ${endpointUrl}` }).click();
    await page.getByRole("button", { name: `Disable ${endpointUrl}` }).waitFor();
    await page.getByRole("button", { name: `Delete ${endpointUrl}` }).click();
    await eventually(async () => expect(await endpointRow.count()).toBe(0));

    // Members and keys: the invitation link and the key, each shown once.
    await page.getByRole("link", { name: "Members and keys" }).click();
    await page
      .getByLabel("Member email", { exact: true })
      .fill(`viewer-${Date.now()}@acme-voice.example`);
    await page.getByRole("button", { name: "Invite" }).click();
    const link =
      (await page.getByRole("status", { name: "Invitation link", exact: true }).textContent()) ??
      "";
    expect(link).toMatch(new RegExp(`^${origin}/#/accept/`));
    await page.getByLabel("Key name", { exact: true }).fill("Call starter");
    await page.getByLabel("Key role", { exact: true }).selectOption("admin");
    await page.getByRole("button", { name: "Create key" }).click();
    const key =
      (await page.getByRole("status", { name: "API key", exact: true }).textContent()) ?? "";
    expect(key).toMatch(/^sk_/);
    // Listed with its prefix, role, creator and last use; the key itself never again.
    const row = page.getByRole("row", { name: /Call starter/ });
    await eventually(async () =>
      expect(await row.textContent()).toMatch(/adminmember keythe ownernever/),
    );
    const prefix = ((await row.locator("code").textContent()) ?? "").replace("…", "");
    expect(prefix.length).toBeGreaterThan(3);
    expect(key).toContain(prefix);
    expect(await row.textContent()).not.toContain(key);
    await check("members");

    // Changed elsewhere meanwhile: the save is refused (412), explained, and the form reloaded.
    await page.getByRole("link", { name: "Organization" }).click();
    await page.getByLabel("Calls per month", { exact: true }).fill("4000");
    await send(origin, tenantId, key, "PUT", "", { monthly_call_limit: 4500 });
    await page.getByRole("button", { name: "Save settings" }).click();
    await eventually(async () =>
      expect(await page.getByRole("alert").textContent()).toContain(
        "Someone changed these settings",
      ),
    );
    await eventually(async () =>
      expect(await page.getByLabel("Calls per month", { exact: true }).inputValue()).toBe("4500"),
    );

    // The member accepts in a browser of their own, by keyboard alone, and sees a viewer's console.
    const member = await (browser as Browser).newContext({ viewport: PHONE });
    const memberPage = await member.newPage();
    memberPage.setDefaultTimeout(10_000);
    const memberElsewhere = guardOrigin(memberPage, origin);
    await memberPage.goto(link);
    await memberPage.getByRole("heading", { name: "Join your team" }).waitFor();
    await memberPage.keyboard.press("Tab");
    await eventually(async () =>
      expect(
        await memberPage
          .getByLabel("Password", { exact: true })
          .evaluate((e) => e === document.activeElement),
      ).toBe(true),
    );
    await memberPage.keyboard.type("viewer password 1");
    await memberPage.keyboard.press("Enter");
    await memberPage
      .getByRole("heading", { name: "Organization", exact: true, level: 1 })
      .waitFor();
    await eventually(async () =>
      expect(await memberPage.getByRole("button", { name: "Save settings" }).isDisabled()).toBe(
        true,
      ),
    );
    await memberPage.getByText("Needs the admin role").first().waitFor();
    await eventually(async () =>
      expect(await memberPage.getByLabel("Organization name", { exact: true }).inputValue()).toBe(
        ORGANIZATION,
      ),
    );
    expect(await seriousViolations(memberPage)).toEqual([]);
    await memberPage.getByRole("link", { name: "Members and keys" }).click();
    await eventually(async () =>
      expect(await memberPage.getByRole("button", { name: "Create key" }).isDisabled()).toBe(true),
    );
    // Logging out ends the session here and on the server: a reload finds none.
    await memberPage.getByRole("button", { name: "Log out" }).click();
    await memberPage.getByRole("heading", { name: "Log in" }).waitFor();
    await memberPage.reload();
    await memberPage.getByRole("heading", { name: "Log in" }).waitFor();
    expect(await member.cookies()).toEqual([]);
    expect(memberElsewhere).toEqual([]);
    await member.close();

    // Calls started through the API with the key, then the usage and a chart.
    await startCalls(origin, tenantId, key);
    await page.getByRole("link", { name: "Usage" }).click();
    await eventually(async () =>
      expect(
        await page.getByRole("meter", { name: "Active calls" }).getAttribute("aria-valuetext"),
      ).toBe("2 of 50"),
    );
    // Usage alerts: the two every organization starts with; one added, then deleted.
    await page
      .getByRole("cell", { name: "Calls this month at 80 % of the limit", exact: true })
      .waitFor();
    await page
      .getByRole("cell", { name: "Calls this month at 100 % of the limit", exact: true })
      .waitFor();
    await page.getByLabel("Metric", { exact: true }).selectOption("active_calls");
    await page.getByLabel("Threshold as", { exact: true }).selectOption("value");
    await page.getByLabel("Value", { exact: true }).fill("40");
    await page.getByRole("button", { name: "Add alert" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Alert added: Active calls at 40." })
      .waitFor();
    await page.getByRole("cell", { name: "Active calls at 40", exact: true }).waitFor();
    await page.getByRole("button", { name: "Delete alert: Active calls at 40" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Alert deleted: Active calls at 40." })
      .waitFor();
    await page
      .getByRole("cell", { name: "Active calls at 40", exact: true })
      .waitFor({ state: "detached" });
    await page.getByText("Analytics is off").waitFor();
    await page.getByRole("switch", { name: "Analytics" }).check();
    await page.getByRole("button", { name: "Turn analytics on" }).click();
    await page.getByRole("img", { name: /Calls per day: 3 in all/ }).waitFor();
    await page.getByRole("combobox", { name: /^Split by/ }).selectOption("direction");
    await page
      .getByRole("listitem")
      .filter({ hasText: /^inbound$/ })
      .waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("calls-day.csv");
    await check("usage");

    // Activity: the trail, sealed by the scheduled sweep, verified through its signed checkpoint.
    const sweep = await fetch(`${origin}/cdn-cgi/local/scheduled?cron=*+*+*+*+*`);
    expect(sweep.status).toBe(200);
    await page.getByRole("link", { name: "Activity" }).click();
    await page.getByText("sip_password").first().waitFor();
    await page
      .getByText(/\[redacted\]/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Verify the trail" }).click();
    await eventually(async () =>
      expect(
        await page.getByRole("status").filter({ hasText: "Trail intact" }).textContent(),
      ).toMatch(/verified through entry #\d+/),
    );
    await page.getByText(/signature valid/).waitFor();
    await check("activity");

    await page.getByRole("link", { name: "Resources" }).click();
    await page.getByRole("heading", { name: "Calls (3)" }).waitFor();
    await check("resources");

    // Leaving: the export, then the deletion confirmed by the name: on the enterprise plan it
    // waits 30 days, and is cancelled; asked again, it is run at once and followed to its receipt.
    await page.getByRole("link", { name: "Leaving" }).click();
    const [exported] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download export" }).click(),
    ]);
    expect(exported.suggestedFilename()).toBe(`export-${tenantId}.json`);
    // Deactivated (soft delete: data kept, no new calls), then active again.
    await page.getByRole("button", { name: "Deactivate organization" }).click();
    await page.getByRole("button", { name: "Reactivate organization" }).click();
    await page.getByRole("button", { name: "Deactivate organization" }).waitFor();
    await page.getByRole("button", { name: "Preview deletion" }).click();
    await page.getByRole("table", { name: "What the deletion removes" }).waitFor();
    await page.getByRole("checkbox", { name: /force/ }).check();
    const remove = page.getByRole("button", { name: "Delete organization" });
    await eventually(async () => expect(await remove.isDisabled()).toBe(true));
    await page
      .getByLabel("Type the organization's name to confirm", { exact: true })
      .fill(ORGANIZATION);
    await page.getByText(/Deleting now schedules the deletion for/).waitFor();
    await check("leaving");
    await remove.click();
    await page.getByRole("heading", { name: "Deletion scheduled" }).waitFor();
    const inThirtyDays = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
    expect(
      await page.getByRole("status").filter({ hasText: "will be deleted on" }).textContent(),
    ).toContain(String(inThirtyDays.getUTCFullYear()));
    await check("deletion-scheduled");
    await page.getByRole("button", { name: "Cancel deletion" }).click();
    await page.getByRole("button", { name: "Deactivate organization" }).waitFor();
    await page.getByRole("button", { name: "Preview deletion" }).click();
    await page.getByRole("table", { name: "What the deletion removes" }).waitFor();
    await page
      .getByLabel("Type the organization's name to confirm", { exact: true })
      .fill(ORGANIZATION);
    await remove.click();
    await page.getByRole("button", { name: "Delete now" }).click();
    // The deletion's steps run one queue message at a time in the local runtime: seconds on a
    // quiet machine, minutes while the other test files keep both cores busy (a step that times
    // out is retried after 10 s, then 20 s, 40 s). What the page said is kept for a failure.
    await page
      .getByRole("heading", { name: "Deletion receipt" })
      .waitFor({ timeout: 240_000 })
      .catch(async (error: unknown) => {
        const said = await page.locator("main").textContent();
        throw new Error(`no receipt; the page said: ${said}`, { cause: error });
      });
    await check("receipt");

    expect(cspErrors).toEqual([]);
    expect(elsewhere).toEqual([]);
    await context.close();
  }, 330_000);

  it("runs a family: creates a sub-account, sees the pool, acts in it and comes back", async () => {
    const { origin } = api as LocalApi;
    const parent = {
      email: `agency-${Date.now()}@acme-voice.example`,
      password: "agency password 1",
    };
    const signup = await fetch(`${origin}/v1/auth/signup`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...parent, name: "Acme Agency" }),
    });
    expect(signup.status).toBe(201);
    const { access_token: token, tenant_id: parentId } = (await signup.json()) as {
      access_token: string;
      tenant_id: string;
    };
    // Sub-accounts come with the business plan.
    await send(origin, parentId, token, "PUT", "", { billing_plan: "business" });

    const context = await (browser as Browser).newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const elsewhere = guardOrigin(page, origin);
    const check = checker(page);
    await page.goto(origin);
    await page.getByLabel("Email", { exact: true }).fill(parent.email);
    await page.getByLabel("Password", { exact: true }).fill(parent.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Organization", exact: true, level: 1 }).waitFor();

    // A limit above the parent's is refused at its field, with the API's reason.
    await page.getByRole("link", { name: "Sub-accounts" }).click();
    await page.getByRole("heading", { name: "Sub-accounts (0)" }).waitFor();
    await page.getByLabel("Sub-account name", { exact: true }).fill("Acme Clinic");
    await page.getByLabel("Its concurrent calls", { exact: true }).fill("999");
    await page.getByRole("button", { name: "Create sub-account" }).click();
    const concurrent = page.getByLabel("Its concurrent calls", { exact: true });
    await eventually(async () =>
      expect(await description(concurrent)).toMatch(/exceeds the parent's/),
    );

    // Created within the parent's limits: listed, and in the family's pool beside the parent.
    await concurrent.fill("2");
    await page.getByRole("button", { name: "Create sub-account" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Sub-account created: Acme Clinic." })
      .waitFor();
    await page.getByRole("heading", { name: "Sub-accounts (1)" }).waitFor();
    const pool = page.getByRole("region", { name: "The family's pool" });
    await eventually(async () =>
      expect(await pool.getByRole("row", { name: /Acme Clinic/ }).textContent()).toBe(
        "Acme Clinic0 of 20 of 100",
      ),
    );
    await pool.getByRole("row", { name: /Acme Agency/ }).waitFor();
    await check("subaccounts");

    // Switched: the console's pages act on the sub-account, and say so with a way back.
    await page.getByRole("button", { name: "Switch to Acme Clinic" }).click();
    await page.getByRole("heading", { name: "Organization", exact: true, level: 1 }).waitFor();
    await eventually(async () =>
      expect(await page.getByLabel("Organization name", { exact: true }).inputValue()).toBe(
        "Acme Clinic",
      ),
    );
    await page.getByText("In sub-account Acme Clinic").waitFor();
    expect(await page.getByRole("link", { name: "Sub-accounts" }).count()).toBe(0);
    await check("subaccount-settings");
    await page.getByRole("button", { name: "Back to the parent" }).click();
    await page.getByRole("heading", { name: "Sub-accounts (1)" }).waitFor();
    await page.getByRole("link", { name: "Organization" }).click();
    await eventually(async () =>
      expect(await page.getByLabel("Organization name", { exact: true }).inputValue()).toBe(
        "Acme Agency",
      ),
    );
    expect(await page.getByText("In sub-account").count()).toBe(0);
    expect(elsewhere).toEqual([]);
    await context.close();
  }, 60_000);
});

/** Tab reaches every control, axe at both widths, and the screenshots when asked for. */
function checker(page: Page) {
  return async (name: string) => {
    expect(await unreachableByKeyboard(page), `${name} by keyboard`).toEqual([]);
    for (const [width, size] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      await page.setViewportSize(size);
      expect(await seriousViolations(page), `${name} at ${width}`).toEqual([]);
      expect(await overflowsSideways(page), `${name} scrolls sideways at ${width}`).toBe(false);
      if (SCREENSHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
      }
    }
    await page.setViewportSize(DESKTOP);
  };
}

/** Every request the page makes, checked: one outside the origin is refused and remembered. */
function guardOrigin(page: Page, origin: string) {
  const elsewhere: string[] = [];
  void page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  return elsewhere;
}

function collectCspErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) errors.push(message.text());
  });
  return errors;
}

/** Whether the page is wider than the window: at 390 px nothing may need sideways scrolling. */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** A request to the tenant's API with the key, as a backend would send it. */
async function send(
  origin: string,
  tenantId: string,
  key: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${origin}/v1/tenants/${tenantId}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

/** Three calls through the API with the key: two active, one ended. */
async function startCalls(origin: string, tenantId: string, key: string) {
  const agent = await send(origin, tenantId, key, "POST", "/agents", { name: "Front desk" });
  const calls = [];
  for (const direction of ["inbound", "outbound", "inbound"]) {
    calls.push(
      await send(origin, tenantId, key, "POST", "/calls", {
        agent_id: agent.id,
        direction,
        from_number: "+15550100",
        to_number: "+15550199",
      }),
    );
  }
  await send(origin, tenantId, key, "POST", `/calls/${calls[0]?.id}/end`, {});
}
