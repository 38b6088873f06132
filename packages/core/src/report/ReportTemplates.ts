import type { MandateKind } from "../mandate/Mandate";
import type { SessionFormat } from "../session/SessionSchedule";
import type { Language } from "../text/Language";
import type { PartialDate } from "../time/PartialDate";
import type { ReportLabels } from "./Report";

/**
 * The sentences the engine writes itself, whatever the outline: the report's summary (the
 * mandate and what it asked for, the deferral to a later session, the period covered). Every
 * template set writes them beside the headings and sentences its content's outline names
 * (`reportOutlineKeys`).
 */
export const SUMMARY_SENTENCE_KEYS = ["summary.mandate", "summary.deferral", "summary.scope"] as const;
/** A sentence of the report's summary. */
export type SummarySentenceKey = (typeof SUMMARY_SENTENCE_KEYS)[number];

/** How a mandate is named in running text: short ("resolution 74/173") and full ("General Assembly resolution 74/173"). */
export interface MandateName {
  readonly short: string;
  readonly full: string;
}

/** The parts a mandate's name is made of. */
export interface MandateNameParts {
  readonly kind: MandateKind;
  /** "74/173", "22/8", when the symbol or citation carries one. */
  readonly number?: string;
  /** The adopting body; a declaration may have none in the records. */
  readonly body?: string;
  readonly title?: string;
}

/** Words a template set supplies besides its sentences. */
export interface ReportWords {
  readonly reportOfTheSecretaryGeneral: string;
  readonly sessionFormats: Readonly<Record<SessionFormat, string>>;
  /** Values of the "sex" breakdown ("female" → "female", "女性"). */
  readonly sexes: Readonly<Record<string, string>>;
  /** Other breakdown values as running text ("sexual-and-financial" → "sexual and financial crimes"). */
  readonly breakdowns: Readonly<Record<string, string>>;
  /** Names of the contract's bodies ("ga", "ccpcj", …), used when no Body records are given. */
  readonly bodies: Readonly<Record<string, string>>;
  /** What goes between two sentences of a paragraph: a space, or nothing in Chinese. */
  readonly sentenceSeparator: string;
  readonly countries: string;
  readonly activities: string;
  readonly meetings: string;
}

/** How a template set writes dates, ordinals and names. */
export interface ReportFormat {
  /** A resolution or decision ("General Assembly resolution 74/173"; a declaration by title). */
  mandate(parts: MandateNameParts): MandateName;
  /** A numbered session of a body: "thirtieth session", "第三十届会议". */
  session(sessionNumber: number): string;
  /** A meeting's ordinal: "seventh", "第七次". */
  meeting(meetingNumber: number): string;
  /**
   * A small count as UN style writes it in running text: in words below 10 in English
   * ("six meetings"), in Chinese numerals ("六次会议"), else in digits.
   */
  cardinal(count: number): string;
  /** A date known to the day, month or year: "6 April 2020", "2020年4月6日", "December 2020". */
  date(date: PartialDate): string;
  /** A span of dates: "6–8 April 2020", "2020年4月6日至8日", "2018–2020". */
  span(start: PartialDate, end?: PartialDate): string;
  /** Dates known by a bound: "no later than 1 March 2021". */
  bound(notBefore?: PartialDate, notAfter?: PartialDate): string;
  /** An age band "9-12" or "18+". */
  ageBand(band: string): string;
  /** A partner organization's name with its acronym. */
  partner(name: string, acronym?: string): string;
  /**
   * A phrase in a grammatical form a template asks for with `{slot, form}` ("gen" for a
   * Russian genitive, "de" for French "de" contracted with the article). Optional: English
   * and Chinese need none.
   */
  inflect?(phrase: string, form: string): string;
  /** The forms `inflect` makes, so that a test can hold every template to them. */
  readonly forms?: readonly string[];
  /** The agenda line of the masthead: "Item 6(d) of the provisional agenda". */
  agendaItem(itemNumber: string): string;
  /** A place and dates line of the masthead: "Vienna, 17–21 May 2021". */
  placeAndDates(place: string | undefined, dates: string | undefined): string;
}

/**
 * Everything a report needs in one language: headings and sentence templates by the keys
 * its content's outline names (`reportOutlineKeys`; each sentence a list of variants,
 * fullest first, see `fillTemplate`), templates per indicator for observation series, the
 * labels renderers print, words and formats. A template set per language makes the report
 * writable in that language; a report's content (`ReportContent`) holds one set per
 * language it is written in, and a language without a complete set falls back with a flag.
 */
export interface ReportTemplateSet {
  readonly language: Language;
  /** Headings by the key the outline's sections and sub-sections name. */
  readonly headings: Readonly<Record<string, string>>;
  /** Sentence variants by the key the outline's sentences name, and the summary's (`SUMMARY_SENTENCE_KEYS`). */
  readonly sentences: Readonly<Record<string, readonly string[]>>;
  /** Sentence variants per indicator id for `ObservationSeries`; the series' own sentence otherwise. */
  readonly statistics: Readonly<Record<string, readonly string[]>>;
  readonly labels: ReportLabels;
  readonly words: ReportWords;
  readonly format: ReportFormat;
}
