import type { LocalizedText } from "../text/LocalizedText";
import type { AddresseeKind } from "./Addressee";
import type { MandateKind } from "./Mandate";
import type { MandateAction } from "./MandateAction";

// The words of a mandate's closed vocabularies, for front ends and reports that show them. A
// labels file of its own, importing only types: no schema imports it, so a bundle that
// validates mandates does not carry these tables.

/**
 * What kind of act a mandate is, in the six official languages (the records hold the code).
 * @example displayText(MANDATE_KIND_LABELS.declaration, ["zh"]) // "宣言"
 */
export const MANDATE_KIND_LABELS: Readonly<Record<MandateKind, LocalizedText>> = {
  resolution: { ar: "قرار", zh: "决议", en: "resolution", fr: "résolution", ru: "резолюция", es: "resolución" },
  decision: { ar: "مقرَّر", zh: "决定", en: "decision", fr: "décision", ru: "решение", es: "decisión" },
  declaration: { ar: "إعلان", zh: "宣言", en: "declaration", fr: "déclaration", ru: "декларация", es: "declaración" },
};

/**
 * Whom an operative provision asks, as a mandate's page names them, in the six official
 * languages: the actors of `AddresseeKind` ("Member States", "الدول الأعضاء").
 * @example displayText(ADDRESSEE_LABELS["member-states"], ["fr"]) // "les États Membres"
 */
export const ADDRESSEE_LABELS: Readonly<Record<AddresseeKind, LocalizedText>> = {
  unodc: {
    ar: "مكتب الأمم المتحدة المعني بالمخدِّرات والجريمة",
    zh: "毒品和犯罪问题办公室",
    en: "UNODC",
    fr: "ONUDC",
    ru: "УНП ООН",
    es: "UNODC",
  },
  "unodc-gpc": {
    ar: "البرنامج العالمي المعني بالجريمة السيبرانية",
    zh: "网络犯罪问题全球方案",
    en: "UNODC's Global Programme on Cybercrime",
    fr: "Programme mondial de l'ONUDC sur la cybercriminalité",
    ru: "Глобальная программа УНП ООН по киберпреступности",
    es: "Programa Mundial contra el Delito Cibernético de la UNODC",
  },
  "secretary-general": {
    ar: "الأمين العام",
    zh: "秘书长",
    en: "the Secretary-General",
    fr: "le Secrétaire général",
    ru: "Генеральный секретарь",
    es: "el Secretario General",
  },
  "member-states": {
    ar: "الدول الأعضاء",
    zh: "会员国",
    en: "Member States",
    fr: "les États Membres",
    ru: "государства-члены",
    es: "los Estados Miembros",
  },
  "private-sector": {
    ar: "القطاع الخاص",
    zh: "私营部门",
    en: "the private sector",
    fr: "le secteur privé",
    ru: "частный сектор",
    es: "el sector privado",
  },
  "civil-society": {
    ar: "المجتمع المدني",
    zh: "民间社会",
    en: "civil society",
    fr: "la société civile",
    ru: "гражданское общество",
    es: "la sociedad civil",
  },
  "international-organizations": {
    ar: "المنظمات الدولية",
    zh: "国际组织",
    en: "international organizations",
    fr: "les organisations internationales",
    ru: "международные организации",
    es: "las organizaciones internacionales",
  },
  "regional-organizations": {
    ar: "المنظمات الإقليمية",
    zh: "区域组织",
    en: "regional organizations",
    fr: "les organisations régionales",
    ru: "региональные организации",
    es: "las organizaciones regionales",
  },
  commission: {
    ar: "اللجنة",
    zh: "委员会",
    en: "the Commission",
    fr: "la Commission",
    ru: "Комиссия",
    es: "la Comisión",
  },
  "expert-group": {
    ar: "فريق الخبراء المعني بالجريمة السيبرانية",
    zh: "网络犯罪问题专家组",
    en: "the expert group on cybercrime",
    fr: "le Groupe d'experts sur la cybercriminalité",
    ru: "Группа экспертов по киберпреступности",
    es: "el Grupo de Expertos sobre el Delito Cibernético",
  },
  "ad-hoc-committee": {
    ar: "اللجنة المخصَّصة",
    zh: "特设委员会",
    en: "the Ad Hoc Committee",
    fr: "le Comité spécial",
    ru: "Специальный комитет",
    es: "el Comité Especial",
  },
};

/**
 * What an operative provision asks for, as a noun heading a table's cell ("Technical
 * assistance", "提供技术援助"), in the six official languages.
 * @example displayText(MANDATE_ACTION_LABELS.convene, ["en"]) // "Convening a meeting"
 */
export const MANDATE_ACTION_LABELS: Readonly<Record<MandateAction, LocalizedText>> = {
  "provide-technical-assistance": {
    ar: "تقديم المساعدة التقنية",
    zh: "提供技术援助",
    en: "Technical assistance",
    fr: "Assistance technique",
    ru: "Техническая помощь",
    es: "Asistencia técnica",
  },
  report: { ar: "تقديم تقرير", zh: "提交报告", en: "A report", fr: "Rapport", ru: "Доклад", es: "Informe" },
  convene: {
    ar: "عقد اجتماع",
    zh: "召开会议",
    en: "Convening a meeting",
    fr: "Convocation d'une réunion",
    ru: "Созыв совещания",
    es: "Convocatoria de una reunión",
  },
  "act-as-repository": {
    ar: "العمل كمستودع للمعلومات",
    zh: "充当资料库",
    en: "Acting as a repository",
    fr: "Rôle de dépôt central",
    ru: "Роль хранилища информации",
    es: "Función de repositorio",
  },
  establish: { ar: "إنشاء", zh: "设立", en: "Establishment", fr: "Création", ru: "Учреждение", es: "Establecimiento" },
  explore: { ar: "استكشاف", zh: "探讨", en: "Exploring", fr: "Étude", ru: "Изучение", es: "Estudio" },
  "contribute-resources": {
    ar: "الإسهام بالموارد",
    zh: "提供资源",
    en: "Resources",
    fr: "Contribution en ressources",
    ru: "Предоставление ресурсов",
    es: "Aporte de recursos",
  },
  continue: { ar: "مواصلة", zh: "继续", en: "Continuation", fr: "Poursuite", ru: "Продолжение", es: "Continuación" },
  encourage: { ar: "تشجيع", zh: "鼓励", en: "Encouragement", fr: "Encouragement", ru: "Призыв", es: "Aliento" },
  urge: { ar: "حثّ", zh: "敦促", en: "Urging", fr: "Demande instante", ru: "Настоятельный призыв", es: "Instancia" },
  request: { ar: "طلب", zh: "请求", en: "Request", fr: "Demande", ru: "Просьба", es: "Solicitud" },
  invite: { ar: "دعوة", zh: "邀请", en: "Invitation", fr: "Invitation", ru: "Предложение", es: "Invitación" },
  decide: { ar: "مقرَّر", zh: "决定", en: "Decision", fr: "Décision", ru: "Решение", es: "Decisión" },
  reaffirm: {
    ar: "إعادة تأكيد",
    zh: "重申",
    en: "Reaffirmation",
    fr: "Réaffirmation",
    ru: "Подтверждение",
    es: "Reafirmación",
  },
  endorse: { ar: "تأييد", zh: "核可", en: "Endorsement", fr: "Approbation", ru: "Одобрение", es: "Aprobación" },
  postpone: { ar: "تأجيل", zh: "推迟", en: "Postponement", fr: "Ajournement", ru: "Перенос", es: "Aplazamiento" },
};
