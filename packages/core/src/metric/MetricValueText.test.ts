import { describe, expect, it } from "vitest";
import { formatMetricValue } from "./MetricValueText";
import { atLeast, exact, moreThan } from "./Quantity";
import type { Share } from "./Share";

// ¶21: El Salvador, 263 cases in 2018–2020, 40% of them online child sexual exploitation.
const elSalvadorChildren: Share = { basis: "percent", percent: exact(40), denominator: exact(263, { unit: "case" }) };
// ¶21: Honduras 2020, 7 of every 10 child victims were girls: a rate, not ten victims.
const hondurasGirls: Share = {
  basis: "counted",
  numerator: exact(7, { unit: "person" }),
  denominator: exact(10, { unit: "person" }),
  ratio: true,
};

describe("a figure as a reader sees it", () => {
  it("a quantity keeps its qualifier and scale, and leaves the unit to the indicator's name", () => {
    expect(formatMetricValue(moreThan(5600, { unit: "person" }), "en")).toBe("more than 5,600");
    expect(formatMetricValue(exact(28_500_000, { multiplier: "million" }), "en")).toBe("28.5 million");
    expect(formatMetricValue(moreThan(5600, { unit: "person" }), "zh")).toBe("5,600多");
  });

  it("a share is never a bare percentage when its whole is known: 40% of 263", () => {
    expect(formatMetricValue(elSalvadorChildren, "en")).toBe("40% of 263");
    expect(formatMetricValue(elSalvadorChildren, "fr")).toMatch(/^40\s?% de 263$/u);
    expect(formatMetricValue(elSalvadorChildren, "zh")).toBe("40%（共263）");
  });

  it("a sentence that names the whole itself asks for the percentage alone", () => {
    expect(formatMetricValue(elSalvadorChildren, "en", { whole: false })).toBe("40%");
  });

  it("a rate has no whole to name: 7 of every 10 is 70%, not 70% of 10", () => {
    expect(formatMetricValue(hondurasGirls, "en")).toBe("70%");
  });

  it("two counts give a percentage with the qualifier their bounds allow", () => {
    const trained: Share = { basis: "counted", numerator: moreThan(60), denominator: exact(100) };
    expect(formatMetricValue(trained, "en")).toBe("more than 60% of 100");
    const atLeastHalf: Share = { basis: "percent", percent: atLeast(50) };
    expect(formatMetricValue(atLeastHalf, "en")).toBe("at least 50%");
  });

  it("Chinese writes 超过50%, never 50多%, before a percent sign", () => {
    const overHalf: Share = { basis: "percent", percent: moreThan(50) };
    expect(formatMetricValue(overHalf, "zh")).toBe("超过50%");
    expect(formatMetricValue(overHalf, "en")).toBe("more than 50%");
  });
});
