/// <reference types="node" />
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalApi, startLocalApi } from "../../support/local-api";

// Debian's package; .ci/run installs it when missing.
const CHROMIUM = "/usr/bin/chromium";

/** A tag in the sidebar, and an operation it lists once opened. */
const OPERATIONS = [
  ["Tenant", "Update tenant"],
  ["Calls", "Start call"],
  ["Agents", "Create agent"],
] as const;

describe("the /docs page in a browser", () => {
  let api: LocalApi | undefined;
  let browser: Browser | undefined;

  // At most 196 s in all: starting the server (migrations, then `wrangler dev`: about 15 s alone,
  // three times that on 2 cores busy with the other test files) and the browser, the page,
  // stopping both.
  beforeAll(async () => {
    // Both settled before failing, so whatever did start is stopped below.
    const [server, chrome] = await Promise.allSettled([
      startLocalApi({ readyMs: 90_000 }),
      chromium.launch({ executablePath: CHROMIUM }),
    ]);
    if (server.status === "fulfilled") api = server.value;
    if (chrome.status === "fulfilled") browser = chrome.value;
    for (const started of [server, chrome]) if (started.status === "rejected") throw started.reason;
  }, 98_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  }, 8_000);

  it("renders the operations, and sends a request with a bearer token, from this server alone", async () => {
    const { origin } = api as LocalApi;
    const owner = await signUp(origin);
    const page = await (browser as Browser).newPage();
    // The page's 5 MB script parsed and run by a browser on cores busy with other test files.
    page.setDefaultTimeout(30_000);
    const elsewhere: string[] = [];
    const scripts: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    page.on("response", (res) => {
      if (res.request().resourceType() === "script") scripts.push(`${res.status()} ${res.url()}`);
    });

    await page.goto(`${origin}/docs`);
    await page.getByText("Sign up", { exact: true }).first().waitFor();
    for (const [tag, summary] of OPERATIONS) {
      await page.getByRole("link", { name: tag, exact: true }).click();
      await page.getByText(summary, { exact: true }).first().waitFor();
    }

    await page.getByPlaceholder("Token").first().fill(owner.token);
    await page.getByRole("link", { name: /^Get tenant/ }).click();
    await page
      .locator("section", { has: page.getByRole("heading", { name: "Get tenant", exact: true }) })
      .getByRole("button", { name: "Test Request" })
      .click();
    const client = page.getByRole("dialog");
    await client
      .getByRole("row", { name: /tenant_id/ })
      .getByRole("combobox", { name: "Value" })
      .fill(owner.tenantId);
    const [answer] = await Promise.all([
      page.waitForResponse(`${origin}/v1/tenants/${owner.tenantId}`),
      client.getByRole("button", { name: /^Send get request/ }).click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(answer.request().headers().authorization).toBe(`Bearer ${owner.token}`);

    expect(scripts).toEqual([`200 ${origin}/docs/assets/scalar.js`]);
    expect(elsewhere).toEqual([]);
  }, 90_000);
});

async function signUp(origin: string) {
  const res = await fetch(`${origin}/v1/auth/signup`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: "docs-owner@example.com", password: "correct horse battery" }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { access_token: string; tenant_id: string };
  return { token: body.access_token, tenantId: body.tenant_id };
}
