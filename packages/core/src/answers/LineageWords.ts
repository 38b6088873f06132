import type { MessageCatalog } from "../message/MessageCatalog";
import type { MessageSchemaOf } from "../message/MessageSlots";
import type { Language } from "../text/Language";

/** The English marks, where each mark and its slots are written once. */
export const ENGLISH_LINEAGE_WORDS = {
  inferred: "(inferred)",
  notStored: "{mandate} (not in this store)",
  cycle: "{mandate} (already above: a cycle)",
  onlyIn: "(only in {language})",
} as const;

/** The marks of a lineage drawn as lines: an inferred edge, a branch's end, a label in another language. */
type LineageWordSlots = MessageSchemaOf<typeof ENGLISH_LINEAGE_WORDS>;

/** The marks in the six languages. */
export const LINEAGE_WORDS: Readonly<Record<Language, MessageCatalog<LineageWordSlots>>> = {
  ar: {
    language: "ar",
    messages: {
      inferred: "(مستنتَج)",
      notStored: "{mandate} (غير موجود في هذا المخزن)",
      cycle: "{mandate} (مذكور أعلاه: حلقة مغلقة)",
      onlyIn: "(متاح باللغة {language} فقط)",
    },
  },
  zh: {
    language: "zh",
    messages: {
      inferred: "（推断）",
      notStored: "{mandate}（不在此存储库中）",
      cycle: "{mandate}（已在上文出现：循环）",
      onlyIn: "（仅有{language}版本）",
    },
  },
  en: { language: "en", messages: ENGLISH_LINEAGE_WORDS },
  fr: {
    language: "fr",
    messages: {
      inferred: "(déduit)",
      notStored: "{mandate} (absent de ce magasin)",
      cycle: "{mandate} (déjà plus haut : un cycle)",
      onlyIn: "(uniquement en {language})",
    },
  },
  ru: {
    language: "ru",
    messages: {
      inferred: "(выведено)",
      notStored: "{mandate} (нет в этом хранилище)",
      cycle: "{mandate} (уже выше: цикл)",
      onlyIn: "(только на языке: {language})",
    },
  },
  es: {
    language: "es",
    messages: {
      inferred: "(deducido)",
      notStored: "{mandate} (no está en este almacén)",
      cycle: "{mandate} (ya figura más arriba: un ciclo)",
      onlyIn: "(solo en {language})",
    },
  },
};
