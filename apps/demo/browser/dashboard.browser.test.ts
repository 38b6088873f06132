import { describe, expect, it } from "vitest";
import { seriousViolations, useDemoBrowser } from "./DemoBrowser";

const { open } = useDemoBrowser();

describe("the dashboard's chart of people trained by region and year", () => {
  it.each([
    ["en", ["Americas", "Asia", "Not tied to a region"], "more than 6,905"],
    ["ar", ["الأمريكتان", "آسيا", "غير مرتبط بمنطقة"], "أكثر من 6,905"],
    ["zh", ["美洲", "亚洲", "不限于特定区域"], "超过6,905"],
  ])(
    "in %s, names the M49 regions in the page's language, year by year, and as a table",
    async (language, regions, americas) => {
      const { page, errors } = await open(`/${language}/?mandate=a-res-74-173&year=2020`);
      const chart = page.locator("figure.chart-wide");
      expect(await chart.locator(".bar-group-label").allTextContents()).toEqual(regions);
      await chart.locator("button.link-button").click();
      const table = chart.locator("table");
      expect(await table.locator("thead th").allTextContents()).toHaveLength(2);
      expect(await table.locator("tbody th").allTextContents()).toEqual(regions);
      expect(await table.locator("tbody tr").first().locator("td").textContent()).toBe(americas);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
