import { actAndNumberName } from "./ActAndNumberName";
import { frenchCardinal, frenchFeminineOrdinal } from "../text/FrenchWords";
import type { PartialDate } from "../time/PartialDate";
import { dateParts, spanShape, type DateParts } from "./DateParts";
import type { ReportFormat } from "./ReportTemplates";

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
function day(value: number): string {
  return value === 1 ? "1er" : String(value);
}

function date(parts: DateParts): string {
  const month = parts.month === undefined ? undefined : MONTHS[parts.month - 1];
  if (month === undefined) return String(parts.year);
  if (parts.day === undefined) return `${month} ${parts.year}`;
  return `${day(parts.day)} ${month} ${parts.year}`;
}

function span(start: PartialDate, end?: PartialDate): string {
  const a = dateParts(start);
  const b = end === undefined ? undefined : dateParts(end);
  switch (spanShape(a, b)) {
    case "single":
      return date(a);
    case "same-month":
      return `${day(a.day ?? 1)}-${day(b?.day ?? 1)} ${MONTHS[(a.month ?? 1) - 1] ?? ""} ${a.year}`;
    case "same-year":
      return a.day === undefined
        ? `${MONTHS[(a.month ?? 1) - 1] ?? ""}-${date(b ?? a)}`
        : `${day(a.day)} ${MONTHS[(a.month ?? 1) - 1] ?? ""}-${date(b ?? a)}`;
    case "apart":
      return `${date(a)}-${date(b ?? a)}`;
  }
}

/** Head nouns of names whose gender their ending does not tell. */
const FEMININE = new Set(["Assemblée", "Commission", "Conférence", "Organisation", "Union", "Association"]);
const MASCULINE = new Set([
  "Groupe",
  "Programme",
  "Comité",
  "Office",
  "Belize",
  "Mexique",
  "Cambodge",
  "Mozambique",
  "Zimbabwe",
]);

function isFeminine(name: string): boolean {
  const head = name.split(/\s/u)[0] ?? name;
  if (FEMININE.has(head)) return true;
  if (MASCULINE.has(head)) return false;
  return /e$/u.test(head);
}

