import { SUMMARY_COLUMN_LABELS, display, type SummaryColumnKey } from "@remit/core";
import type { UiLanguage } from "./UiLanguage";

type Translations = Readonly<Record<UiLanguage, string>>;

/**
 * The words of the CLI's own tables in the six official languages: column headings and the
 * outcomes of a check. Data (titles, vocabularies) comes localized from the records and
 * core's label tables, the headings of a record summary from core's `SUMMARY_COLUMN_LABELS`;
 * these are only the frame around them.
 */
const LABELS = {
  revision: { ar: "المراجعة", zh: "修订号", en: "Revision", fr: "Révision", ru: "Редакция", es: "Revisión" },
  action: { ar: "الإجراء", zh: "操作", en: "Action", fr: "Action", ru: "Действие", es: "Acción" },
  actor: { ar: "بواسطة", zh: "操作者", en: "By", fr: "Par", ru: "Кем", es: "Por" },
  at: { ar: "الوقت", zh: "时间", en: "At", fr: "Le", ru: "Когда", es: "Fecha" },
  mandate: { ar: "الولاية", zh: "任务授权", en: "Mandate", fr: "Mandat", ru: "Мандат", es: "Mandato" },
  report: { ar: "التقرير", zh: "报告", en: "Report", fr: "Rapport", ru: "Доклад", es: "Informe" },
  dueAt: { ar: "موعد التقديم", zh: "应提交届会", en: "Due at", fr: "Attendu à", ru: "Срок", es: "Debido en" },
  deferrals: { ar: "التأجيلات", zh: "推迟", en: "Deferrals", fr: "Reports", ru: "Переносы", es: "Aplazamientos" },
  rule: { ar: "القاعدة", zh: "规则", en: "Rule", fr: "Règle", ru: "Правило", es: "Norma" },
  result: { ar: "النتيجة", zh: "结果", en: "Result", fr: "Résultat", ru: "Результат", es: "Resultado" },
  provision: { ar: "الحكم", zh: "条款", en: "Provision", fr: "Disposition", ru: "Положение", es: "Disposición" },
  reason: { ar: "السبب", zh: "理由", en: "Reason", fr: "Motif", ru: "Причина", es: "Motivo" },
  topics: { ar: "المواضيع", zh: "专题", en: "Topics", fr: "Thèmes", ru: "Темы", es: "Temas" },
  ok: { ar: "مستوفى", zh: "符合", en: "ok", fr: "conforme", ru: "соблюдено", es: "cumple" },
  violation: { ar: "مخالفة", zh: "违反", en: "violation", fr: "non conforme", ru: "нарушение", es: "incumplimiento" },
  unknown: { ar: "غير معروف", zh: "未知", en: "unknown", fr: "inconnu", ru: "неизвестно", es: "desconocido" },
  language: { ar: "اللغة", zh: "语言", en: "Language", fr: "Langue", ru: "Язык", es: "Idioma" },
  reportTemplates: {
    ar: "قوالب التقرير",
    zh: "报告模板",
    en: "Report templates",
    fr: "Modèles de rapport",
    ru: "Шаблоны доклада",
    es: "Plantillas del informe",
  },
  recordTexts: {
    ar: "نصوص السجلات",
    zh: "记录文本",
    en: "Record texts",
    fr: "Textes des enregistrements",
    ru: "Тексты записей",
    es: "Textos de los registros",
  },
  missing: { ar: "الناقص", zh: "缺少", en: "Missing", fr: "Manquants", ru: "Отсутствуют", es: "Faltan" },
  yes: { ar: "نعم", zh: "有", en: "yes", fr: "oui", ru: "да", es: "sí" },
  no: { ar: "لا", zh: "无", en: "no", fr: "non", ru: "нет", es: "no" },
} as const satisfies Record<string, Translations>;

/** The name of a label. */
export type LabelKey = keyof typeof LABELS;

/**
 * A label in the reader's language.
 * @example label("title", "zh") // "标题"
 */
export function label(key: LabelKey, language: UiLanguage): string {
  return LABELS[key][language];
}

/** Table headings are upper-cased where the script has case (Latin, Cyrillic); a summary's column as core heads it. */
export function heading(key: LabelKey | SummaryColumnKey, language: UiLanguage): string {
  const text = Object.hasOwn(LABELS, key)
    ? label(key as LabelKey, language)
    : display(SUMMARY_COLUMN_LABELS[key as SummaryColumnKey], [language]).text;
  return text.toLocaleUpperCase(language);
}
