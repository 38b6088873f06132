import type { LocalizedText } from "../text/LocalizedText";
import type { SessionFormat, SessionStatus } from "./SessionSchedule";

/** Where a session stands, in the six official languages, as a word that fits a table cell. */
export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, LocalizedText>> = {
  planned: { ar: "مقررة", zh: "计划中", en: "planned", fr: "prévue", ru: "планируется", es: "previsto" },
  scheduled: { ar: "محددة الموعد", zh: "已排定", en: "scheduled", fr: "programmée", ru: "назначена", es: "programado" },
  postponed: { ar: "مؤجلة", zh: "已推迟", en: "postponed", fr: "reportée", ru: "перенесена", es: "aplazado" },
  held: { ar: "عُقدت", zh: "已举行", en: "held", fr: "tenue", ru: "проведена", es: "celebrado" },
  cancelled: { ar: "أُلغيت", zh: "已取消", en: "cancelled", fr: "annulée", ru: "отменена", es: "cancelado" },
  unknown: {
    ar: "الحالة غير معروفة",
    zh: "状态不详",
    en: "status unknown",
    fr: "statut inconnu",
    ru: "статус неизвестен",
    es: "situación desconocida",
  },
};

/** How a session meets, in the six official languages. */
export const SESSION_FORMAT_LABELS: Readonly<Record<SessionFormat, LocalizedText>> = {
  "in-person": { ar: "حضورياً", zh: "现场", en: "in person", fr: "en présentiel", ru: "очно", es: "presencial" },
  hybrid: { ar: "بشكل مختلط", zh: "混合形式", en: "hybrid", fr: "hybride", ru: "в смешанном формате", es: "híbrido" },
  online: { ar: "عبر الإنترنت", zh: "线上", en: "online", fr: "en ligne", ru: "онлайн", es: "en línea" },
  reduced: {
    ar: "بشكل مقلَّص",
    zh: "缩小规模",
    en: "reduced",
    fr: "format réduit",
    ru: "в сокращённом формате",
    es: "formato reducido",
  },
};
