import * as z from "zod/mini";
import type { LocalizedText } from "../text/LocalizedText";

/** The topics activities address (DOMAIN.md; the training topics of the 2021 report ¶17–34). */
export const ACTIVITY_TOPICS = [
  "online-child-sexual-exploitation-and-abuse",
  "cryptocurrency",
  "darknet",
  "digital-forensics",
  "electronic-evidence",
  "open-source-intelligence",
  "cybercrime-law",
  "malware",
  "mobile-forensics",
  "incident-response",
  "online-wildlife-crime",
  "human-rights-and-due-process",
  "cybercrime-investigation",
  "international-cooperation",
  "prevention-and-awareness",
  "cybercrime-strategy",
  "specialized-hardware-and-software",
  "threat-intelligence",
  "anti-money-laundering",
] as const;

/**
 * A topic of an activity. Most are the training topics listed in ¶17; `cybercrime-strategy`
 * is Belize's strategy (¶14), `anti-money-laundering` the AML/CFT reform the cryptocurrency
 * working group advocates (¶19), `prevention-and-awareness` the work of ¶32–34.
 */
export const ActivityTopic = z.enum(ACTIVITY_TOPICS);
/** A topic of an activity. */
export type ActivityTopic = z.infer<typeof ActivityTopic>;

/** The name of each topic in the six official languages. */
export const ACTIVITY_TOPIC_LABELS: Readonly<Record<ActivityTopic, LocalizedText>> = {
  "online-child-sexual-exploitation-and-abuse": {
    ar: "الاستغلال والاعتداء الجنسيان على الأطفال عبر الإنترنت",
    zh: "网上儿童性剥削和性虐待",
    en: "Online child sexual exploitation and abuse",
    fr: "Exploitation et atteintes sexuelles visant des enfants en ligne",
    ru: "Сексуальная эксплуатация детей и надругательства над ними в Интернете",
    es: "Explotación y abusos sexuales de niños en línea",
  },
  cryptocurrency: {
    ar: "العملات المشفرة",
    zh: "加密货币",
    en: "Cryptocurrency",
    fr: "Cryptomonnaies",
    ru: "Криптовалюты",
    es: "Criptomonedas",
  },
  darknet: { ar: "الشبكة الخفية", zh: "暗网", en: "Darknet", fr: "Darknet", ru: "Даркнет", es: "Red oscura" },
  "digital-forensics": {
    ar: "التحليل الجنائي الرقمي",
    zh: "数字法证",
    en: "Digital forensics",
    fr: "Criminalistique numérique",
    ru: "Цифровая криминалистика",
    es: "Análisis forense digital",
  },
  "electronic-evidence": {
    ar: "الأدلة الإلكترونية",
    zh: "电子证据",
    en: "Electronic evidence",
    fr: "Preuves électroniques",
    ru: "Электронные доказательства",
    es: "Pruebas electrónicas",
  },
  "open-source-intelligence": {
    ar: "الاستخبارات مفتوحة المصدر",
    zh: "开源情报",
    en: "Open-source intelligence (OSINT)",
    fr: "Renseignement d'origine sources ouvertes (OSINT)",
    ru: "Разведка на основе открытых источников",
    es: "Inteligencia de fuentes abiertas (OSINT)",
  },
  "cybercrime-law": {
    ar: "قانون الجرائم السيبرانية",
    zh: "网络犯罪法",
    en: "Cybercrime law",
    fr: "Droit de la cybercriminalité",
    ru: "Законодательство о киберпреступности",
    es: "Legislación sobre ciberdelincuencia",
  },
  malware: {
    ar: "البرمجيات الخبيثة",
    zh: "恶意软件",
    en: "Malware",
    fr: "Logiciels malveillants",
    ru: "Вредоносные программы",
    es: "Programas maliciosos",
  },
  "mobile-forensics": {
    ar: "التحليل الجنائي للأجهزة المحمولة",
    zh: "移动取证",
    en: "Mobile forensics",
    fr: "Criminalistique des appareils mobiles",
    ru: "Криминалистика мобильных устройств",
    es: "Análisis forense de dispositivos móviles",
  },
  "incident-response": {
    ar: "الاستجابة لحوادث الجرائم السيبرانية",
    zh: "网络犯罪事件应对",
    en: "Cybercrime incident response",
    fr: "Réponse aux incidents de cybercriminalité",
    ru: "Реагирование на киберинциденты",
    es: "Respuesta a incidentes de ciberdelincuencia",
  },
  "online-wildlife-crime": {
    ar: "الجرائم المتصلة بالأحياء البرية عبر الإنترنت",
    zh: "网上野生生物犯罪",
    en: "Online wildlife crime",
    fr: "Criminalité liée aux espèces sauvages en ligne",
    ru: "Преступления против дикой природы в Интернете",
    es: "Delitos contra la vida silvestre en línea",
  },
  "human-rights-and-due-process": {
    ar: "حقوق الإنسان والإجراءات القانونية الواجبة",
    zh: "人权和正当程序",
    en: "Human rights and due process",
    fr: "Droits humains et garanties d'une procédure régulière",
    ru: "Права человека и надлежащая правовая процедура",
    es: "Derechos humanos y debido proceso",
  },
  "cybercrime-investigation": {
    ar: "التحقيق في الجرائم السيبرانية",
    zh: "网络犯罪调查",
    en: "Cybercrime investigation",
    fr: "Enquêtes sur la cybercriminalité",
    ru: "Расследование киберпреступлений",
    es: "Investigación de la ciberdelincuencia",
  },
  "international-cooperation": {
    ar: "التعاون الدولي",
    zh: "国际合作",
    en: "International cooperation",
    fr: "Coopération internationale",
    ru: "Международное сотрудничество",
    es: "Cooperación internacional",
  },
  "prevention-and-awareness": {
    ar: "منع الجرائم السيبرانية والتوعية بها",
    zh: "预防网络犯罪和提高认识",
    en: "Cybercrime prevention and awareness",
    fr: "Prévention de la cybercriminalité et sensibilisation",
    ru: "Профилактика киберпреступности и повышение осведомленности",
    es: "Prevención de la ciberdelincuencia y sensibilización",
  },
  "cybercrime-strategy": {
    ar: "استراتيجية مكافحة الجرائم السيبرانية",
    zh: "网络犯罪战略",
    en: "Cybercrime strategy",
    fr: "Stratégie de lutte contre la cybercriminalité",
    ru: "Стратегия борьбы с киберпреступностью",
    es: "Estrategia contra la ciberdelincuencia",
  },
  "specialized-hardware-and-software": {
    ar: "استخدام الأجهزة والبرمجيات المتخصصة",
    zh: "使用专门硬件和软件",
    en: "Use of specialized hardware and software",
    fr: "Utilisation de matériel et de logiciels spécialisés",
    ru: "Использование специализированного оборудования и программного обеспечения",
    es: "Uso de equipos y programas informáticos especializados",
  },
  "threat-intelligence": {
    ar: "استخبارات التهديدات",
    zh: "威胁情报",
    en: "Threat intelligence",
    fr: "Renseignement sur les menaces",
    ru: "Анализ киберугроз",
    es: "Inteligencia sobre amenazas",
  },
  "anti-money-laundering": {
    ar: "مكافحة غسل الأموال وتمويل الإرهاب",
    zh: "反洗钱和打击资助恐怖主义",
    en: "Anti-money-laundering and countering the financing of terrorism",
    fr: "Lutte contre le blanchiment d'argent et le financement du terrorisme",
    ru: "Противодействие отмыванию денег и финансированию терроризма",
    es: "Lucha contra el blanqueo de dinero y la financiación del terrorismo",
  },
};
