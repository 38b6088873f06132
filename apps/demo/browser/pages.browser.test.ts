import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentWidth, seriousViolations, TESTED_LANGUAGES, useDemoBrowser } from "./DemoBrowser";

const PAGES = [
  ["dashboard", "/"],
  ["activities", "/activities"],
  ["activities filtered", "/activities?topic=cryptocurrency"],
  ["activity", "/activities/act-2020-central-america-teacher-training"],
] as const;

const { demo, open } = useDemoBrowser();

/** Stores a new activity of 2020 under GA 74/173 with the given title, through the API with the editor token. */
function putActivity(id: string, title: Readonly<Record<string, string>>): Promise<Response> {
  const token = readFileSync(`${demo().folder}/.remit-demo/editor-token`, "utf8").trim();
  const activity = {
    id,
    title,
    kind: "training",
    topics: [],
    countries: { named: [] },
    regions: { m49: [], named: [] },
    period: { start: "2020" },
    languages: [],
    partners: [],
    audiences: [],
    mandateIds: ["a-res-74-173"],
    provenance: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [17] }],
  };
  return fetch(`${demo().url}/api/activities/${id}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "if-none-match": "*" },
    body: JSON.stringify(activity),
  });
}

describe.each(TESTED_LANGUAGES)("every page in %s", (language) => {
  it.each(PAGES)("%s loads with no serious or critical accessibility violation", async (_name, path) => {
    const { page, errors } = await open(`/${language}${path}`);
    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("Arabic", () => {
  it("mirrors the layout: the title at the right, the languages at the left", async () => {
    const { page } = await open("/ar/");
    const brand = await page.locator(".brand").boundingBox();
    const languages = await page.locator(".languages").boundingBox();
    expect(brand!.x).toBeGreaterThan(languages!.x);
    expect(await documentWidth(page)).toBeLessThanOrEqual(1280);
    await page.context().close();
  });

  it("shows a record text that exists only in English with a marker saying so", async () => {
    // The seeds are translated into the six languages: the test stores a text that is not.
    const put = await putActivity("act-english-only", { en: "A workshop recorded only in English" });
    expect(put.ok, await put.clone().text()).toBe(true);
    const { page } = await open("/ar/activities/act-english-only");
    const title = page.locator("main h1");
    await expect.poll(() => title.textContent()).toMatch(/only in English/);
    expect(await title.locator(".fallback-marker").textContent()).toMatch(/فقط/);
    expect(await title.locator("[lang=en]").getAttribute("dir")).toBe("ltr");
    await page.context().close();
  });
});

describe("a stored title with markup", () => {
  it("renders as text, never as markup", async () => {
    const payload = `<img src=x onerror="window.__xss=1">Hacked <script>window.__xss=2</script>`;
    const put = await putActivity("act-xss-probe", { en: payload });
    expect(put.ok, await put.clone().text()).toBe(true);
    for (const path of ["/en/activities?text=Hacked", "/en/activities/act-xss-probe", "/en/"]) {
      const { page } = await open(path);
      if (path !== "/en/")
        await expect.poll(() => page.getByText(payload).count(), { message: path }).toBeGreaterThan(0);
      expect(await page.locator("main img").count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await page.context().close();
    }
  });
});
