import * as z from "zod/mini";
import type { LocalizedText } from "../text/LocalizedText";

/** Who activities reach (DOMAIN.md; the 2021 report ¶16–34). */
export const AUDIENCES = [
  "criminal-justice-practitioners",
  "law-enforcement",
  "investigators",
  "prosecutors",
  "judges",
  "central-bank-officials",
  "fiu-officials",
  "government-officials",
  "policymakers",
  "teachers",
  "it-staff",
  "students",
  "children-and-youth",
  "parents",
  "academics",
  "ngo-representatives",
  "private-sector",
  "general-public",
] as const;

/**
 * A group an activity is for. `criminal-justice-practitioners` is the report's umbrella
 * term (¶17, ¶23, ¶27); use the narrower groups when the source names them ("law
 * enforcement, central bank and FIU officials", ¶18; "IT staff and teachers", ¶34).
 */
export const Audience = z.enum(AUDIENCES);
/** A group an activity is for. */
export type Audience = z.infer<typeof Audience>;

/** The name of each audience in the six official languages. */
export const AUDIENCE_LABELS: Readonly<Record<Audience, LocalizedText>> = {
  "criminal-justice-practitioners": {
    ar: "الممارسون في مجال العدالة الجنائية",
    zh: "刑事司法从业人员",
    en: "Criminal justice practitioners",
    fr: "Praticiens de la justice pénale",
    ru: "Специалисты системы уголовного правосудия",
    es: "Profesionales de la justicia penal",
  },
  "law-enforcement": {
    ar: "موظفو الشرطة وأجهزة إنفاذ القانون",
    zh: "警察和执法人员",
    en: "Police and law enforcement officers",
    fr: "Agents de police et des services de détection et de répression",
    ru: "Сотрудники полиции и правоохранительных органов",
    es: "Agentes de policía y de las fuerzas del orden",
  },
  investigators: {
    ar: "المحققون",
    zh: "调查人员",
    en: "Investigators",
    fr: "Enquêteurs",
    ru: "Следователи",
    es: "Investigadores",
  },
  prosecutors: {
    ar: "أعضاء النيابة العامة",
    zh: "检察官",
    en: "Prosecutors",
    fr: "Procureurs",
    ru: "Прокуроры",
    es: "Fiscales",
  },
  judges: { ar: "القضاة", zh: "法官", en: "Judges", fr: "Juges", ru: "Судьи", es: "Jueces" },
  "central-bank-officials": {
    ar: "موظفو المصارف المركزية",
    zh: "中央银行官员",
    en: "Central bank officials",
    fr: "Fonctionnaires des banques centrales",
    ru: "Сотрудники центральных банков",
    es: "Funcionarios de bancos centrales",
  },
  "fiu-officials": {
    ar: "موظفو وحدات الاستخبارات المالية",
    zh: "金融情报单位官员",
    en: "Financial intelligence unit officials",
    fr: "Fonctionnaires des cellules de renseignement financier",
    ru: "Сотрудники подразделений финансовой разведки",
    es: "Funcionarios de unidades de inteligencia financiera",
  },
  "government-officials": {
    ar: "المسؤولون الحكوميون",
    zh: "政府官员",
    en: "Government officials",
    fr: "Fonctionnaires gouvernementaux",
    ru: "Государственные служащие",
    es: "Funcionarios gubernamentales",
  },
  policymakers: {
    ar: "واضعو السياسات",
    zh: "政策制定者",
    en: "Policymakers",
    fr: "Décideurs",
    ru: "Лица, формирующие политику",
    es: "Responsables de la formulación de políticas",
  },
  teachers: { ar: "المعلمون", zh: "教师", en: "Teachers", fr: "Enseignants", ru: "Учителя", es: "Docentes" },
  "it-staff": {
    ar: "موظفو تكنولوجيا المعلومات",
    zh: "信息技术工作人员",
    en: "IT staff",
    fr: "Personnel informatique",
    ru: "ИТ-специалисты",
    es: "Personal de tecnología de la información",
  },
  students: { ar: "الطلاب", zh: "学生", en: "Students", fr: "Élèves et étudiants", ru: "Учащиеся", es: "Estudiantes" },
  "children-and-youth": {
    ar: "الأطفال والشباب",
    zh: "儿童和青年",
    en: "Children and young people",
    fr: "Enfants et jeunes",
    ru: "Дети и молодежь",
    es: "Niños y jóvenes",
  },
  parents: { ar: "الآباء والأمهات", zh: "家长", en: "Parents", fr: "Parents", ru: "Родители", es: "Madres y padres" },
  academics: {
    ar: "الأكاديميون",
    zh: "学者",
    en: "Academics",
    fr: "Universitaires",
    ru: "Представители научных кругов",
    es: "Académicos",
  },
  "ngo-representatives": {
    ar: "ممثلو المنظمات غير الحكومية",
    zh: "非政府组织代表",
    en: "Representatives of non-governmental organizations",
    fr: "Représentants d'organisations non gouvernementales",
    ru: "Представители неправительственных организаций",
    es: "Representantes de organizaciones no gubernamentales",
  },
  "private-sector": {
    ar: "ممثلو القطاع الخاص",
    zh: "私营部门代表",
    en: "Private sector representatives",
    fr: "Représentants du secteur privé",
    ru: "Представители частного сектора",
    es: "Representantes del sector privado",
  },
  "general-public": {
    ar: "عامة الجمهور",
    zh: "普通公众",
    en: "The general public",
    fr: "Grand public",
    ru: "Широкая общественность",
    es: "Público en general",
  },
};
