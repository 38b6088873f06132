import type { LocalizedText } from "../text/LocalizedText";
import type { SummaryColumnKey } from "./RecordSummary";

/**
 * The headings of a record summary's columns (`summaryColumns`) in the six official
 * languages, as a list of records heads them in a terminal or on a page.
 * @example SUMMARY_COLUMN_LABELS.adopted.zh // "通过日期"
 */
export const SUMMARY_COLUMN_LABELS: Readonly<Record<SummaryColumnKey, LocalizedText>> = {
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
  inForce: { ar: "بدء النفاذ", zh: "生效", en: "In force", fr: "En vigueur", ru: "В силе с", es: "En vigor" },
  parties: { ar: "الأطراف", zh: "缔约方", en: "Parties", fr: "Parties", ru: "Участники", es: "Partes" },
  name: { ar: "الاسم", zh: "名称", en: "Name", fr: "Nom", ru: "Название", es: "Nombre" },
  indicator: { ar: "المؤشر", zh: "指标", en: "Indicator", fr: "Indicateur", ru: "Показатель", es: "Indicador" },
  value: { ar: "القيمة", zh: "数值", en: "Value", fr: "Valeur", ru: "Значение", es: "Valor" },
};
