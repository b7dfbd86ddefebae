/// <reference types="node" />
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";

/** The few browser globals the page functions here and in the journey use (no DOM lib here). */
declare const document: {
  cookie: string;
  activeElement: unknown;
  documentElement: { scrollWidth: number };
  getElementById(id: string): { textContent: string | null } | null;
};
declare const window: { innerWidth: number };

// Debian's package; .ci/run installs it when missing.
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"];

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown }[] };

/**
 * axe-core's serious and critical violations on the page as it is now. The script is evaluated
 * through the browser's debugging protocol: the page's Content-Security-Policy forbids injecting it.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations: Violation[] = await page.evaluate(async () => {
    const run = (
      globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }
    ).axe.run;
    const result = await run({ resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
}

/** Retries an assertion about the page until it holds, or fails with its last error. */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The text of the elements a control's `aria-describedby` names: its hint and its error. */
export const description = (locator: Locator) =>
  locator.evaluate((element: { getAttribute(name: string): string | null }) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );

/** Marks the page's keyboard stops (one radio a group) and counts them; run in the page. */
const MARK_STOPS = `(() => {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  const groups = new Set();
  let count = 0;
  for (const element of document.querySelectorAll(selector)) {
    if (element.closest("fieldset:disabled") || element.getClientRects().length === 0) continue;
    if (element.type === "radio") {
      if (groups.has(element.name) || !element.checked) continue;
      groups.add(element.name);
    }
    element.dataset.stop = String(count++);
  }
  document.activeElement?.blur();
  return count;
})()`;

/**
 * The controls of the page that Tab never reaches (as "tag: text"): every page must work by
 * keyboard alone. Walks the tab order from the top until it comes round.
 */
export async function unreachableByKeyboard(page: Page): Promise<string[]> {
  const stops: number = await page.evaluate(MARK_STOPS);
  const reached = new Set<string>();
  for (let i = 0; i < stops + 3; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate("document.activeElement?.dataset?.stop ?? ''"));
  }
  const missed: string[] = await page.evaluate(`[...document.querySelectorAll("[data-stop]")]
    .filter((element) => !${JSON.stringify([...reached])}.includes(element.dataset.stop))
    .map((element) => element.tagName + ": " + (element.textContent || element.getAttribute("aria-label") || element.id))`);
  return missed;
}
