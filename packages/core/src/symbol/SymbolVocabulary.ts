import * as z from "zod/mini";

/**
 * Subsidiary-body components of a symbol, each followed by the body's number: `AC.105`
 * ad hoc committee, `C.3` main or standing committee, `CN.15` commission, `CONF.213`
 * conference, `EG.4` expert group, `GC.n` governing council, `PC.n` preparatory committee,
 * `SC.n` subcommittee, `Sub.2` subcommission, `WG.n` working group.
 */
export const SubsidiaryBodyCode = z.enum(["AC", "C", "CN", "CONF", "EG", "GC", "PC", "SC", "Sub", "WG"]);
/** The code of a subsidiary-body component (`CN` in `E/CN.15`). */
export type SubsidiaryBodyCode = z.infer<typeof SubsidiaryBodyCode>;

/** What each subsidiary-body code stands for, for messages. */
export const SUBSIDIARY_BODY_LABELS: Readonly<Record<SubsidiaryBodyCode, string>> = {
  AC: "ad hoc committee",
  C: "committee",
  CN: "commission",
  CONF: "conference",
  EG: "expert group",
  GC: "governing council",
  PC: "preparatory committee",
  SC: "subcommittee",
  Sub: "subcommission",
  WG: "working group",
};

/**
 * A component that comes before the session or year and says what series of documents
 * follows: `RES` resolutions (`A/RES/74/173`), `PRST` statements by the President of the
 * Security Council.
 */
export const SymbolCategory = z.enum(["RES", "PRST"]);
/** A category component: RES or PRST. */
export type SymbolCategory = z.infer<typeof SymbolCategory>;

/** What each category stands for, for messages. */
export const SYMBOL_CATEGORY_LABELS: Readonly<Record<SymbolCategory, string>> = {
  RES: "resolutions",
  PRST: "presidential statements",
};

/**
 * The nature of a document, written before its number: `L.5` limited distribution (drafts),
 * `CRP.1` conference room paper, `PV.50` verbatim record, `SR.5` summary record, `WP.1`
 * working paper, `R.1` restricted; and with a slash, `INF/1` information series, `NGO/1`
 * statement by a non-governmental organization, `PET/1` petition.
 */
export const DocumentType = z.enum(["L", "CRP", "PV", "SR", "WP", "R", "INF", "NGO", "PET"]);
/** The type of a document, written before its number. */
export type DocumentType = z.infer<typeof DocumentType>;

/** Document types written with a slash before the number (`INF/1`); the others use a dot (`L.5`). */
export const SLASHED_DOCUMENT_TYPES: ReadonlySet<DocumentType> = new Set<DocumentType>(["INF", "NGO", "PET"]);

/** What each document type stands for, for messages. */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  L: "limited distribution",
  CRP: "conference room paper",
  PV: "verbatim record",
  SR: "summary record",
  WP: "working paper",
  R: "restricted distribution",
  INF: "information series",
  NGO: "statement by a non-governmental organization",
  PET: "petition",
};

/**
 * The final components that change an issued text: `Add.1` addendum, `Rev.1` revision,
 * `Corr.1` corrigendum, `Amend.1` amendment (each numbered), `Summary` summarized version.
 */
export const ModifierType = z.enum(["Add", "Rev", "Corr", "Amend", "Summary"]);
/** The kind of a final modifier component. */
export type ModifierType = z.infer<typeof ModifierType>;

/** What each modifier stands for, for messages. */
export const MODIFIER_LABELS: Readonly<Record<ModifierType, string>> = {
  Add: "addendum",
  Rev: "revision",
  Corr: "corrigendum",
  Amend: "amendment",
  Summary: "summarized version",
};

/** Looks a code up in a vocabulary ignoring case, returning its canonical spelling. */
export function canonicalCode<T extends string>(options: readonly T[], code: string): T | undefined {
  const upper = code.toUpperCase();
  return options.find((option) => option.toUpperCase() === upper);
}

/**
 * Words that are part of the grammar and so cannot name a series component of their own
 * (`PC` may stand alone: a preparatory committee is often written `/PC/`).
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  [
    ...SubsidiaryBodyCode.options.filter((code) => code !== "PC"),
    ...SymbolCategory.options,
    ...DocumentType.options,
    ...ModifierType.options,
  ].map((word) => word.toUpperCase()),
);
