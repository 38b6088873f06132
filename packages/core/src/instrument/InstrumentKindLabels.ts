import type { LocalizedText } from "../text/LocalizedText";
import type { InstrumentKind } from "./LegalInstrument";

/**
 * What kind of legal instrument it is, in the six official languages, as treaty collections
 * name them (the records hold the codes). A labels file no schema imports.
 * @example INSTRUMENT_KIND_LABELS["optional-protocol"].zh // "任择议定书"
 */
export const INSTRUMENT_KIND_LABELS: Readonly<Record<InstrumentKind, LocalizedText>> = {
  convention: { ar: "اتفاقية", zh: "公约", en: "convention", fr: "convention", ru: "конвенция", es: "convenio" },
  protocol: { ar: "بروتوكول", zh: "议定书", en: "protocol", fr: "protocole", ru: "протокол", es: "protocolo" },
  "optional-protocol": {
    ar: "بروتوكول اختياري",
    zh: "任择议定书",
    en: "optional protocol",
    fr: "protocole facultatif",
    ru: "факультативный протокол",
    es: "protocolo facultativo",
  },
  "framework-decision": {
    ar: "قرار إطاري",
    zh: "框架决定",
    en: "framework decision",
    fr: "décision-cadre",
    ru: "рамочное решение",
    es: "decisión marco",
  },
  directive: { ar: "توجيه", zh: "指令", en: "directive", fr: "directive", ru: "директива", es: "directiva" },
};
