import type { LocalizedText } from "../text/LocalizedText";
import type { ScheduleChangeKind } from "./ScheduleChange";
import type { SessionFormat, SessionStatus } from "./SessionSchedule";

/** How a session meets, in the six official languages (the records hold the codes). */
export const SESSION_FORMAT_LABELS: Readonly<Record<SessionFormat, LocalizedText>> = {
  "in-person": { ar: "حضورية", zh: "面对面", en: "in person", fr: "en présentiel", ru: "очно", es: "presencial" },
  hybrid: { ar: "مختلطة", zh: "混合形式", en: "hybrid", fr: "hybride", ru: "в смешанном формате", es: "híbrida" },
  online: { ar: "افتراضية", zh: "在线", en: "online", fr: "en ligne", ru: "онлайн", es: "en línea" },
  reduced: {
    ar: "بصيغة مصغَّرة",
    zh: "缩减形式",
    en: "in a reduced format",
    fr: "en format réduit",
    ru: "в сокращённом формате",
    es: "en formato reducido",
  },
};

/** Where a session stands. */
export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, LocalizedText>> = {
  planned: {
    ar: "مقرَّرة، دون تحديد موعدها",
    zh: "已计划，日期未定",
    en: "planned, dates not fixed",
    fr: "prévue, dates non fixées",
    ru: "запланирована, сроки не установлены",
    es: "prevista, sin fechas fijadas",
  },
  scheduled: {
    ar: "حُدِّد موعدها",
    zh: "日期已定",
    en: "scheduled",
    fr: "dates fixées",
    ru: "сроки установлены",
    es: "con fechas fijadas",
  },
  postponed: { ar: "مؤجَّلة", zh: "已推迟", en: "postponed", fr: "reportée", ru: "перенесена", es: "aplazada" },
  held: { ar: "عُقدت", zh: "已举行", en: "held", fr: "tenue", ru: "состоялась", es: "celebrada" },
  cancelled: { ar: "أُلغيت", zh: "已取消", en: "cancelled", fr: "annulée", ru: "отменена", es: "cancelada" },
  unknown: { ar: "غير معروفة", zh: "不详", en: "not known", fr: "inconnue", ru: "неизвестно", es: "desconocida" },
};

/** What a change of schedule did. */
export const SCHEDULE_CHANGE_LABELS: Readonly<Record<ScheduleChangeKind, LocalizedText>> = {
  postponement: { ar: "أُرجئت", zh: "推迟", en: "Postponed", fr: "Reportée", ru: "Перенесена", es: "Aplazada" },
  "dates-set": {
    ar: "حُدِّد موعدها",
    zh: "日期确定",
    en: "Dates set",
    fr: "Dates fixées",
    ru: "Сроки установлены",
    es: "Fechas fijadas",
  },
  "brought-forward": {
    ar: "قُدِّم موعدها",
    zh: "提前",
    en: "Brought forward",
    fr: "Avancée",
    ru: "Перенесена на более ранний срок",
    es: "Adelantada",
  },
};
