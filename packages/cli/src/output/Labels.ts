import type { UiLanguage } from "./UiLanguage";

type Translations = Readonly<Record<UiLanguage, string>>;

/**
 * The words of the CLI's tables in the six official languages: column headings and the
 * outcomes of a check. Data (titles, vocabularies) comes localized from the records and
 * core's label tables; these are only the frame around it.
 */
const LABELS = {
  id: { ar: "المعرّف", zh: "标识", en: "ID", fr: "ID", ru: "ИД", es: "ID" },
  kind: { ar: "النوع", zh: "类型", en: "Kind", fr: "Type", ru: "Вид", es: "Tipo" },
  period: { ar: "الفترة", zh: "期间", en: "Period", fr: "Période", ru: "Период", es: "Período" },
  countries: { ar: "البلدان", zh: "国家", en: "Countries", fr: "Pays", ru: "Страны", es: "Países" },
  title: { ar: "العنوان", zh: "标题", en: "Title", fr: "Titre", ru: "Название", es: "Título" },
  symbol: { ar: "الرمز", zh: "文号", en: "Symbol", fr: "Cote", ru: "Обозначение", es: "Signatura" },
  body: { ar: "الهيئة", zh: "机构", en: "Body", fr: "Organe", ru: "Орган", es: "Órgano" },
  adopted: { ar: "تاريخ الاعتماد", zh: "通过日期", en: "Adopted", fr: "Adoption", ru: "Принята", es: "Aprobación" },
  status: { ar: "الحالة", zh: "状态", en: "Status", fr: "Statut", ru: "Статус", es: "Estado" },
  number: { ar: "الرقم", zh: "届次", en: "No.", fr: "N°", ru: "№", es: "N.º" },
  dates: { ar: "التواريخ", zh: "日期", en: "Dates", fr: "Dates", ru: "Даты", es: "Fechas" },
  format: { ar: "الشكل", zh: "形式", en: "Format", fr: "Format", ru: "Формат", es: "Formato" },
  name: { ar: "الاسم", zh: "名称", en: "Name", fr: "Nom", ru: "Название", es: "Nombre" },
  inForce: { ar: "بدء النفاذ", zh: "生效", en: "In force", fr: "En vigueur", ru: "В силе с", es: "En vigor" },
  parties: { ar: "الأطراف", zh: "缔约方", en: "Parties", fr: "Parties", ru: "Участники", es: "Partes" },
  indicator: { ar: "المؤشر", zh: "指标", en: "Indicator", fr: "Indicateur", ru: "Показатель", es: "Indicador" },
  value: { ar: "القيمة", zh: "数值", en: "Value", fr: "Valeur", ru: "Значение", es: "Valor" },
  date: { ar: "التاريخ", zh: "日期", en: "Date", fr: "Date", ru: "Дата", es: "Fecha" },
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

/** Table headings are upper-cased where the script has case (Latin, Cyrillic). */
export function heading(key: LabelKey, language: UiLanguage): string {
  return label(key, language).toLocaleUpperCase(language);
}