/** A name with its definite article: "l'Assemblée générale", "la Commission…", "le Conseil…". */
function withArticle(name: string): string {
  if (/^(l'|la |le |les |El )/u.test(name)) return name;
  if (/^(États|Îles|Pays-Bas|Émirats|Philippines|Comores|Maldives|Seychelles)/u.test(name)) return `les ${name}`;
  if (/^[AEIOUYÉÈÎ]/u.test(name)) return `l'${name}`;
  return isFeminine(name) ? `la ${name}` : `le ${name}`;
}

/**
 * "in" before a country or region, as French uses it: "en Autriche", "en El Salvador",
 * "au Belize", "aux États-Unis d'Amérique", "en Asie du Sud-Est".
 */
function withIn(name: string): string {
  const the = withArticle(name);
  if (the.startsWith("les ")) return `aux ${the.slice(4)}`;
  if (the.startsWith("le ")) return `au ${the.slice(3)}`;
  if (the.startsWith("la ")) return `en ${the.slice(3)}`;
  if (the.startsWith("l'")) return `en ${the.slice(2)}`;
  return `en ${the}`;
}

/** "de" before a name with its article, contracted: "de l'Assemblée", "du Conseil". */
function withDe(name: string): string {
  const the = withArticle(name);
  if (the.startsWith("le ")) return `du ${the.slice(3)}`;
  if (the.startsWith("les ")) return `des ${the.slice(4)}`;
  return /^[AEIOUYÉÈÎ]/u.test(the) ? `d'${the}` : `de ${the}`;
}

/** "à" before a name with its article, contracted: "à l'Assemblée", "au Conseil". */
function withA(name: string): string {
  const the = withArticle(name);
  if (the.startsWith("le ")) return `au ${the.slice(3)}`;
  if (the.startsWith("les ")) return `aux ${the.slice(4)}`;
  return `à ${the}`;
}

/** "de" without an article, elided before a vowel: "d'enseignants", "de parents". */
function partitive(phrase: string): string {
  return /^[aeiouyéèêîh]/iu.test(phrase) ? `d'${phrase}` : `de ${phrase}`;
}

/**
 * A figure before its noun: "2,8 millions" takes "de" ("2,8 millions d'impressions"), a plain
 * number takes nothing. `vowel` tells whether the noun that follows starts with a vowel.
 */
function countBefore(phrase: string, vowel: boolean): string {
  if (!/(millions?|milliards?)$/u.test(phrase)) return `${phrase} `;
  return vowel ? `${phrase} d'` : `${phrase} de `;
}

const DAYS_SPAN = /^(\d+(?:er)?)-(\d+(?:er)?) (\p{L}+) (\d{4})$/u;
const DATES_SPAN = /^(\d+(?:er)? \p{L}+(?: \d{4})?)-(\d+(?:er)? \p{L}+ \d{4})$/u;
const YEARS_SPAN = /^(\d{4})-(\d{4})$/u;

/**
 * A date or span with the preposition running text needs: "le 6 avril 2020", "du 6 au 8
 * avril 2020", "en août 2020", "de 2018 à 2020"; a bound ("au plus tard le …") as it is.
 */
function onDate(phrase: string): string {
  const days = DAYS_SPAN.exec(phrase);
  if (days !== null) return `du ${days[1]} au ${days[2]} ${days[3]} ${days[4]}`;
  const dates = DATES_SPAN.exec(phrase);
  if (dates !== null) return `du ${dates[1]} au ${dates[2]}`;
  const years = YEARS_SPAN.exec(phrase);
  if (years !== null) return `de ${years[1]} à ${years[2]}`;
  if (/^\d+(?:er)? \p{L}+ \d{4}$/u.test(phrase)) return `le ${phrase}`;
  if (/^(\p{L}+ )?\d{4}$/u.test(phrase)) return `en ${phrase}`;
  return phrase;
}

/** The letter of a sub-item in French style: "6(d)" → "6 d)". */
function agendaNumber(item: string): string {
  return item.replace(/^(\d+)\(([a-z])\)$/u, "$1 $2)");
}

/**
 * French dates ("6 avril 2020", "1er mars 2021", "6-8 avril 2020"), ordinals ("trentième
 * session") and names ("résolution 74/173 de l'Assemblée générale") in the style of UN
 * French documents. `inflect` gives a name its article: "the" ("l'Assemblée générale"),
 * "de" ("du Conseil économique et social"), "a" ("à la Commission…"), "in" ("au Belize", "en El Salvador"); "on" gives a date its preposition ("du 6 au
 * 8 avril 2020"), "part" a plural its partitive ("d'enseignants"), and "nv"/"nc" a figure
 * what it needs before a noun starting with a vowel or a consonant ("2,8 millions d'").
 */
export const FRENCH_FORMAT: ReportFormat = {
  mandate: actAndNumberName({ declaration: "déclaration", decision: "décision", resolution: "résolution" }, (body) =>
    withDe(body),
  ),
  // A session and a meeting (réunion) are feminine: "première session", "première réunion".
  session: (n) => `${frenchFeminineOrdinal(n)} session`,
  meeting: frenchFeminineOrdinal,
  cardinal: (n) =>
    Number.isInteger(n) && n >= 0 && n < 10 ? frenchCardinal(n) : new Intl.NumberFormat("fr").format(n),
  date: (value) => date(dateParts(value)),
  span,
  bound: (notBefore, notAfter) =>
    [
      notBefore === undefined ? "" : `au plus tôt le ${date(dateParts(notBefore))}`,
      notAfter === undefined ? "" : `au plus tard le ${date(dateParts(notAfter))}`,
    ]
      .filter((part) => part !== "")
      .join(" et "),
  ageBand: (band) => (band.endsWith("+") ? `${band.slice(0, -1)} ans ou plus` : `${band.replace("-", " à ")} ans`),
  partner: (name, acronym) => (acronym === undefined || acronym === name ? name : `${name} (${acronym})`),
  inflect: (phrase, form) => {
    if (form === "the") return withArticle(phrase);
    if (form === "de") return withDe(phrase);
    if (form === "a") return withA(phrase);
    if (form === "in") return withIn(phrase);
    if (form === "on") return onDate(phrase);
    if (form === "part") return partitive(phrase);
    if (form === "nv") return countBefore(phrase, true);
    if (form === "nc") return countBefore(phrase, false);
    return phrase;
  },
  forms: ["the", "de", "a", "in", "on", "part", "nv", "nc"],
  agendaItem: (item) => `Point ${agendaNumber(item)} de l'ordre du jour provisoire`,
  placeAndDates: (place, dates) => [place, dates].filter((part) => part !== undefined).join(", "),
};
