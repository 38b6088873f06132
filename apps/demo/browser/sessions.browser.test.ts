import { describe, expect, it } from "vitest";
import { documentWidth, seriousViolations, TESTED_LANGUAGES, useDemoBrowser } from "./DemoBrowser";

const { open } = useDemoBrowser();

describe.each(TESTED_LANGUAGES)("the session pages in %s", (language) => {
  it.each([
    ["the list with the reports due at CCPCJ 30", "/sessions"],
    ["the CCPCJ 20th session with its thematic discussion", "/sessions/ccpcj-20"],
    ["the ad hoc committee's organizational session", "/sessions/ahc-cybercrime-org"],
  ])("%s loads with no serious or critical accessibility violation", async (_name, path) => {
    const { page, errors } = await open(`/${language}${path}`);
    await page.locator("main table, main .timeline, main .checklist").first().waitFor();
    expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await documentWidth(page)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a session's schedule", () => {
  it("shows each postponement of the ad hoc committee with the decision that made it", async () => {
    const { page } = await open("/en/sessions/ahc-cybercrime-org");
    const steps = page.locator(".timeline > li");
    await steps.first().waitFor();
    expect(await steps.count()).toBe(4);
    expect(await steps.nth(1).textContent()).toMatch(/Postponed.*no later than 1 March 2021.*GA decision 74\/567/);
    expect(await steps.nth(3).textContent()).toMatch(/Postponed.*10( – 12)? May 2021.*GA decision 75\/555/);
    await steps.nth(1).locator("a", { hasText: "GA decision 74/567" }).click();
    await page.locator("main h1", { hasText: "GA decision 74/567" }).waitFor();
    await page.context().close();
  });

  it("cites the decisions as the page's language cites them", async () => {
    const { page } = await open("/ar/sessions/ahc-cybercrime-org");
    const steps = page.locator(".timeline > li");
    await steps.first().waitFor();
    expect(await steps.nth(1).locator("a").textContent()).toBe("مقرر الجمعية العامة 74/567");
    expect(await page.locator(".timeline").textContent()).not.toContain("GA decision");
    await page.context().close();
  });
});

describe("the reporting checklist", () => {
  it("lists 74/173's report at the 30th session, moved from the 29th, as reported", async () => {
    const { page } = await open("/en/sessions?body=ccpcj&session=30");
    const row = page.locator("main table tbody tr", { hasText: "A/RES/74/173" });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/moved from session 29.*reported as \u2068?E\/CN\.15\/2021/);
    await page.context().close();
  });

  it("lists it at the 29th session as moved away", async () => {
    const { page } = await open("/en/sessions?body=ccpcj&session=29");
    const row = page.locator("main table tbody tr", { hasText: "A/RES/74/173" });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/was due here; moved to session 30/);
    await page.context().close();
  });
});

describe("the decision 18/1 checklist", () => {
  it("reads each rule in words, with its deadline, and says what the records miss", async () => {
    const { page } = await open("/en/sessions/ccpcj-20");
    const checklist = page.locator(".checklist");
    await checklist.waitFor();
    const text = (await checklist.textContent()) ?? "";
    expect(text).toMatch(/nominate panellists at least two months before the session.*Deadline: 11 February 2011/);
    expect(text).toMatch(/Missing: the dates the guide was issued in each language/);
    expect(text).not.toMatch(/nomination-deadline|panel\.|\bunknown\b/);
    await page.context().close();
  });
});
