import { actAndNumberName } from "./ActAndNumberName";
import type { PartialDate } from "../time/PartialDate";
import { dateParts, spanShape, type DateParts } from "./DateParts";
import type { ReportFormat } from "./ReportTemplates";

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];
const FEMININE_ORDINALS = [
  "",
  "primera",
  "segunda",
  "tercera",
  "cuarta",
  "quinta",
  "sexta",
  "séptima",
  "octava",
  "novena",
  "décima",
];

/**
 * The feminine ordinal of a meeting ("séptima reunión") in words up to ten, as UN Spanish
 * writes them, and with "ª" beyond ("11ª reunión").
 * @example spanishMeetingOrdinal(7) // "séptima"
 */
export function spanishMeetingOrdinal(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 10 ? (FEMININE_ORDINALS[n] ?? `${n}ª`) : `${n}ª`;
}

function monthName(parts: DateParts): string {
  return parts.month === undefined ? "" : (MONTHS[parts.month - 1] ?? "");
}

function date(parts: DateParts): string {
  if (parts.month === undefined) return String(parts.year);
  if (parts.day === undefined) return `${monthName(parts)} de ${parts.year}`;
  return `${parts.day} de ${monthName(parts)} de ${parts.year}`;
}

function span(start: PartialDate, end?: PartialDate): string {
  const a = dateParts(start);
  const b = end === undefined ? undefined : dateParts(end);
  switch (spanShape(a, b)) {
    case "single":
      return date(a);
    case "same-month":
      return `${a.day} a ${b?.day} de ${monthName(a)} de ${a.year}`;
    case "same-year":
      return a.day === undefined
        ? `${monthName(a)} a ${date(b ?? a)}`
        : `${a.day} de ${monthName(a)} a ${date(b ?? a)}`;
    case "apart":
      return a.month === undefined && b?.month === undefined ? `${a.year}-${b?.year}` : `${date(a)} a ${date(b ?? a)}`;
  }
}

/** Head nouns of names whose gender their ending does not tell. */
const MASCULINE = new Set(["Consejo", "Congreso", "Grupo", "Comité", "Programa", "Secretario", "Fondo"]);

function withArticle(name: string): string {
  if (/^(el |la |los |las |El )/u.test(name)) return name;
  const head = name.split(/\s/u)[0] ?? name;
  const feminine = !MASCULINE.has(head) && /(a|ción|sión|dad)$/u.test(head);
  return `${feminine ? "la" : "el"} ${name}`;
}

/** "de"/"a" before a name with its article, contracted: "del Consejo", "al Consejo". */
function contracted(preposition: "de" | "a", name: string): string {
  const the = withArticle(name);
  if (the.startsWith("el ")) return `${preposition === "de" ? "del" : "al"} ${the.slice(3)}`;
  return `${preposition} ${the}`;
}

const DAYS_SPAN = /^(\d+) a (\d+) de (.+)$/u;
const DATES_SPAN = /^(\d+ de \p{L}+(?: de \d{4})?) a (\d+ de \p{L}+ de \d{4})$/u;
const YEARS_SPAN = /^(\d{4})-(\d{4})$/u;

/**
 * A date or span with the preposition running text needs: "el 6 de abril de 2020", "del 6 al
 * 8 de abril de 2020", "en agosto de 2020", "entre 2018 y 2020"; a bound as it is.
 */
function onDate(phrase: string): string {
  const days = DAYS_SPAN.exec(phrase);
  if (days !== null) return `del ${days[1]} al ${days[2]} de ${days[3]}`;
  const dates = DATES_SPAN.exec(phrase);
  if (dates !== null) return `del ${dates[1]} al ${dates[2]}`;
  const years = YEARS_SPAN.exec(phrase);
  if (years !== null) return `entre ${years[1]} y ${years[2]}`;
  if (/^\d+ de \p{L}+ de \d{4}$/u.test(phrase)) return `el ${phrase}`;
  if (/^(\p{L}+ de )?\d{4}$/u.test(phrase)) return `en ${phrase}`;
  return phrase;
}

/**
 * A figure before its noun: "28,5 millones" takes "de" ("28,5 millones de visualizaciones"),
 * a plain number takes nothing.
 */
function countBefore(phrase: string): string {
  return /(millones|millón|miles de millones)$/u.test(phrase) ? `${phrase} de ` : `${phrase} `;
}

/**
 * Spanish dates ("6 de abril de 2020", "6 a 8 de abril de 2020"), sessions ("30º período de
 * sesiones") and names ("resolución 74/173 de la Asamblea General") in the style of UN
 * Spanish documents. `inflect` gives a name its article ("the": "la Asamblea General"),
 * contracted after "de" and "a" ("del Consejo Económico y Social"), a date its preposition
 * ("on": "del 6 al 8 de abril de 2020") and a figure its "de" before a noun ("n") and a percentage its article ("pct": "más del 50%").
 */
export const SPANISH_FORMAT: ReportFormat = {
  mandate: actAndNumberName({ declaration: "declaración", decision: "decisión", resolution: "resolución" }, (body) =>
    contracted("de", body),
  ),
  // UN Spanish numbers sessions with the ordinal indicator: "30º período de sesiones".
  session: (n) => `${n}º período de sesiones`,
  meeting: (n) => spanishMeetingOrdinal(n),
  cardinal: (n) =>
    Number.isInteger(n) && n >= 0 && n < 10
      ? (["cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"][n] ?? String(n))
      : new Intl.NumberFormat("es", { useGrouping: "always" }).format(n),
  date: (value) => date(dateParts(value)),
  span,
  bound: (notBefore, notAfter) =>
    [
      notBefore === undefined ? "" : `no antes del ${date(dateParts(notBefore))}`,
      notAfter === undefined ? "" : `a más tardar el ${date(dateParts(notAfter))}`,
    ]
      .filter((part) => part !== "")
      .join(" y "),
  ageBand: (band) => (band.endsWith("+") ? `${band.slice(0, -1)} años o más` : `${band.replace("-", " a ")} años`),
  partner: (name, acronym) => (acronym === undefined || acronym === name ? name : `${name} (${acronym})`),
  inflect: (phrase, form) => {
    if (form === "the") return withArticle(phrase);
    if (form === "de" || form === "a") return contracted(form, phrase);
    if (form === "on") return onDate(phrase);
    if (form === "n") return countBefore(phrase);
    // Spanish puts the article before a percentage: "el 85 %", "más del 50 %".
    if (form === "pct")
      return phrase.startsWith("más de ")
        ? `más del ${phrase.slice(7)}`
        : /^\d/u.test(phrase)
          ? `el ${phrase}`
          : phrase;
    return phrase;
  },
  forms: ["the", "de", "a", "on", "n", "pct"],
  agendaItem: (item) => `Tema ${item.replace(/^(\d+)\(([a-z])\)$/u, "$1 $2)")} del programa provisional`,
  placeAndDates: (place, dates) => [place, dates].filter((part) => part !== undefined).join(", "),
};
