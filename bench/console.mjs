// The console's budgets, measured in the browser (Debian's Chromium, driven by playwright-core):
// the gzip bytes of the JavaScript the first page loads (goal: 150 KB; the charts' code is loaded
// only when a chart is first shown) and the largest contentful paint of the settings page (goal:
// 1 s), the median of a few fresh loads by a signed-in owner. `npm run bench` runs it against its
// server; alone, against one already running (`npm start`):
//   node bench/console.mjs [--origin http://localhost:8787] [--loads 5]

import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"];
export const CONSOLE_JS_GOAL_KB = 150;
export const SETTINGS_LCP_GOAL_MS = 1000;

/** Records the largest contentful paint from the page's first moment. */
const LCP_OBSERVER = `
  globalThis.__lcp = null;
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    globalThis.__lcp = entries[entries.length - 1].startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The JavaScript the first page loads: each script's bytes as sent, gzipped. */
async function firstPageScripts(browser, origin) {
  const page = await browser.newPage();
  const scripts = [];
  page.on("response", async (res) => {
    if (res.request().resourceType() === "script") scripts.push(res);
  });
  await page.goto(origin, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Log in" }).waitFor();
  const measured = [];
  for (const res of scripts) {
    const body = await res.body();
    measured.push({
      url: new URL(res.url()).pathname,
      bytes: body.length,
      gzipBytes: gzipSync(body).length,
    });
  }
  await page.close();
  return measured;
}

/** A new owner signed in through the page: its context holds the session cookie. */
async function signedInContext(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#/signup`);
  await page.getByLabel("Email", { exact: true }).fill(`bench-console-${Date.now()}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("correct horse battery");
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("button", { name: "Save settings" }).waitFor();
  await page.close();
  return context;
}

/** The settings page loaded afresh `loads` times: its largest contentful paint each time, in ms. */
async function settingsLcp(browser, origin, loads) {
  const context = await signedInContext(browser, origin);
  await context.addInitScript(LCP_OBSERVER);
  const paints = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    await page.goto(`${origin}/#/settings`);
    await page.getByRole("button", { name: "Save settings" }).waitFor();
    await page.waitForTimeout(300);
    paints.push(await page.evaluate(() => globalThis.__lcp));
    await page.close();
  }
  await context.close();
  return paints;
}

export async function measureConsole({ origin, loads = 5 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const scripts = await firstPageScripts(browser, origin);
    const paints = await settingsLcp(browser, origin, loads);
    const gzipBytes = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    return {
      firstPage: {
        scripts,
        gzipBytes,
        goalGzipKb: CONSOLE_JS_GOAL_KB,
        met: gzipBytes <= CONSOLE_JS_GOAL_KB * 1000,
      },
      settingsLcp: {
        loads: paints.map((ms) => Math.round(ms)),
        medianMs: Math.round(median(paints)),
        goalMs: SETTINGS_LCP_GOAL_MS,
        met: median(paints) <= SETTINGS_LCP_GOAL_MS,
      },
    };
  } finally {
    await browser.close();
  }
}

export function printConsole({ firstPage, settingsLcp }) {
  const kb = (bytes) => (bytes / 1000).toFixed(1);
  console.log("\nConsole (in Chromium)");
  console.log(
    `  first page JavaScript: ${kb(firstPage.gzipBytes)} KB gzip in ${firstPage.scripts.length} file(s) ` +
      `(goal ≤ ${firstPage.goalGzipKb} KB: ${firstPage.met ? "met" : "NOT met"})`,
  );
  console.log(
    `  settings page LCP: median ${settingsLcp.medianMs} ms of ${settingsLcp.loads.join(", ")} ` +
      `(goal ≤ ${settingsLcp.goalMs} ms: ${settingsLcp.met ? "met" : "NOT met"})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      origin: { type: "string", default: "http://localhost:8787" },
      loads: { type: "string", default: "5" },
    },
  });
  const measured = await measureConsole({ origin: values.origin, loads: Number(values.loads) });
  printConsole(measured);
}
