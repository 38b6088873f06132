import type { Language } from "../text/Language";

/** A place's name in the six official languages. */
export type SixNames = Readonly<Record<Language, string>>;

/**
 * Where the names below come from, for a reader who wants to check one: UN short names of
 * countries are those of the UN Terminology Database (UNTERM, unterm.un.org, "short name"
 * field) and of the M49 standard; region names are those of the M49 standard
 * (unstats.un.org/unsd/methodology/m49/, which publishes them in the six languages).
 * Transcribed by hand for the places the dataset names; `Intl.DisplayNames` (CLDR) is the
 * fallback for any other place, and differs from the UN name for several of these
 * (CLDR French "Salvador", Spanish "Latinoamérica", Russian "Соединенные Штаты").
 */
export const UN_PLACE_NAMES_SOURCE =
  "UNTERM short names and the UNSD M49 standard (six-language names), transcribed for the places in the dataset";

/** UN short names of countries, by ISO 3166-1 alpha-3 code. */
export const UN_COUNTRY_NAMES: Readonly<Record<string, SixNames>> = {
  AUT: { ar: "النمسا", zh: "奥地利", en: "Austria", fr: "Autriche", ru: "Австрия", es: "Austria" },
  BLZ: { ar: "بليز", zh: "伯利兹", en: "Belize", fr: "Belize", ru: "Белиз", es: "Belice" },
  BFA: {
    ar: "بوركينا فاسو",
    zh: "布基纳法索",
    en: "Burkina Faso",
    fr: "Burkina Faso",
    ru: "Буркина-Фасо",
    es: "Burkina Faso",
  },
  CRI: { ar: "كوستاريكا", zh: "哥斯达黎加", en: "Costa Rica", fr: "Costa Rica", ru: "Коста-Рика", es: "Costa Rica" },
  SLV: { ar: "السلفادور", zh: "萨尔瓦多", en: "El Salvador", fr: "El Salvador", ru: "Сальвадор", es: "El Salvador" },
  GTM: { ar: "غواتيمالا", zh: "危地马拉", en: "Guatemala", fr: "Guatemala", ru: "Гватемала", es: "Guatemala" },
  HND: { ar: "هندوراس", zh: "洪都拉斯", en: "Honduras", fr: "Honduras", ru: "Гондурас", es: "Honduras" },
  SEN: { ar: "السنغال", zh: "塞内加尔", en: "Senegal", fr: "Sénégal", ru: "Сенегал", es: "Senegal" },
  THA: { ar: "تايلند", zh: "泰国", en: "Thailand", fr: "Thaïlande", ru: "Таиланд", es: "Tailandia" },
  USA: {
    ar: "الولايات المتحدة الأمريكية",
    zh: "美利坚合众国",
    en: "United States of America",
    fr: "États-Unis d'Amérique",
    ru: "Соединенные Штаты Америки",
    es: "Estados Unidos de América",
  },
};

/** M49 region names, by M49 code. */
export const UN_REGION_NAMES: Readonly<Record<string, SixNames>> = {
  "002": { ar: "أفريقيا", zh: "非洲", en: "Africa", fr: "Afrique", ru: "Африка", es: "África" },
  "011": {
    ar: "غرب أفريقيا",
    zh: "西非",
    en: "Western Africa",
    fr: "Afrique de l'Ouest",
    ru: "Западная Африка",
    es: "África occidental",
  },
  "013": {
    ar: "أمريكا الوسطى",
    zh: "中美洲",
    en: "Central America",
    fr: "Amérique centrale",
    ru: "Центральная Америка",
    es: "Centroamérica",
  },
  "035": {
    ar: "جنوب شرق آسيا",
    zh: "东南亚",
    en: "South-eastern Asia",
    fr: "Asie du Sud-Est",
    ru: "Юго-Восточная Азия",
    es: "Asia sudoriental",
  },
  "142": { ar: "آسيا", zh: "亚洲", en: "Asia", fr: "Asie", ru: "Азия", es: "Asia" },
  "019": { ar: "الأمريكتان", zh: "美洲", en: "Americas", fr: "Amériques", ru: "Америка", es: "Américas" },
  "150": { ar: "أوروبا", zh: "欧洲", en: "Europe", fr: "Europe", ru: "Европа", es: "Europa" },
  "009": { ar: "أوقيانوسيا", zh: "大洋洲", en: "Oceania", fr: "Océanie", ru: "Океания", es: "Oceanía" },
  "419": {
    ar: "أمريكا اللاتينية ومنطقة البحر الكاريبي",
    zh: "拉丁美洲和加勒比",
    en: "Latin America and the Caribbean",
    fr: "Amérique latine et Caraïbes",
    ru: "Латинская Америка и Карибский бассейн",
    es: "América Latina y el Caribe",
  },
};
