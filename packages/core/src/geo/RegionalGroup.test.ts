import { describe, expect, it } from "vitest";
import { availableLanguages } from "../text/LocalizedText";
import { LocalizedText } from "../text/LocalizedText";
import { REGIONAL_GROUPS, REGIONAL_GROUP_LABELS, RegionalGroup } from "./RegionalGroup";

describe("the five UN regional groups", () => {
  it("there are five, each sharing the podium of a thematic discussion", () => {
    expect(REGIONAL_GROUPS).toHaveLength(5);
    expect(RegionalGroup.options).toEqual([...REGIONAL_GROUPS]);
  });

  it("each has an English and a Chinese name", () => {
    for (const group of REGIONAL_GROUPS) {
      const label = LocalizedText.parse(REGIONAL_GROUP_LABELS[group]);
      expect(availableLanguages(label)).toEqual(expect.arrayContaining(["zh", "en"]));
    }
    expect(REGIONAL_GROUP_LABELS["latin-american-caribbean"].en).toBe("Latin American and Caribbean States");
  });

  it("ids are fixed: a misspelt group is rejected", () => {
    expect(RegionalGroup.safeParse("western-european-others").success).toBe(false);
    expect(RegionalGroup.safeParse("asia-pacific").success).toBe(true);
  });
});
