import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useDemoBrowser } from "./DemoBrowser";

const { open } = useDemoBrowser();

interface Focused {
  readonly text: string;
  readonly tag: string;
  readonly outline: string;
}

/** What has the focus: its text, tag and the outline drawn around it. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    interface Element {
      readonly tagName: string;
      readonly textContent: string | null;
      readonly labels?: readonly { readonly textContent: string | null }[] | null;
      getAttribute(name: string): string | null;
    }
    const scope = globalThis as unknown as {
      document: { activeElement: Element | null };
      getComputedStyle: (element: Element) => { outlineStyle: string; outlineWidth: string };
    };
    const element = scope.document.activeElement;
    if (element === null) return { text: "", tag: "", outline: "" };
    const style = scope.getComputedStyle(element);
    return {
      // A field is known by its label, a link or button by its text.
      text: (
        element.getAttribute("aria-label") ??
        element.labels?.[0]?.textContent ??
        element.textContent ??
        ""
      ).trim(),
      tag: element.tagName.toLowerCase(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on an element whose text matches, checking at
 * every stop that the focus can be seen; fails after `limit` presses.
 */
async function tabTo(page: Page, text: RegExp, options: { backwards?: boolean; limit?: number } = {}) {
  for (let press = 0; press < (options.limit ?? 80); press++) {
    await page.keyboard.press(options.backwards === true ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    expect(now.outline, `focus on <${now.tag}> "${now.text.slice(0, 40)}" is not visible`).not.toMatch(/^none|\b0px$/);
    if (text.test(now.text)) return now;
  }
  throw new Error(`no element matching ${text} was reached with the keyboard`);
}

describe("keyboard only", () => {
  it("skips to the content, then reaches every page from the navigation with Tab and Enter", async () => {
    const { page } = await open("/en/");
    await page.locator(".figure").first().waitFor();
    await tabTo(page, /^Skip to content$/, { limit: 1 });
    await page.keyboard.press("Enter");
    expect((await focused(page)).tag).toBe("main");
    for (const [name, path] of [
      ["Activities", "/en/activities"],
      ["Mandates", "/en/mandates"],
      ["Sessions", "/en/sessions"],
      ["Report", "/en/report"],
      ["Exports", "/en/exports"],
      ["Dashboard", "/en/"],
    ] as const) {
      await tabTo(page, new RegExp(`^${name}$`), { backwards: true });
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === path);
      await page.locator("main h1").first().waitFor();
      // The link took the reader to the page: the focus moves to its content.
      await expect.poll(async () => (await focused(page)).tag).toBe("main");
    }
    await page.context().close();
  });

  it("opens a figure's sources on the dashboard", async () => {
    const { page } = await open("/en/");
    await page.locator(".figure").first().waitFor();
    const button = await tabTo(page, /^Sources of/);
    await page.keyboard.press("Enter");
    expect(await page.locator(`button[aria-expanded="true"]`, { hasText: button.text }).count()).toBe(1);
    await page.context().close();
  });

  it("follows a mandate's lineage from the list to an earlier mandate", async () => {
    const { page } = await open("/en/mandates");
    await page.locator("main table").waitFor();
    await tabTo(page, /^A\/RES\/65\/230$/);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/en/mandates/a-res-65-230");
    await page.locator(".lineage-tree").first().waitFor();
    await tabTo(page, /^CCPCJ resolution 26\/4$/);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/en/mandates/ccpcj-res-26-4");
    await page.context().close();
  });

  it("asks what is due at another session, and opens a question group of the guide", async () => {
    const { page } = await open("/en/sessions");
    await page.locator("main table").first().waitFor();
    await tabTo(page, /^Session number/);
    expect((await focused(page)).tag).toBe("input");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("29");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("session") === "29");
    await page.locator("main table tbody tr", { hasText: "moved to session 30" }).waitFor();
    await tabTo(page, /organizational session/);
    const before = page.url();
    await tabTo(page, /twentieth session|20th session|session 20/i);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.href !== before && url.pathname.startsWith("/en/sessions/"));
    await page.locator(".checklist").waitFor();
    await tabTo(page, /^1\. /);
    await page.keyboard.press("Enter");
    expect(await page.locator("details.question-group[open]").count()).toBe(1);
    await page.context().close();
  });

  it("goes from a figure of the report to its sources", async () => {
    const { page } = await open("/en/report");
    await page.locator("main .report").waitFor();
    await tabTo(page, /^more than 5,600$/, { limit: 150 });
    await page.keyboard.press("Enter");
    expect(await page.locator("tr:target").textContent()).toMatch(/more than 5,600/);
    await page.context().close();
  });
});
