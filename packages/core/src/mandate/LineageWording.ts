import type { LocalizedText } from "../text/LocalizedText";
import type { LineageRelation } from "./LineageEdge";

/** Which way a lineage branch is read: from the later mandate (ancestors) or from the earlier one (descendants). */
export type LineageReading = "ancestors" | "descendants";

/**
 * Each relation in words, read both ways: in an ancestors tree the parent is the later
 * mandate ("A/RES/74/173 reaffirms CCPCJ resolution 22/8"); in a descendants tree the parent
 * is the earlier one, so the relation is read backwards ("A/RES/74/247 updated by GA decision
 * 74/567"). A tree that printed "updates" under 74/247 would say the opposite of the records.
 */
export const LINEAGE_RELATION_WORDS: Readonly<
  Record<LineageRelation, Readonly<Record<LineageReading, LocalizedText>>>
> = {
  reaffirms: {
    ancestors: { ar: "يؤكد من جديد", zh: "重申", en: "reaffirms", fr: "réaffirme", ru: "подтверждает", es: "reafirma" },
    descendants: {
      ar: "أُكِّد من جديد في",
      zh: "经以下文件重申",
      en: "reaffirmed by",
      fr: "réaffirmé par",
      ru: "подтверждено в",
      es: "reafirmado por",
    },
  },
  "builds-on": {
    ancestors: { ar: "يستند إلى", zh: "基于", en: "builds on", fr: "s'appuie sur", ru: "развивает", es: "se basa en" },
    descendants: {
      ar: "استُند إليه في",
      zh: "为以下文件所依据",
      en: "built on by",
      fr: "repris par",
      ru: "развито в",
      es: "retomado por",
    },
  },
  updates: {
    ancestors: { ar: "يحدّث", zh: "更新", en: "updates", fr: "actualise", ru: "обновляет", es: "actualiza" },
    descendants: {
      ar: "حُدِّث بموجب",
      zh: "经以下文件更新",
      en: "updated by",
      fr: "actualisé par",
      ru: "обновлено в",
      es: "actualizado por",
    },
  },
  supersedes: {
    ancestors: { ar: "يحل محل", zh: "取代", en: "supersedes", fr: "remplace", ru: "заменяет", es: "sustituye a" },
    descendants: {
      ar: "حلّ محله",
      zh: "被以下文件取代",
      en: "superseded by",
      fr: "remplacé par",
      ru: "заменено",
      es: "sustituido por",
    },
  },
  continues: {
    ancestors: { ar: "يواصل", zh: "延续", en: "continues", fr: "prolonge", ru: "продолжает", es: "prorroga" },
    descendants: {
      ar: "مُدِّد بموجب",
      zh: "经以下文件延续",
      en: "continued by",
      fr: "prolongé par",
      ru: "продолжено в",
      es: "prorrogado por",
    },
  },
  endorses: {
    ancestors: { ar: "يؤيد", zh: "核可", en: "endorses", fr: "fait sien", ru: "одобряет", es: "hace suya" },
    descendants: {
      ar: "أُيِّد في",
      zh: "经以下文件核可",
      en: "endorsed by",
      fr: "approuvé par",
      ru: "одобрено в",
      es: "hecha suya por",
    },
  },
};
