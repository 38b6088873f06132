import { describe, expect, it } from "vitest";
import { seriousViolations, useDemoBrowser } from "./DemoBrowser";

const { open } = useDemoBrowser();

/** The first days of the periods in the table's rows, as the API's order sees them (the year is enough here). */
async function startYears(page: Awaited<ReturnType<typeof open>>["page"]): Promise<number[]> {
  const cells = await page.locator("table.activities tbody tr td:nth-child(3)").allTextContents();
  return cells.map((text) => Number(/\d{4}/.exec(text)?.[0] ?? Number.NaN));
}

describe("the activities table", () => {
  it("sorts by a column header in the API, keeps the order in the URL, and says it with aria-sort", async () => {
    const { page, errors } = await open("/fr/activities?topic=cryptocurrency");
    await page.locator("table.activities").waitFor();
    const period = page.getByRole("columnheader", { name: "Période" });
    expect(await period.getAttribute("aria-sort")).toBeNull();

    await period.getByRole("link").click();
    await page.waitForURL(/sort=start%3Aasc|sort=start:asc/);
    await page.locator("table.activities").waitFor();
    expect(await page.getByRole("columnheader", { name: "Période" }).getAttribute("aria-sort")).toBe("ascending");
    const ascending = await startYears(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.getByRole("columnheader", { name: "Période" }).getByRole("link").click();
    await page.waitForURL(/sort=start%3Adesc|sort=start:desc/);
    await page.locator("table.activities").waitFor();
    expect(await page.getByRole("columnheader", { name: "Période" }).getAttribute("aria-sort")).toBe("descending");
    const descending = await startYears(page);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(new URL(page.url()).searchParams.get("topic")).toBe("cryptocurrency");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("an activity's page", () => {
  it("lists in the page's language and names its mandates by symbol, linked to their pages", async () => {
    const { page, errors } = await open("/zh/activities/act-2020-central-america-teacher-training");
    const field = (label: string) => page.locator(`dl.fields dt:text-is("${label}") + dd`);
    // Two topics, the first holding its own "和": the second is added with "以及", never a comma.
    expect(await field("专题").textContent()).toBe("预防网络犯罪和提高认识以及网上儿童性剥削和性虐待");
    expect(await field("国家").textContent()).toBe("萨尔瓦多、危地马拉和洪都拉斯");
    const mandate = field("任务授权").getByRole("link");
    expect(await mandate.textContent()).toBe("A/RES/74/173");
    expect(await mandate.getAttribute("href")).toBe("/zh/mandates/a-res-74-173");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("an activity whose countries the records only count", () => {
  it.each([
    ["zh", "64个国家"],
    ["ar", "64 بلدًا"],
  ] as const)("says in %s how many it reaches, in the table and on its page", async (language, words) => {
    const id = "act-2020-cybercrime-investigation-and-forensics-training";
    const { page, errors } = await open(`/${language}/activities?topic=digital-forensics`);
    const row = page.locator("main table tbody tr", { has: page.locator(`a[href$="/activities/${id}"]`) });
    expect(await row.locator("td").nth(3).textContent()).toBe(words);
    await row.locator("a").first().click();
    await page.locator("dl.fields").waitFor();
    expect(await page.locator("dl.fields").textContent()).toContain(words);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
