import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seriousViolations, TESTED_LANGUAGES, useDemoBrowser } from "./DemoBrowser";

const { open, demo } = useDemoBrowser();
const DISCUSSION = "ccpcj-20-thematic-discussion";

/** The editor token the demo wrote into its folder on start. */
function editorToken(): string {
  const folder = join(demo().folder, ".remit-demo");
  const file = readdirSync(folder).find((name) => name.startsWith("editor-token"));
  if (file === undefined) throw new Error(`the demo wrote no editor token into ${folder}`);
  return readFileSync(join(folder, file), "utf8").trim();
}

describe("the live session mode", () => {
  it("runs the speakers' list from the keyboard while a projector view in a second window follows", async () => {
    const projector = await open(`/en/projector/${DISCUSSION}`);
    const moderator = await open(`/en/sessions`);
    const token = editorToken();
    // What the sign-in page does: keep the editor token for this tab.
    await moderator.page.evaluate((secret) => {
      const storage = (globalThis as unknown as { sessionStorage: { setItem: (key: string, value: string) => void } })
        .sessionStorage;
      storage.setItem("remit-editor-token", secret);
    }, token);
    await moderator.page.goto(`${demo().url}/en/live/${DISCUSSION}`, { waitUntil: "networkidle" });
    const page = moderator.page;
    await page.locator("main h1").waitFor();

    // Add a keynote speaker with the keyboard only: focus the kind, choose, type the name, submit with Enter.
    await page.getByLabel("Kind").focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Panellist Amina");
    await page.keyboard.press("Enter");
    const row = page.locator("main table tbody tr", { hasText: "Panellist Amina" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Keynote presentation");

    // Give that speaker the floor with Enter on the row's button.
    await row.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await page.locator(".live-clock.is-running, .live-clock.is-warning").waitFor();
    expect(await page.locator(".live-clock h2").textContent()).toContain("Panellist Amina");

    // The projector, in its own window, shows the same speaker and a clock counting down from 10:00.
    await projector.page
      .locator(".projector .live-clock h2", { hasText: "Panellist Amina" })
      .waitFor({ timeout: 10_000 });
    const first = await projector.page.locator(".projector .live-time").textContent();
    expect(first).toMatch(/^(10:00|9:5\d)$/);
    await projector.page.waitForTimeout(1500);
    expect(await projector.page.locator(".projector .live-time").textContent()).not.toBe(first);

    // Pause from the moderator's screen: the projector says the clock is paused.
    await page.getByRole("button", { name: "Pause" }).focus();
    await page.keyboard.press("Enter");
    await projector.page
      .locator(".projector .live-status", { hasText: "The clock is paused" })
      .waitFor({ timeout: 10_000 });
    // The moderator's list shows the seconds used once its own page has the paused state (it
    // may come after the projector's, each page following the store on its own stream).
    await page.locator("main table tbody tr.has-floor", { hasText: /0:0\d/ }).waitFor({ timeout: 10_000 });

    expect(moderator.errors).toEqual([]);
    expect(projector.errors).toEqual([]);
    await projector.page.context().close();
    await page.context().close();
  });

  it.each(TESTED_LANGUAGES)(
    "the moderator's screen and the projector view in %s have no serious accessibility violation",
    async (language) => {
      for (const path of [`/${language}/live/${DISCUSSION}`, `/${language}/projector/${DISCUSSION}`]) {
        const { page, errors } = await open(path);
        expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    },
  );
});
