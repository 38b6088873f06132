import * as z from "zod/mini";
import type { LocalizedText } from "../text/LocalizedText";

/** What kinds of technical-assistance activity UNODC delivers (DOMAIN.md; 2021 report ¶13–34). */
export const ACTIVITY_KINDS = [
  "training",
  "train-the-trainer",
  "webinar-series",
  "online-course",
  "assessment",
  "advisory-support",
  "mentoring",
  "regional-conference",
  "working-group-meeting",
  "awareness-campaign",
  "research-publication",
  "tool-access",
  "knowledge-portal-content",
  "reporting-mechanism",
  "secretariat-support",
] as const;

/**
 * The kind of a technical-assistance activity:
 * - `training`: hands-on training (2,440 practitioners, ¶17);
 * - `train-the-trainer`: cryptocurrency investigators in Southeast Asia (¶18);
 * - `webinar-series`: the OCSEA webinars in four languages (¶22);
 * - `online-course`: the 12-week online diploma course (¶23);
 * - `assessment`: the comprehensive assessment in Burkina Faso (¶14);
 * - `advisory-support`: advice and legislative or strategy drafting (Belize, ¶14; ¶18);
 * - `mentoring`: the cybercrime mentors in five countries (¶13);
 * - `regional-conference`: the ASEAN regional conference on child online protection (¶24);
 * - `working-group-meeting`: the third Southeast Asia cryptocurrency working group (¶19);
 * - `awareness-campaign`: prevention and awareness campaigns (¶30, ¶32–33);
 * - `research-publication`: the darknet threat assessment for Southeast Asia (¶31);
 * - `tool-access`: direct access to the NCMEC case management tool (¶26);
 * - `knowledge-portal-content`: SHERLOC content (¶29);
 * - `reporting-mechanism`: support to a mechanism for reporting abuse (Belize, ¶21);
 * - `secretariat-support`: servicing the expert group and the ad hoc committee (¶7, ¶12, ¶35).
 */
export const ActivityKind = z.enum(ACTIVITY_KINDS);
/** The kind of a technical-assistance activity. */
export type ActivityKind = z.infer<typeof ActivityKind>;

/** The name of each activity kind in the six official languages. */
export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, LocalizedText>> = {
  training: { ar: "تدريب", zh: "培训", en: "Training", fr: "Formation", ru: "Обучение", es: "Capacitación" },
  "train-the-trainer": {
    ar: "تدريب المدربين",
    zh: "培训培训员",
    en: "Training of trainers",
    fr: "Formation de formateurs",
    ru: "Подготовка инструкторов",
    es: "Formación de formadores",
  },
  "webinar-series": {
    ar: "سلسلة حلقات دراسية شبكية",
    zh: "系列网络研讨会",
    en: "Webinar series",
    fr: "Série de webinaires",
    ru: "Серия вебинаров",
    es: "Serie de seminarios web",
  },
  "online-course": {
    ar: "دورة دراسية عبر الإنترنت",
    zh: "在线课程",
    en: "Online course",
    fr: "Cours en ligne",
    ru: "Онлайн-курс",
    es: "Curso en línea",
  },
  assessment: { ar: "تقييم", zh: "评估", en: "Assessment", fr: "Évaluation", ru: "Оценка", es: "Evaluación" },
  "advisory-support": {
    ar: "الدعم الاستشاري والمساعدة في الصياغة",
    zh: "咨询和起草支助",
    en: "Advisory and drafting support",
    fr: "Services consultatifs et aide à la rédaction",
    ru: "Консультативная помощь и содействие в разработке документов",
    es: "Asesoramiento y apoyo a la redacción",
  },
  mentoring: { ar: "الإرشاد", zh: "指导", en: "Mentoring", fr: "Mentorat", ru: "Наставничество", es: "Mentoría" },
  "regional-conference": {
    ar: "مؤتمر إقليمي",
    zh: "区域会议",
    en: "Regional conference",
    fr: "Conférence régionale",
    ru: "Региональная конференция",
    es: "Conferencia regional",
  },
  "working-group-meeting": {
    ar: "اجتماع فريق عامل",
    zh: "工作组会议",
    en: "Working group meeting",
    fr: "Réunion de groupe de travail",
    ru: "Совещание рабочей группы",
    es: "Reunión de grupo de trabajo",
  },
  "awareness-campaign": {
    ar: "حملة توعية",
    zh: "提高认识运动",
    en: "Awareness campaign",
    fr: "Campagne de sensibilisation",
    ru: "Информационно-просветительская кампания",
    es: "Campaña de sensibilización",
  },
  "research-publication": {
    ar: "منشور بحثي",
    zh: "研究出版物",
    en: "Research publication",
    fr: "Publication de recherche",
    ru: "Аналитическая публикация",
    es: "Publicación de investigación",
  },
  "tool-access": {
    ar: "إتاحة الوصول إلى أداة",
    zh: "提供工具使用权限",
    en: "Access to a tool",
    fr: "Accès à un outil",
    ru: "Предоставление доступа к инструменту",
    es: "Acceso a una herramienta",
  },
  "knowledge-portal-content": {
    ar: "محتوى بوابة المعارف",
    zh: "知识管理门户内容",
    en: "Knowledge portal content",
    fr: "Contenu du portail de gestion des connaissances",
    ru: "Материалы портала знаний",
    es: "Contenido del portal de gestión de conocimientos",
  },
  "reporting-mechanism": {
    ar: "دعم آلية إبلاغ",
    zh: "报告机制支助",
    en: "Support to a reporting mechanism",
    fr: "Appui à un mécanisme de signalement",
    ru: "Поддержка механизма представления сообщений",
    es: "Apoyo a un mecanismo de denuncia",
  },
  "secretariat-support": {
    ar: "خدمات الأمانة والدعم الفني",
    zh: "秘书处和实质性支助",
    en: "Secretariat and substantive support",
    fr: "Services de secrétariat et appui fonctionnel",
    ru: "Секретариатское и основное обслуживание",
    es: "Servicios de secretaría y apoyo sustantivo",
  },
};
