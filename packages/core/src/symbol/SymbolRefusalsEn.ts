/**
 * The symbol parser's refusals in English: everything a `InvalidSymbol.reason` and `message`, a
 * schema's issue about a symbol or a citation, and a citation written in English are worded
 * from. Kept apart from the explanations (`SymbolExplanationsEn`) so that a schema in a browser
 * bundle carries only the words it can say. Slots hold codes, numbers and symbols as written;
 * a slot that is itself worded (an organ's name, a note) is given as a nested key. English
 * writes ordinals from `{nth}` ("74th"); the other languages from `{n}`.
 */
export const ENGLISH_SYMBOL_REFUSALS = {
  // How an error is put together.
  "error.message": '"{input}" is not a valid document symbol: at character {offset} ({where}), {reason}.',
  "error.where": "{part}",
  "error.whereFound": '{part} "{found}"',
  "error.hinted": "{message} {hint}",
  part: "{part, select, symbol {symbol} segment {segment} organ {organ} series {series component} category {category} session {session} year {year} document {document number} modifier {modifier} country {State party} body {body} kind {kind} number {number} note {note} written {written} citation {citation} other {{part}}}",

  // The vocabulary, by code.
  organ:
    "{organ, select, A {the General Assembly} E {the Economic and Social Council} S {the Security Council} ST {the Secretariat} T {the Trusteeship Council} UNODC {the United Nations Office on Drugs and Crime} CTOC {the Conference of the Parties to the United Nations Convention against Transnational Organized Crime} CAC {the Conference of the States Parties to the United Nations Convention against Corruption} other {{organ}}}",
  treatyBody:
    "{body, select, CCPR {the Human Rights Committee} CESCR {the Committee on Economic, Social and Cultural Rights} CERD {the Committee on the Elimination of Racial Discrimination} CEDAW {the Committee on the Elimination of Discrimination against Women} CAT {the Committee against Torture} SPT {the Subcommittee on Prevention of Torture} CRC {the Committee on the Rights of the Child} CMW {the Committee on Migrant Workers} CRPD {the Committee on the Rights of Persons with Disabilities} CED {the Committee on Enforced Disappearances} other {{body}}}",
  organOf: "of {name}",
  treatyBodyOf: "of {name}",
  protocol:
    "{protocol, select, OPAC {the Optional Protocol on the involvement of children in armed conflict} OPSC {the Optional Protocol on the sale of children, child prostitution and child pornography} other {{protocol}}}",
  subsidiaryBody:
    "{code, select, AC {ad hoc committee} C {committee} CN {commission} CONF {conference} EG {expert group} GC {governing council} PC {preparatory committee} SC {subcommittee} Sub {subcommission} WG {working group} other {{code}}}",
  category: "{category, select, RES {resolutions} PRST {presidential statements} other {{category}}}",
  documentType:
    "{type, select, L {limited distribution} CRP {conference room paper} PV {verbatim record} SR {summary record} WP {working paper} R {restricted distribution} INF {information series} NGO {statement by a non-governmental organization} PET {petition} GC {general comment or recommendation} CO {concluding observations} Q {list of issues} QPR {list of issues prior to reporting} D {views or decision on a communication} other {{type}}}",
  modifier:
    "{type, select, Add {addendum} Rev {revision} Corr {corrigendum} Amend {amendment} Summary {summarized version} other {{type}}}",
  generalTexts: "{kind, select, recommendation {general recommendation} other {general comment}}",
  territory:
    "{code, select, UNK {Kosovo (the reports of the United Nations Interim Administration Mission in Kosovo, UNMIK)} CHN-HKG {China, for Hong Kong, China (the Hong Kong Special Administrative Region)} CHN-MAC {China, for Macao, China (the Macao Special Administrative Region)} other {{code}}}",
  firstPeriod:
    "{organ, select, A {the General Assembly has put its session number in symbols only since its 31st session (1976)} E {the Economic and Social Council has put the year in its symbols only since 1978} CTOC {the Conference of the Parties to the Organized Crime Convention first met in 2004} CAC {the Conference of the States Parties to the Convention against Corruption first met in 2006} T {the Trusteeship Council's sessions are numbered from 1} treaty {a treaty body's sessions are numbered from 1} other {the United Nations issued no documents before 1946}}",

  // Why a text is not a symbol.
  empty: "the symbol is empty",
  cannotAppear: '"{character}" cannot appear in a symbol',
  fullWidth: '"{character}" is a full-width or compatibility form; a symbol is written in plain ASCII',
  startsBlank: "a symbol starts with no blank",
  endsBlank: "a symbol ends with no blank",
  blankBesideSlash: "a blank stands beside a slash",
  spaceInComponent: "a component holds a space",
  startsWithSlash: "the symbol starts with a slash",
  endsWithSlash: "the symbol ends with a slash",
  doubleSlash: "two slashes have nothing between them",
  overlong: "a symbol has at most {max} characters, and this text has {length}",
  writtenAs: '"{typed}" is written "{written}"',
  numberZero: "numbers in a symbol start at 1",
  leadingZero: "a number in a symbol has no leading zeros",
  tooManyDigits: "a number in a symbol has at most nine digits",
  noOrgan: "the symbol has no organ",
  unknownOrgan: '"{text}" is not an organ a symbol can start with',
  committeeExpected:
    "{organ} symbols continue with C ({body}){spt, select, yes { or OP (the Subcommittee on Prevention of Torture)} other {}}",
  bodyNeedsNumber: "{code} ({label}) needs its number",
  seriesTooLong: "a series name has at most 12 letters",
  requiredSeries: "{organ} symbols continue with {series}",
  treatySessionOnlyInViews: "{body}'s symbols carry a session only in its views and decisions",
  serialNoPeriod: "{organ}'s symbols carry no session or year: its documents are numbered in one series",
  sessionTooEarly: "session {value} is too early: {note}",
  tooEarly: "{value} is too early: {note}",
  noSuchAssemblySession:
    "the General Assembly has had no {nth} session (session {n} would open in September {year}; the latest as of {date} is the {latestNth}, opened in September {latestYear})",
  notFourDigitYear: '{organ} numbers its documents by year, and "{text}" is not a four-digit year',
  yearInFuture: "{year} is in the future (the reference date is {date})",
  noSuchCouncilSession:
    "the Human Rights Council has had no {nth} session (it holds three regular sessions a year since 2006, so at most the {latestNth} by the end of {year})",
  specialNotThisOrgan:
    "{emergency, select, yes {an emergency special session} other {a special session}} is the General Assembly's: {organ} holds none",
  documentMissing: "the symbol ends before the document number",
  typeAfterSlash: "{type} documents are numbered after a slash",
  typeNeedsNumber: "{type} ({label}) needs a number",
  modifierBeforeDocument: "a modifier comes after the document number, and there is none before it",
  rangeNotHere: "numbers joined by a hyphen are a treaty body's combined periodic reports, after a State party",
  partialEllipsis:
    '"{ellipsis}" stands for a document number that is not known, so this is a partial symbol, not a full one',
  seriesAfterCategory: "series components come right after the organ, before any category, session or year",
  notDocumentNumber: "this is not a document number",
  unknownDocumentType: '"{code}" is not a known document type',
  notModifier: '"{text}" cannot follow the document number',
  summaryNoNumber: "Summary takes no number",
  modifierNeedsNumber: "{type} ({label}) needs a number",
  modifierTwice: "a symbol carries at most one {type} ({label})",
  modifierOrder: "{type} ({label}) cannot follow {after, select, document {the document number} other {{after}}}",
  categoryNotHere: "{organ}'s symbols carry no {category}",
  jointFirstNotGeneral: "only a treaty body's general comment is joined to another body's with a hyphen",
  jointSecondNotGeneral:
    "a hyphen after a general comment joins another treaty body's general comment, as in CEDAW/C/GC/31-CRC/C/GC/18",
  jointSameBody: "a joint general comment is of two treaty bodies, and both halves are {body}'s",
  yearOnlySecurityCouncil: "only a Security Council resolution carries its year in parentheses",
  yearFourDigits: "the year of adoption has four digits",
  notRoman: '"{text}" is not a session number in Roman numerals in their usual form',
  romanNotHere:
    "only a Trusteeship Council resolution (T/RES/n), or an early General Assembly (A/RES/n) or Economic and Social Council (E/RES/n) one, carries its session in Roman numerals",
  romanTooLateAssembly:
    "from its 31st session the General Assembly writes the session inside the symbol (A/RES/31/1), so session {session} has no resolution in this form",
  romanTooLateCouncil:
    "from 1978 the Economic and Social Council writes the year inside the symbol (E/RES/1978/1), and its last session numbered in Roman numerals was the 63rd, so session {session} has no resolution in this form",
  specialNotHere:
    "only a General Assembly resolution (A/RES/n) carries a special or emergency special session in Roman numerals after it",
  specialTooLate:
    "resolutions of the {kind, select, emergency {emergency special sessions} other {special sessions}} after the {lastNth} are numbered inside the symbol, so the {nth} {kind, select, emergency {emergency special session} other {special session}} has none in this form",
  specialInsideTooEarly:
    "resolutions of the {nth} {kind, select, emergency {emergency special session} other {special session}} were numbered in the Assembly's one series, with the session after them in Roman numerals",
  partNotHere:
    "a resolution's part is lettered after the number of a General Assembly resolution of a regular session (A/RES/72/255 A, A/RES/60/247 A-C), or, one letter, before its session in Roman numerals (A/RES/2200 A (XXI))",
  partRangeBackwards: "parts issued together run from the earlier letter to the later, and {text} does not",
  specialInArabic: "the {nth} special session is written in Arabic numerals after a resolution's number: {written}",
  specialInRoman:
    "the {nth} {kind, select, emergency {emergency special session} other {special session}} is written in Roman numerals after a resolution's number: {written}",
  numberAfterSlash: "{type} needs its number after a slash",
  rangeBackwards: "combined reports run from the lower number to the higher, and {text} does not",
  reportNumberMissing: "the report's number is missing here",
  countryNotUpper: '"{code}" is not upper-case: write "{upper}"',
  countryUnknown:
    '"{code}" is not an ISO 3166-1 alpha-3 code known to UN M49, nor a code the treaty bodies use in its place ({codes})',
  visitsOnly: "{body} issues no {type}: its reports are on its visits",
  endsAfterStateParty: "the symbol ends after the State party",
  cannotFollowStateParty: '"{text}" cannot follow the State party',
  noCommunications: "{body} has no individual communications procedure in force",
  communicationYear: "a communication's number is followed by the four-digit year it was registered",
  communicationTooEarly: "{year} is too early: {body} has received communications only since {first}",
  noGeneralComments: "{body} issues no general comments",
  generalCommentSlash: "a general comment is numbered after a slash",
  endsAfterProtocol: "the symbol ends after the optional protocol",
  protocolStateParty: "under {protocol}, a document is about a State party, named first",
  prefixOnly: "a symbol prefix holds only the organ and series components",
  partialNoEllipsis: 'a partial symbol ends with "{ellipsis}" in place of the unknown document number',
  partialAfterEllipsis:
    'nothing may follow "{ellipsis}": it stands for the document number, and a partial symbol leaves out only that',
  partialNoPeriod:
    'a partial symbol names its {period, select, session {session} other {year}} before "{ellipsis}": only the document number may be unknown',
  partialExtra:
    '"{text}" stands between the {period, select, session {session} other {year}} and "{ellipsis}", but a partial symbol leaves out only the document number',

  // What a valid symbol looks like there.
  "hint.example": "Write it as in {example}.",
  "hint.modifierNumber": "Number it instead, as in {type}.2.",
  "hint.modifierEnds": "{type} ends a symbol.",
  "hint.modifierAfter":
    "After {after, select, document {the document number} other {{after}}} only {allowed} may come, as in A/C.3/74/L.5/Rev.1/Add.1.",
  "hint.write": "Write {text}.",
  "hint.check": "Check it against the source.",
  "hint.oneForm": "A symbol has one written form; normaliseSymbol repairs such slips and says what it changed.",
  "hint.characters": "A symbol holds only letters, digits, dots and slashes, as in A/RES/74/173.",
  "hint.didYouMean": "Did you mean {symbol}? normaliseSymbol repairs such slips and says what it changed.",
  "hint.organs": "A symbol starts with one of {codes}.",
  "hint.modifiers": "Only modifiers may follow it: /Add.n, /Rev.n, /Corr.n, /Amend.n or /Summary.",
  "hint.document": "Expected a number, or {types}.",
  "hint.roman": "Write the session in capital Roman numerals in their usual form, as in T/RES/2200 (LXI).",
  "hint.slash": "Remove the extra slash: components are separated by a single slash.",
  "hint.noSpaces": "Write each component without spaces, as in A/RES/74/173.",
  "hint.partial": "Give the number, or store the text where a partial symbol is accepted, as in {example}.",
  "hint.prefix": "Stop before the category, session, year or document number, as in E/CN.15.",
  "hint.sessionOpens":
    "Session n of the General Assembly opens in September of 1945 + n: check the session number against the source.",
  "hint.stateParty": "A treaty body's document about a State party names it by its code, as in {example}.",

  // A citation's body by its id.
  "mean.citationBody":
    "{body, select, ga {General Assembly} ecosoc {Economic and Social Council} other {Commission on Crime Prevention and Criminal Justice}}",
  citation: "{body} {kind, select, resolution {resolution} other {decision}} {number}",
  "citation.empty": "the citation is empty",
  "citation.noBody": "the citation names no body",
  "citation.unknownBody": '"{text}" is not a body whose resolutions Remit cites',
  "citation.leadingZero": '"{digits}" starts with a zero',
  "citation.tooLong": '"{digits}" is too long a number',
  "citation.numberMissing": "the number is missing",
  "citation.notNumber": '"{text}" is not a resolution or decision number',
  "citation.councilByYear":
    'the Economic and Social Council numbers its {kind, select, resolution {resolutions} other {decisions}} by year, and "{text}" is not a four-digit year',
  "citation.councilTooEarly":
    "{year} is too early: the Economic and Social Council has numbered its {kind, select, resolution {resolutions} other {decisions}} by year only since {first}",
  "citation.commissionBySession":
    "the Commission on Crime Prevention and Criminal Justice numbers its {kind, select, resolution {resolutions} other {decisions}} by session, and {session} looks like a year",
  "citation.assemblyTooEarly":
    "session {session} is too early: the General Assembly has numbered its {kind, select, resolution {resolutions} other {decisions}} by session only since its 31st session (1976)",
  "citation.chineseEnd": "a Chinese citation ends with 决议 (resolution) or 决定 (decision)",
  "citation.chineseNumber": "the number is not written 第…号",
  "citation.kindMissing": "a citation says whether it is a resolution or a decision before its number",
  "citation.overlong": "a citation has at most {max} characters, and this text has {length}",
  "citation.hint.noBody": "Name it, as in CCPCJ decision 18/1, or pass defaultBodyId when the context fixes it.",
  "citation.hint.bodies":
    "Expected the General Assembly (GA, 大会), the Economic and Social Council (ECOSOC, 经济及社会理事会) or the Commission on Crime Prevention and Criminal Justice (CCPCJ, 预防犯罪和刑事司法委员会).",
  "citation.hint.leadingZero": "Numbers are written without leading zeros and start at 1.",
  "citation.hint.number": "Write session/number or year/number, as in 22/8 or 2010/243.",
  "citation.noSymbolDecision":
    "{citation} has no document symbol of its own: decisions of the {body} are not issued as separate documents; cite the decision itself",
  "citation.noSymbolCommission":
    "{citation} has no document symbol of its own: the Commission's resolutions are published in its session report; cite the resolution itself",
  "citation.error": '"{input}" is not a valid citation: at character {offset} ({where}), {reason}.',
} as const;
