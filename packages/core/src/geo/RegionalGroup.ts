import * as z from "zod/mini";
import type { LocalizedText } from "../text/LocalizedText";

/**
 * The five United Nations regional groups, in the order the documents list them; the
 * Commission's thematic discussions give each a seat on the podium (decision 18/1).
 */
export const REGIONAL_GROUPS = [
  "african",
  "asia-pacific",
  "eastern-european",
  "latin-american-caribbean",
  "western-european-other",
] as const;

/**
 * One of the five UN regional groups.
 * @example RegionalGroup.parse("latin-american-caribbean")
 */
export const RegionalGroup = z.enum(REGIONAL_GROUPS);
/** One of the five UN regional groups. */
export type RegionalGroup = z.infer<typeof RegionalGroup>;

/** The name of each regional group, in English and Chinese. */
export const REGIONAL_GROUP_LABELS: Readonly<Record<RegionalGroup, LocalizedText>> = {
  african: { en: "African States", zh: "非洲国家组" },
  "asia-pacific": { en: "Asia-Pacific States", zh: "亚洲-太平洋国家组" },
  "eastern-european": { en: "Eastern European States", zh: "东欧国家组" },
  "latin-american-caribbean": { en: "Latin American and Caribbean States", zh: "拉丁美洲和加勒比国家组" },
  "western-european-other": { en: "Western European and other States", zh: "西欧和其他国家组" },
};
