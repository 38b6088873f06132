import type { SymbolRefusalKey } from "./SymbolRefusalTextEn";

/** The refusals' keys that are not reasons: how an error is put together, the vocabulary, hints and notes. */
type NotAReason =
  | `error.${string}`
  | `hint.${string}`
  | `citation.hint.${string}`
  | "citation.error"
  | "citation.noSymbolDecision"
  | "citation.noSymbolCommission"
  | "citation"
  | "mean.citationBody"
  | "part"
  | "organ"
  | "treatyBody"
  | "organOf"
  | "treatyBodyOf"
  | "protocol"
  | "subsidiaryBody"
  | "category"
  | "documentType"
  | "modifier"
  | "generalTexts"
  | "territory"
  | "firstPeriod";

/** A key the symbol and citation parsers give as a refusal's reason. @internal */
export type SymbolReasonKey = Exclude<SymbolRefusalKey, NotAReason>;

/**
 * Each reason in a few words, without the values it is worded from: what a schema's issue
 * says of a symbol it refuses, so that a record's schema in a browser bundle carries this
 * table instead of the explanations (SymbolRefusalsEn.ts), which `formatSymbolErrorIn` words
 * from the issue's params. Typed by the refusals' keys, so a new reason needs its words here.
 * @internal
 */
export const BRIEF_SYMBOL_REASONS: Readonly<Record<SymbolReasonKey, string>> = {
  empty: "the symbol is empty",
  cannotAppear: "a character that cannot appear in a symbol",
  fullWidth: "a full-width or compatibility character",
  startsBlank: "a blank at the start",
  endsBlank: "a blank at the end",
  blankBesideSlash: "a blank beside a slash",
  spaceInComponent: "a space inside a component",
  startsWithSlash: "a slash at the start",
  endsWithSlash: "a slash at the end",
  doubleSlash: "two slashes with nothing between them",
  overlong: "too long for a symbol",
  writtenAs: "not the symbol's written form",
  numberZero: "a number that is zero",
  leadingZero: "a number with a leading zero",
  tooManyDigits: "a number of more than nine digits",
  noOrgan: "no organ",
  unknownOrgan: "not an organ a symbol starts with",
  committeeExpected: "not the treaty body's committee",
  bodyNeedsNumber: "a body without its number",
  seriesTooLong: "a series name of more than 12 letters",
  requiredSeries: "not the series this organ's symbols continue with",
  treatySessionOnlyInViews: "a session where this body's symbols carry none",
  serialNoPeriod: "a session or year where this organ's symbols carry none",
  sessionTooEarly: "a session too early",
  tooEarly: "too early",
  noSuchAssemblySession: "a session the General Assembly has not had",
  notFourDigitYear: "not a four-digit year",
  yearInFuture: "a year in the future",
  noSuchCouncilSession: "a session the Human Rights Council has not had",
  specialNotThisOrgan: "a special session of an organ that holds none",
  documentMissing: "no document number",
  typeAfterSlash: "a document type not numbered after a slash",
  typeNeedsNumber: "a document type without its number",
  modifierBeforeDocument: "a modifier before the document number",
  rangeNotHere: "a range of numbers where none may stand",
  partialEllipsis: "a partial symbol where a full one is needed",
  seriesAfterCategory: "a series component after the category, session or year",
  notDocumentNumber: "not a document number",
  unknownDocumentType: "not a known document type",
  notModifier: "not a modifier",
  summaryNoNumber: "a number after Summary, which takes none",
  modifierNeedsNumber: "a modifier without its number",
  modifierTwice: "a modifier given twice",
  modifierOrder: "a modifier out of order",
  categoryNotHere: "a category this organ's symbols do not carry",
  jointFirstNotGeneral: "a hyphen after what is not a general comment",
  jointSecondNotGeneral: "a hyphen before what is not a general comment",
  jointSameBody: "a joint general comment of one body twice",
  yearOnlySecurityCouncil: "a year in parentheses, which only Security Council resolutions carry",
  yearFourDigits: "a year of adoption not of four digits",
  notRoman: "not a session in Roman numerals",
  romanNotHere: "a session in Roman numerals where none may stand",
  romanTooLateAssembly: "a session in Roman numerals after the General Assembly stopped writing them",
  romanTooLateCouncil: "a session in Roman numerals after the Economic and Social Council stopped writing them",
  specialNotHere: "a special session where none may stand",
  specialTooLate: "a special session numbered in the wrong place",
  specialInsideTooEarly: "a special session numbered inside the symbol too early",
  partNotHere: "a resolution's part where none may stand",
  partRangeBackwards: "parts that run backwards",
  specialInArabic: "a special session not written in Arabic numerals",
  specialInRoman: "a special session not written in Roman numerals",
  numberAfterSlash: "a number not after a slash",
  rangeBackwards: "a range that runs backwards",
  reportNumberMissing: "no report number",
  countryNotUpper: "a State party's code not in upper case",
  countryUnknown: "not a known State party's code",
  visitsOnly: "a document type this body does not issue",
  endsAfterStateParty: "nothing after the State party",
  cannotFollowStateParty: "not what may follow the State party",
  noCommunications: "a communication to a body that receives none",
  communicationYear: "a communication without its four-digit year",
  communicationTooEarly: "a communication too early",
  noGeneralComments: "a general comment of a body that issues none",
  generalCommentSlash: "a general comment not numbered after a slash",
  endsAfterProtocol: "nothing after the optional protocol",
  protocolStateParty: "no State party after the optional protocol",
  prefixOnly: "more than a prefix's organ and series",
  partialNoEllipsis: "a partial symbol without its ellipsis",
  partialAfterEllipsis: "something after the ellipsis",
  partialNoPeriod: "a partial symbol without its session or year",
  partialExtra: "something between the session or year and the ellipsis",
  "citation.empty": "the citation is empty",
  "citation.noBody": "no body",
  "citation.unknownBody": "not a body whose resolutions Remit cites",
  "citation.leadingZero": "a number with a leading zero",
  "citation.tooLong": "a number too long",
  "citation.numberMissing": "no number",
  "citation.notNumber": "not a resolution or decision number",
  "citation.councilByYear": "not the four-digit year the Council numbers by",
  "citation.councilTooEarly": "a year too early",
  "citation.commissionBySession": "a year where the Commission numbers by session",
  "citation.assemblyTooEarly": "a session too early",
  "citation.chineseEnd": "no 决议 or 决定 at the end",
  "citation.chineseNumber": "a number not written 第…号",
  "citation.kindMissing": "no resolution or decision",
  "citation.overlong": "too long for a citation",
};
