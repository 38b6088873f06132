import { describe, expect, it } from "vitest";
import { documentWidth, seriousViolations, TESTED_LANGUAGES, useDemoBrowser } from "./DemoBrowser";

const { open } = useDemoBrowser();

describe.each(TESTED_LANGUAGES)("the mandate pages in %s", (language) => {
  it.each([
    ["the list", "/mandates"],
    ["GA resolution 65/230", "/mandates/a-res-65-230"],
    ["GA resolution 74/173", "/mandates/a-res-74-173"],
  ])("%s loads with no serious or critical accessibility violation", async (_name, path) => {
    const { page, errors } = await open(`/${language}${path}`);
    await page.locator("main table, main .lineage").first().waitFor();
    expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await documentWidth(page)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a mandate's lineage", () => {
  it("reads both ways: 65/230 endorses the Salvador Declaration, and the Doha Declaration updated it", async () => {
    const { page } = await open("/en/mandates/a-res-65-230");
    const followsFrom = page.locator(".lineage-tree").nth(0);
    const followedBy = page.locator(".lineage-tree").nth(1);
    await followsFrom.waitFor();
    expect(await followsFrom.textContent()).toMatch(/endorses\s*Salvador Declaration/);
    expect(await followedBy.textContent()).toMatch(/updated by\s*Doha Declaration/);
    expect(await followedBy.textContent()).toMatch(/continued by\s*CCPCJ resolution 26\/4/);
    await page.context().close();
  });

  it("labels the graph's arrows in the page's language", async () => {
    const { page } = await open("/ar/mandates/a-res-65-230");
    const labels = await page.locator(".lineage-graph .lineage-edge-label").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => /[a-z]/i.test(label))).toEqual([]);
    expect(labels).toContain("يؤيد");
    await page.context().close();
  });

  it("cites a CCPCJ resolution as Chinese cites it on a Chinese page", async () => {
    const { page } = await open("/zh/mandates/a-res-65-230");
    const followedBy = page.locator(".lineage-tree").nth(1);
    await followedBy.waitFor();
    expect(await followedBy.textContent()).toContain("预防犯罪和刑事司法委员会第26/4号决议");
    expect(await page.locator(".lineage-graph").textContent()).not.toContain("CCPCJ resolution");
    await page.context().close();
  });

  it("links each mandate of the tree to its own page", async () => {
    const { page } = await open("/en/mandates/a-res-65-230");
    await page.locator(".lineage-tree a", { hasText: "CCPCJ resolution 26/4" }).click();
    await page.locator("main h1", { hasText: "CCPCJ resolution 26/4" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/en/mandates/ccpcj-res-26-4");
    expect(await page.locator(".lineage-tree").first().textContent()).toMatch(/continues\s*A\/RES\/65\/230/);
    await page.context().close();
  });

  it("shows 74/173's report to the 29th session moved to the 30th", async () => {
    const { page } = await open("/en/mandates/a-res-74-173");
    const obligation = page.locator(".obligation").first();
    await obligation.waitFor();
    expect(await obligation.textContent()).toMatch(/Moved from session 29 to session 30/);
    await page.context().close();
  });
});

describe("the mandates list", () => {
  it("names each kind and adopting body in the page's language, never as a code", async () => {
    const { page } = await open("/zh/mandates");
    await page.locator("main table").waitFor();
    // A symbol or citation is the mandate's name in every language; its kind and body are words.
    const kindsAndBodies = await page
      .locator("main table tbody td:nth-child(2), main table tbody td:nth-child(3)")
      .allTextContents();
    expect(kindsAndBodies.length).toBeGreaterThan(20);
    expect(kindsAndBodies.filter((text) => /[a-z]/i.test(text))).toEqual([]);
    expect(kindsAndBodies).toContain("大会");
    await page.context().close();
  });

  it.each([
    ["en", "left"],
    ["ar", "right"],
  ] as const)(
    "is drawn as a graph in %s, what it follows from on the %s, each arrow labelled as it reads",
    async (language, earlierSide) => {
      const { page } = await open(`/${language}/mandates/a-res-65-230`);
      const graph = page.locator("main .lineage-graph svg[role=img]");
      await graph.waitFor();
      expect(await graph.getAttribute("aria-label")).not.toBe("");
      const box = async (name: string) =>
        (await page.locator(".lineage-node", { has: page.locator("title", { hasText: name }) }).boundingBox())!;
      const current = (await page.locator(".lineage-node.is-current").boundingBox())!;
      const salvador = await box("Salvador Declaration");
      const doha = await box("Doha Declaration");
      // The earlier mandate on the side where reading starts, the later ones on the other.
      if (earlierSide === "left") expect(salvador.x).toBeLessThan(current.x);
      else expect(salvador.x).toBeGreaterThan(current.x);
      expect(Math.sign(doha.x - current.x)).toBe(-Math.sign(salvador.x - current.x));
      if (language === "en")
        expect(await page.locator(".lineage-edge-label").allTextContents()).toEqual(
          expect.arrayContaining(["endorses", "updated by", "continued by", "endorsed by"]),
        );
      await page.context().close();
    },
  );
});
