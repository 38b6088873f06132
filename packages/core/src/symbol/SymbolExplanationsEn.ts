/**
 * What each part of a valid symbol means and what a repair changed, in English: read by
 * `explainSymbol` and the normaliser, never by a schema, so kept apart from the refusals.
 */
export const ENGLISH_SYMBOL_EXPLANATIONS = {
  // What each part means.
  "mean.committee": "the Committee",
  "mean.series": "the {name} series",
  "mean.subsidiary": "{label} no. {n}",
  "mean.session": "the {nth} session {organ}",
  "mean.year": "issued in {year}",
  "mean.special": "the {nth} {kind, select, emergency {emergency special session} other {special session}} {organ}",
  "mean.documentType": "{label} no. {n}",
  "mean.documentNumber": "document number {n}",
  "mean.modifier": "{label} no. {n}",
  "mean.reissue":
    "{count, plural, one {reissued for technical reasons} other {reissued # times for technical reasons}}",
  "mean.part": "part {letter} of a resolution adopted in parts",
  "mean.parts": "parts {first} to {last} of a resolution adopted in parts, issued together",
  "mean.adoptedYear": "adopted in {year}",
  "mean.adoptedSession": "adopted at the {nth} session {organ}",
  "mean.adoptedSpecial":
    "adopted at the {nth} {kind, select, emergency {emergency special session} other {special session}} {organ}",
  "mean.generalText": "a {texts} {body}",
  "mean.generalTextNumber": "{texts} no. {n}",
  "mean.viewsSession": "adopted at the {nth} session {body}",
  "mean.views": "views or decision on an individual communication",
  "mean.communication": "communication no. {n}/{year}",
  "mean.registered": "the communication was registered in {year}",
  "mean.stateParty": "the State party: {name}",
  "mean.initialReport": "the initial report",
  "mean.periodicReport": "the {nth} periodic report",
  "mean.combinedReports": "the combined {list} periodic reports",
  "mean.visitReport": "the report on visit no. {n}",
  "mean.submitted": "{reports}, submitted by the State party",
  "mean.issuedOn":
    "{type, select, CO {concluding observations on} Q {list of issues on} other {list of issues prior to the submission of}}",
  "mean.citationKind": "{kind, select, resolution {a resolution} other {a decision}}",
  "mean.citationSession": "the {nth} session",
  "mean.citationNumber": "number {n}",
  "repair.foldedFullWidth": "folded full-width forms to ASCII",
  "repair.removedBlanks": "removed blanks",
  "repair.addedDot": "added the dot before the number",
  "repair.case": "wrote the letters in the symbol's case",
  "repair.oneForm": "wrote the component in its one written form",
  "repair.blanksAround": "removed blanks around the symbol",
  "repair.strayText": "removed stray text",
  "repair.blanksBesideSlash": "removed blanks beside a slash",
  "repair.jointHyphen": "removed blanks beside the hyphen that joins the two bodies' symbols",
  "repair.plainSlash": "wrote the separator as a plain slash",
  "repair.yearOfAdoption": "wrote the year of adoption as ' (yyyy)'",
  "repair.sessionOfAdoption":
    "wrote the session of adoption as its written form has it: capital Roman numerals after a blank, as ' (LXI)' or ' A (XXI)'",
  "repair.partsAfterNumber":
    "wrote the resolution's parts as their written form has them: after one blank, as ' A' or ' A-C'",
  "repair.reissueMark": "wrote the reissue mark right after the symbol",
} as const;
