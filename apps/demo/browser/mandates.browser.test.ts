import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { documentWidth, seriousViolations, TESTED_LANGUAGES, useDemoBrowser } from "./DemoBrowser";

const { open, demo } = useDemoBrowser();

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
    // A citation is written as Chinese cites it; a symbol stays as it is.
    const names = await page.locator("main table tbody th").allTextContents();
    expect(names).toContain("大会第74/567号决定");
    expect(names).toContain("A/RES/65/230");
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
      // The declarations have no symbol: they are named by their titles, in the page's language.
      const salvador = await box(language === "ar" ? "إعلان سلفادور" : "Salvador Declaration");
      const doha = await box(language === "ar" ? "إعلان الدوحة" : "Doha Declaration");
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

describe("a declaration whose title is stored only in English", () => {
  // The Kyoto Declaration of the Fourteenth Congress (2021), stored as an editor would store it
  // before its translations: its title in English alone, reaffirming the Doha Declaration.
  beforeAll(async () => {
    const token = readFileSync(`${demo().folder}/.remit-demo/editor-token`, "utf8").trim();
    const kyoto = {
      id: "kyoto-declaration",
      kind: "declaration",
      adoptingBodyId: "crime-congress",
      title: { en: "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law" },
      provisions: [],
      reportingObligations: [],
      lineage: [{ relation: "reaffirms", target: { mandateId: "doha-declaration" }, provenance: [] }],
      provenance: [],
    };
    const answer = await fetch(`${demo().url}/api/mandates/kyoto-declaration`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "if-none-match": "*" },
      body: JSON.stringify(kyoto),
    });
    expect(answer.status, await answer.text()).toBeLessThan(300);
  });

  it.each([
    ["ar", "متاح باللغة الإنجليزية فقط"],
    ["zh", "仅有英语版本"],
  ] as const)("is marked as English in the %s lineage's tree and graph", async (language, onlyInEnglish) => {
    const { page, errors } = await open(`/${language}/mandates/doha-declaration`);
    const followedBy = page.locator(".lineage-tree").nth(1);
    await followedBy.waitFor();
    const kyoto = followedBy.locator("a", { hasText: "Kyoto Declaration" });
    expect(await kyoto.locator("[lang=en]").textContent()).toContain("Kyoto Declaration");
    expect(await kyoto.locator(".fallback-marker").textContent()).toBe(`(${onlyInEnglish})`);
    const box = page.locator(".lineage-node", { has: page.locator("title", { hasText: "Kyoto Declaration" }) });
    expect(await box.locator("text[lang=en]").textContent()).toMatch(/^Kyoto Declaration/);
    expect(await box.locator("text.fallback-marker").textContent()).toContain(`(${onlyInEnglish}`);
    // The declarations that have the page's language are shown in it, unmarked.
    expect(await page.locator("main h1").textContent()).not.toContain("Doha");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("is marked on its own page, where it is the root of its lineage", async () => {
    const { page } = await open("/ar/mandates/kyoto-declaration");
    await page.locator(".lineage-tree").first().waitFor();
    expect(await page.locator("main h1 .fallback-marker").textContent()).toBe("(متاح باللغة الإنجليزية فقط)");
    expect(await page.locator(".lineage-tree strong .fallback-marker").first().textContent()).toBe(
      "(متاح باللغة الإنجليزية فقط)",
    );
    await page.context().close();
  });
});
