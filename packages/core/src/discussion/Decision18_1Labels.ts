import type { LocalizedText } from "../text/LocalizedText";
import type { Decision18_1Rule } from "./Decision18_1Finding";

const A: LocalizedText = {
  ar: "المقرر 18/1، الفقرة (أ)",
  zh: "第18/1号决定(a)段",
  en: "decision 18/1 (a)",
  fr: "décision 18/1, alinéa a)",
  ru: "решение 18/1, подпункт (a)",
  es: "decisión 18/1, apartado a)",
};
const C_II: LocalizedText = {
  ar: "المقرر 18/1، الفقرة (ج) '2'",
  zh: "第18/1号决定(c)段㈡",
  en: "decision 18/1 (c)(ii)",
  fr: "décision 18/1, alinéa c) ii)",
  ru: "решение 18/1, подпункт (c)(ii)",
  es: "decisión 18/1, apartado c) ii)",
};

/**
 * Where each rule of CCPCJ decision 18/1 stands in the decision, as each language cites a
 * subparagraph (the English is `DECISION_18_1_RULES`' `provision`): UN Arabic letters its
 * subparagraphs أ، ب، ج and numbers their items '2'; Chinese writes (a)段 and ㈡.
 */
export const DECISION_18_1_PROVISION_LABELS: Readonly<Record<Decision18_1Rule, LocalizedText>> = {
  "nomination-deadline": A,
  "panel-election": A,
  "podium-seats": A,
  "independent-experts": {
    ar: "المقرر 18/1، الفقرة (ب)",
    zh: "第18/1号决定(b)段",
    en: "decision 18/1 (b)",
    fr: "décision 18/1, alinéa b)",
    ru: "решение 18/1, подпункт (b)",
    es: "decisión 18/1, apartado b)",
  },
  "keynote-length": C_II,
  "keynote-distribution": C_II,
  "intervention-length": {
    ar: "المقرر 18/1، الفقرة (ج) '5'",
    zh: "第18/1号决定(c)段㈤",
    en: "decision 18/1 (c)(v)",
    fr: "décision 18/1, alinéa c) v)",
    ru: "решение 18/1, подпункт (c)(v)",
    es: "decisión 18/1, apartado c) v)",
  },
  "guide-languages": {
    ar: "المقرر 18/1 (دليل المناقشة)",
    zh: "第18/1号决定（讨论指南）",
    en: "decision 18/1 (discussion guide)",
    fr: "décision 18/1 (guide de discussion)",
    ru: "решение 18/1 (руководство для обсуждения)",
    es: "decisión 18/1 (guía de debate)",
  },
};
