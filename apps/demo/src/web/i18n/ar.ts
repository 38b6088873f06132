import type { MessageCatalog } from "@remit/core";
import type { UiMessageSlots } from "./UiMessages";

/** The app's messages in Arabic. */
export const AR: MessageCatalog<UiMessageSlots> = {
  language: "ar",
  messages: {
    appName: "Remit",
    tagline: "عمل الأمم المتحدة في مجال منع الجريمة من الولاية إلى التقرير",
    skipToContent: "انتقل إلى المحتوى",
    mainNavigation: "التنقل الرئيسي",
    navDashboard: "لوحة المعلومات",
    navActivities: "الأنشطة",
    navMandates: "الولايات",
    navSessions: "الدورات",
    navReport: "التقرير",
    navExports: "التصدير",
    navSignIn: "تسجيل الدخول",
    navSignedIn: "تم تسجيل الدخول (محرر)",
    languageLabel: "اللغة",
    loading: "جارٍ التحميل…",
    loadFailed: "تعذّر تحميل هذه الصفحة: {reason}",
    notFound: "لا توجد صفحة في هذا العنوان.",
    backToDashboard: "الانتقال إلى لوحة المعلومات",
    onlyIn: "متاح باللغة {language} فقط",
    dashboardTitle: "{mandate}: {period}",
    dashboardIntro: "ما تفيد السجلات بأنه أُنجز في إطار هذه الولاية خلال هذه الفترة، مع مصدر كل رقم.",
    chooseMandate: "الولاية",
    choosePeriod: "السنة",
    show: "عرض",
    headlineFigures: "الأرقام الرئيسية",
    noFigures: "لا توجد أرقام مسجلة لهذه الولاية وهذه السنة.",
    sourcesOf: "مصادر «{figure}»",
    sourceParagraphs: "{symbol}، الفقرة {paragraphs}",
    sourceRecords:
      "محسوب من {count, plural, zero {لا سجلات} one {سجل واحد} two {سجلين} few {# سجلات} many {# سجلًا} other {# سجل}}",
    sourceRecordList: "السجلات",
    countriesReached: "البلدان المستفيدة",
    countriesNamed:
      "{count, plural, zero {لا يُذكر أي بلد} one {يُذكر بلد واحد} two {يُذكر بلدان} few {تُذكر # بلدان} many {يُذكر # بلدًا} other {يُذكر # بلد}} بالاسم في الأنشطة.",
    countriesCountedOnly:
      "{count, plural, zero {لا يوجد نشاط يذكر} one {نشاط واحد يذكر} two {نشاطان يذكران} few {# أنشطة تذكر} many {# نشاطًا تذكر} other {# نشاط تذكر}} عدد البلدان فقط دون تسميتها:",
    countriesCountedItem: "{activity}: {count}",
    trainedByRegionYear: "عدد المدرَّبين حسب المنطقة والسنة",
    activitiesByTopic: "الأنشطة حسب الموضوع",
    activitiesByKind: "الأنشطة حسب النوع",
    showTable: "عرض الأرقام في جدول",
    hideTable: "إخفاء الجدول",
    columnRegion: "المنطقة",
    columnYear: "السنة",
    columnPeople: "الأشخاص",
    columnTopic: "الموضوع",
    columnKind: "النوع",
    columnActivities: "الأنشطة",
    columnCountry: "البلد",
    noTopic: "لم يُحدَّد موضوع",
    worldRegion: "غير مرتبط بمنطقة",
    mapCaption:
      "خريطة {count, plural, zero {البلدان} one {البلد} two {البلدين} few {البلدان الـ#} many {البلدان الـ#} other {البلدان الـ#}} المذكورة في الأنشطة",
    footer:
      "Remit: مكتبات مفتوحة لمتابعة عمل الأمم المتحدة في مجال منع الجريمة. البيانات: وثيقتا الأمم المتحدة في مجموعة البيانات.",
  },
};
