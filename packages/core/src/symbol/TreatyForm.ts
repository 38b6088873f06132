import type { Organ } from "./Organ";
import { ORGAN_RULES } from "./Organ";
import type { SeriesComponent } from "./SeriesComponent";
import { formatSeriesComponent } from "./SeriesComponent";
import { statePartyCodeProblem } from "./StatePartyCode";
import { TREATY_BODY_RULES, TreatyDocumentType, treatyBodyOf, treatyProtocolOf } from "./TreatyBody";
import type { TreatyBody } from "./TreatyBody";

/** The parts of a symbol that the treaty bodies' forms constrain. @internal */
export interface TreatyFormParts {
  readonly organ: Organ;
  readonly series: readonly SeriesComponent[];
  readonly category?: string | undefined;
  readonly period?: { readonly kind: "session" | "year" } | undefined;
  readonly specialSession?: unknown;
  readonly document: {
    readonly type?: string | undefined;
    readonly number: number;
    readonly last?: number | undefined;
    readonly year?: number | undefined;
  };
  readonly country?: string | undefined;
  readonly adoptionSession?: number | undefined;
}

/** A rule of the treaty bodies' forms that a symbol breaks: where, and which. @internal */
export interface TreatyFormFault {
  readonly path: (string | number)[];
  readonly message: string;
}

/** The treaty body of a symbol's organ and series, or `undefined`. */
export function treatyBodyOfSymbol(symbol: Pick<TreatyFormParts, "organ" | "series">): TreatyBody | undefined {
  return treatyBodyOf(symbol.organ, symbol.series.map(formatSeriesComponent));
}

/**
 * The first rule of the treaty bodies' forms that a symbol built as parts breaks, or
 * `undefined`. The parser checks the same rules on text, with positions; this is the check
 * for parts built by hand (`DocumentSymbol.parse`). @internal
 */
export function treatyFormFault(symbol: TreatyFormParts): TreatyFormFault | undefined {
  const body = treatyBodyOfSymbol(symbol);
  const form = ORGAN_RULES[symbol.organ].form;
  const committee = symbol.series.findIndex((component) => component.kind === "committee");
  if (committee !== -1 && (form !== "treaty-body" || committee !== 0)) {
    return { path: ["series", committee], message: "the bare C is a treaty body's committee, right after its organ" };
  }
  if (form === "treaty-body" && body === undefined) {
    return { path: ["series"], message: `${symbol.organ} symbols continue with C (the Committee)` };
  }
  // The Trusteeship Council's resolutions are the one category of a serial organ: T/RES/2200 (LXI).
  const sessionResolution = form === "serial" && symbol.category === "RES" && symbol.adoptionSession !== undefined;
  if (form !== "standard" && symbol.category !== undefined && !sessionResolution) {
    return { path: ["category"], message: `${symbol.organ} symbols carry no category` };
  }
  const { type, last, year } = symbol.document;
  const treatyType = TreatyDocumentType.safeParse(type);
  const treatyShaped = treatyType.success || symbol.country !== undefined || last !== undefined || year !== undefined;
  if (body === undefined) {
    if (treatyShaped) return { path: ["document"], message: "only a treaty body's symbols have this form" };
    if (form === "serial" && symbol.period !== undefined) {
      return { path: ["period"], message: "the Trusteeship Council's symbols carry no session or year" };
    }
    return undefined;
  }
  const rules = TREATY_BODY_RULES[body];
  const kind = treatyType.success ? treatyType.data : undefined;
  const protocol = treatyProtocolOf(symbol.series.map(formatSeriesComponent));
  if (protocol !== undefined && (symbol.country === undefined || kind === "GC" || kind === "D")) {
    return { path: ["series", 1], message: `under ${protocol}, a document is about a State party, named first` };
  }
  const countryProblem = symbol.country === undefined ? undefined : statePartyCodeProblem(symbol.country);
  if (countryProblem !== undefined) return { path: ["country"], message: countryProblem };
  if (kind === "D") {
    if (rules.firstCommunicationYear === undefined)
      return { path: ["document"], message: `${rules.name} has no communications procedure in force` };
    if (symbol.period?.kind !== "session" || year === undefined || symbol.country !== undefined || last !== undefined)
      return { path: ["document"], message: "views and decisions are written session/D/number/year" };
    return undefined;
  }
  if (year !== undefined) return { path: ["document", "year"], message: "only views and decisions carry a year" };
  if (symbol.period !== undefined && (symbol.country !== undefined || kind !== undefined || form !== "standard")) {
    return { path: ["period"], message: `${rules.name}'s symbols carry a session only in views and decisions` };
  }
  if (kind === "GC" && (rules.generalTexts === undefined || symbol.country !== undefined))
    return { path: ["document"], message: `${rules.name} issues no general comments in this form` };
  if (kind !== undefined && kind !== "GC" && (symbol.country === undefined || rules.reports !== "periodic"))
    return { path: ["document"], message: `${kind} follows a State party's code, in a reporting treaty body's symbol` };
  if (
    last !== undefined &&
    (symbol.country === undefined || rules.reports !== "periodic" || last <= symbol.document.number)
  )
    return { path: ["document", "last"], message: "combined reports run from a lower to a higher number" };
  if (symbol.country !== undefined && type !== undefined && kind === undefined)
    return { path: ["document"], message: "a State party's code is followed by a report's number, CO, Q or QPR" };
  return undefined;
}
