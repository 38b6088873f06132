import type { LocalizedText } from "../text/LocalizedText";
import type { MandateStatus } from "./Mandate";
import type { ReportStatus } from "./ReportingObligation";

/** Whether a mandate still applies, in the six official languages. */
export const MANDATE_STATUS_LABELS: Readonly<Record<MandateStatus, LocalizedText>> = {
  active: { ar: "سارية", zh: "有效", en: "active", fr: "en vigueur", ru: "действует", es: "vigente" },
  superseded: {
    ar: "حلّت محلها أخرى",
    zh: "已被取代",
    en: "superseded",
    fr: "remplacé",
    ru: "заменён",
    es: "sustituido",
  },
  completed: { ar: "مُنجزة", zh: "已完成", en: "completed", fr: "achevé", ru: "выполнен", es: "concluido" },
};

/** Where a requested report stands, in the six official languages. */
export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, LocalizedText>> = {
  pending: { ar: "لم يُقدَّم بعد", zh: "待提交", en: "pending", fr: "attendu", ru: "ожидается", es: "pendiente" },
  deferred: { ar: "مؤجَّل", zh: "已推迟", en: "deferred", fr: "reporté", ru: "отложен", es: "aplazado" },
  submitted: { ar: "مقدَّم", zh: "已提交", en: "submitted", fr: "présenté", ru: "представлен", es: "presentado" },
};
