import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentWidth, seriousViolations, TESTED_LANGUAGES, useDemoBrowser } from "./DemoBrowser";

const { open } = useDemoBrowser();

describe.each(TESTED_LANGUAGES)("the report and exports pages in %s", (language) => {
  it.each([
    ["the report on GA resolution 74/173 for 2020", "/report"],
    ["the exports", "/exports"],
    ["the exports of filtered activities", "/exports?topic=cryptocurrency"],
  ])("%s loads with no serious or critical accessibility violation", async (_name, path) => {
    const { page, errors } = await open(`/${language}${path}`);
    await page.locator("main .report, main .formats").first().waitFor();
    expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await documentWidth(page)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("writes the report in the page's language and direction", async () => {
    const { page } = await open(`/${language}/report`);
    const report = page.locator("main .report");
    await report.waitFor();
    expect(await report.getAttribute("lang")).toBe(language);
    expect(await report.getAttribute("dir")).toBe(language === "ar" ? "rtl" : "ltr");
    await page.context().close();
  });
});

describe("the report", () => {
  it("links each figure, qualifier kept, to its sources", async () => {
    const { page } = await open("/en/report?mandate=a-res-74-173&period=2020");
    const figure = page.locator(".report-figure", { hasText: "more than 5,600" }).first();
    await figure.waitFor();
    await figure.click();
    const row = page.locator(`tr:target`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/more than 5,600.*E\/CN\.15\/2021/);
    await page.context().close();
  });

  it("downloads as DOCX in the page's language", async () => {
    const { page } = await open("/zh/report");
    await page.locator("main .report").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".downloads a[href*='format=docx']").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(new URL(download.url()).searchParams.get("lang")).toBe("zh");
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await page.context().close();
  });
});

describe("the exports", () => {
  it("downloads the activities the filters select as CSV", async () => {
    const { page } = await open("/en/exports?topic=cryptocurrency");
    await page.locator(".formats").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".formats a[href^='/api/exports/csv']:not([href*='bom'])").click(),
    ]);
    const lines = readFileSync(await download.path(), "utf8")
      .trim()
      .split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes("cryptocurrency"))).toBe(true);
    await page.context().close();
  });

  it("offers no calendar of sessions for filtered activities, and says why", async () => {
    const { page } = await open("/en/exports?topic=cryptocurrency");
    await page.locator(".formats").waitFor();
    expect(await page.locator("a[href^='/api/exports/ics']").count()).toBe(0);
    expect(await page.locator(".formats").textContent()).toMatch(/clear them to download it/);
    await page.context().close();
  });
});
