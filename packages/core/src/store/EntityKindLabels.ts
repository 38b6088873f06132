import type { LocalizedText } from "../text/LocalizedText";
import type { EntityKind } from "./EntityKind";

/**
 * The kinds of stored record in the six official languages, as a count or a heading names
 * them ("activities: 12"): plural nouns, the UN's terms (sessions are 届会, الدورات, сессии,
 * períodos de sesiones). The records and JSON outputs keep the codes (`thematicDiscussion`).
 * @example ENTITY_KIND_LABELS.thematicDiscussion.zh // "专题讨论"
 */
export const ENTITY_KIND_LABELS: Readonly<Record<EntityKind, LocalizedText>> = {
  body: { ar: "الهيئات", zh: "机构", en: "bodies", fr: "organes", ru: "органы", es: "órganos" },
  session: {
    ar: "الدورات",
    zh: "届会",
    en: "sessions",
    fr: "sessions",
    ru: "сессии",
    es: "períodos de sesiones",
  },
  thematicDiscussion: {
    ar: "المناقشات المواضيعية",
    zh: "专题讨论",
    en: "thematic discussions",
    fr: "débats thématiques",
    ru: "тематические обсуждения",
    es: "debates temáticos",
  },
  mandate: { ar: "الولايات", zh: "任务授权", en: "mandates", fr: "mandats", ru: "мандаты", es: "mandatos" },
  instrument: {
    ar: "الصكوك القانونية",
    zh: "法律文书",
    en: "legal instruments",
    fr: "instruments juridiques",
    ru: "правовые документы",
    es: "instrumentos jurídicos",
  },
  activity: { ar: "الأنشطة", zh: "活动", en: "activities", fr: "activités", ru: "мероприятия", es: "actividades" },
  indicator: { ar: "المؤشرات", zh: "指标", en: "indicators", fr: "indicateurs", ru: "показатели", es: "indicadores" },
  observation: {
    ar: "القيم المرصودة",
    zh: "观测值",
    en: "observations",
    fr: "observations",
    ru: "наблюдения",
    es: "observaciones",
  },
};
