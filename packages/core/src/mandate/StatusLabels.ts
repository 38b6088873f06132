import type { LocalizedText } from "../text/LocalizedText";
import type { MandateStatus } from "./Mandate";
import type { ReportStatus } from "./ReportingObligation";

/** Where a requested report stands, in the six official languages. */
export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, LocalizedText>> = {
  pending: {
    ar: "لم يُقدَّم بعد",
    zh: "尚未提交",
    en: "not yet submitted",
    fr: "pas encore présenté",
    ru: "ещё не представлен",
    es: "aún no presentado",
  },
  deferred: { ar: "مؤجَّل", zh: "已推迟", en: "deferred", fr: "reporté", ru: "перенесён", es: "aplazado" },
  submitted: { ar: "مقدَّم", zh: "已提交", en: "submitted", fr: "présenté", ru: "представлен", es: "presentado" },
};

/** Whether a mandate still applies, where the sources say, in the six official languages. */
export const MANDATE_STATUS_LABELS: Readonly<Record<MandateStatus, LocalizedText>> = {
  active: { ar: "سارٍ", zh: "有效", en: "in force", fr: "en vigueur", ru: "действует", es: "vigente" },
  superseded: { ar: "حلَّ محلَّه غيره", zh: "已被取代", en: "superseded", fr: "remplacé", ru: "заменён", es: "sustituido" },
  completed: { ar: "مُنجَز", zh: "已完成", en: "completed", fr: "exécuté", ru: "выполнен", es: "cumplido" },
};
