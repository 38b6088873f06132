import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./Chromium";
import { startDemo, type DemoProcess } from "./DemoProcess";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The languages every page is loaded in: left to right, right to left, and CJK. */
export const TESTED_LANGUAGES = ["en", "ar", "zh"] as const;

/** A page of the demo open in Chromium, with the errors it threw. */
interface OpenPage {
  readonly page: Page;
  readonly errors: string[];
}

/** The demo and a browser for one test file: started before its tests, stopped after. */
export interface DemoBrowser {
  readonly demo: () => DemoProcess;
  /** Opens a path of the demo at 1280×800 and waits for its first heading and its data. */
  readonly open: (path: string) => Promise<OpenPage>;
}

/** Starts the built demo and Chromium around the tests of the calling file. */
export function useDemoBrowser(): DemoBrowser {
  let demo: DemoProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    demo = await startDemo();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });
  return {
    demo: () => demo!,
    open: async (path) => {
      // bypassCSP only so that the test can add axe-core to the page; the app runs under its own CSP.
      const context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${demo!.url}${path}`, { waitUntil: "networkidle" });
      await page.locator("main h1").first().waitFor();
      // The heading may come before the page's data: wait until nothing says "Loading…".
      await page.locator("main .loading").first().waitFor({ state: "detached" });
      return { page, errors };
    },
  };
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core's serious and critical violations on the page, each as "rule (impact): help at selectors". */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

/** The page's document width, to see that nothing spills out of a 1280 px window. */
export function documentWidth(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );
}
