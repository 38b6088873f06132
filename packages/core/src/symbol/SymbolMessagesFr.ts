import type { SymbolMessageKey } from "./SymbolMessagesEn";

/** The symbol parser's refusals and explanations in French, with the names the United Nations uses in French. */
export const FRENCH_SYMBOL_MESSAGES: Readonly<Record<SymbolMessageKey, string>> = {
  "error.message": "« {input} » n’est pas une cote de document valide : au caractère {offset} ({where}), {reason}.",
  "error.where": "{part}",
  "error.whereFound": "{part} « {found} »",
  "error.hinted": "{message} {hint}",
  part: "{part, select, symbol {cote} segment {segment} organ {organe} series {élément de série} category {catégorie} session {session} year {année} document {numéro du document} modifier {modificatif} country {État partie} body {organe} kind {nature} number {numéro} note {note} written {forme saisie} citation {citation} other {{part}}}",

  organ:
    "{organ, select, A {l’Assemblée générale} E {le Conseil économique et social} S {le Conseil de sécurité} ST {le Secrétariat} T {le Conseil de tutelle} UNODC {l’Office des Nations Unies contre la drogue et le crime} CTOC {la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée} CAC {la Conférence des États parties à la Convention des Nations Unies contre la corruption} other {{organ}}}",
  treatyBody:
    "{body, select, CCPR {le Comité des droits de l’homme} CESCR {le Comité des droits économiques, sociaux et culturels} CERD {le Comité pour l’élimination de la discrimination raciale} CEDAW {le Comité pour l’élimination de la discrimination à l’égard des femmes} CAT {le Comité contre la torture} SPT {le Sous-Comité pour la prévention de la torture} CRC {le Comité des droits de l’enfant} CMW {le Comité des travailleurs migrants} CRPD {le Comité des droits des personnes handicapées} CED {le Comité des disparitions forcées} other {{body}}}",
  organOf:
    "{organ, select, A {de l’Assemblée générale} E {du Conseil économique et social} S {du Conseil de sécurité} ST {du Secrétariat} T {du Conseil de tutelle} UNODC {de l’Office des Nations Unies contre la drogue et le crime} CTOC {de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée} CAC {de la Conférence des États parties à la Convention des Nations Unies contre la corruption} other {({name})}}",
  treatyBodyOf:
    "{body, select, CCPR {du Comité des droits de l’homme} CESCR {du Comité des droits économiques, sociaux et culturels} CERD {du Comité pour l’élimination de la discrimination raciale} CEDAW {du Comité pour l’élimination de la discrimination à l’égard des femmes} CAT {du Comité contre la torture} SPT {du Sous-Comité pour la prévention de la torture} CRC {du Comité des droits de l’enfant} CMW {du Comité des travailleurs migrants} CRPD {du Comité des droits des personnes handicapées} CED {du Comité des disparitions forcées} other {({name})}}",
  protocol:
    "{protocol, select, OPAC {le Protocole facultatif concernant l’implication d’enfants dans les conflits armés} OPSC {le Protocole facultatif concernant la vente d’enfants, la prostitution des enfants et la pornographie mettant en scène des enfants} other {{protocol}}}",
  subsidiaryBody:
    "{code, select, AC {comité spécial} C {commission} CN {commission technique} CONF {conférence} EG {groupe d’experts} GC {conseil d’administration} PC {comité préparatoire} SC {sous-comité} Sub {sous-commission} WG {groupe de travail} other {{code}}}",
  category: "{category, select, RES {résolutions} PRST {déclarations du Président} other {{category}}}",
  documentType:
    "{type, select, L {distribution limitée} CRP {document de séance} PV {procès-verbal} SR {compte rendu analytique} WP {document de travail} R {distribution restreinte} INF {série d’information} NGO {déclaration d’une organisation non gouvernementale} PET {pétition} GC {observation ou recommandation générale} CO {observations finales} Q {liste de points} QPR {liste de points établie avant la soumission du rapport} D {constatations ou décision concernant une communication} other {{type}}}",
  modifier:
    "{type, select, Add {additif} Rev {révision} Corr {rectificatif} Amend {amendement} Summary {version résumée} other {{type}}}",
  generalTexts: "{kind, select, recommendation {recommandation générale} other {observation générale}}",
  territory:
    "{code, select, UNK {Kosovo (rapports de la Mission d’administration intérimaire des Nations Unies au Kosovo, MINUK)} CHN-HKG {Chine, pour Hong Kong (Chine) (région administrative spéciale de Hong Kong)} CHN-MAC {Chine, pour Macao (Chine) (région administrative spéciale de Macao)} other {{code}}}",
  firstPeriod:
    "{organ, select, A {l’Assemblée générale ne fait figurer le numéro de sa session dans les cotes que depuis sa trente et unième session (1976)} E {le Conseil économique et social ne fait figurer l’année dans ses cotes que depuis 1978} CTOC {la Conférence des Parties à la Convention contre la criminalité organisée s’est réunie pour la première fois en 2004} CAC {la Conférence des États parties à la Convention contre la corruption s’est réunie pour la première fois en 2006} T {les sessions du Conseil de tutelle sont numérotées à partir de 1} treaty {les sessions d’un organe conventionnel sont numérotées à partir de 1} other {l’Organisation des Nations Unies n’a publié aucun document avant 1946}}",

  empty: "la cote est vide",
  cannotAppear: "« {character} » ne peut pas figurer dans une cote",
  fullWidth: "« {character} » est un caractère pleine chasse ou de compatibilité ; une cote s’écrit en ASCII simple",
  startsBlank: "une cote ne commence pas par une espace",
  endsBlank: "une cote ne se termine pas par une espace",
  blankBesideSlash: "une espace se trouve à côté d’une barre oblique",
  spaceInComponent: "un élément contient une espace",
  startsWithSlash: "la cote commence par une barre oblique",
  endsWithSlash: "la cote se termine par une barre oblique",
  doubleSlash: "deux barres obliques se suivent sans rien entre elles",
  overlong: "une cote compte au plus {max} caractères, et ce texte en compte {length}",
  writtenAs: "« {typed} » s’écrit « {written} »",
  numberZero: "les numéros d’une cote commencent à 1",
  leadingZero: "un numéro de cote ne commence pas par un zéro",
  tooManyDigits: "un numéro de cote compte au plus neuf chiffres",
  noOrgan: "la cote ne comporte pas d’organe",
  unknownOrgan: "« {text} » n’est pas un organe par lequel une cote peut commencer",
  committeeExpected:
    "les cotes {organ} se poursuivent par C ({body}){spt, select, yes { ou par OP (le Sous-Comité pour la prévention de la torture)} other {}}",
  bodyNeedsNumber: "{code} ({label}) doit être suivi de son numéro",
  seriesTooLong: "le nom d’une série compte au plus 12 lettres",
  requiredSeries: "les cotes {organ} se poursuivent par {series}",
  treatySessionOnlyInViews:
    "les cotes de cet organe ({body}) ne portent de session que dans ses constatations et décisions",
  serialNoPeriod:
    "les cotes de cet organe ({organ}) ne portent ni session ni année : ses documents sont numérotés en une seule série",
  sessionTooEarly: "la session {value} est trop ancienne : {note}",
  tooEarly: "{value} est trop ancien : {note}",
  noSuchAssemblySession:
    "l’Assemblée générale n’a pas tenu de {nRank, select, first {1re} other {{n}e}} session (la session {n} s’ouvrirait en septembre {year} ; au {date}, la dernière est la {latestRank, select, first {1re} other {{latest}e}}, ouverte en septembre {latestYear})",
  notFourDigitYear:
    "cet organe ({organ}) numérote ses documents par année, et « {text} » n’est pas une année à quatre chiffres",
  yearInFuture: "{year} est dans le futur (la date de référence est le {date})",
  noSuchCouncilSession:
    "le Conseil des droits de l’homme n’a pas tenu de {nRank, select, first {1re} other {{n}e}} session (il tient trois sessions ordinaires par an depuis 2006, donc au plus la {latestRank, select, first {1re} other {{latest}e}} à la fin de {year})",
  specialNotThisOrgan:
    "{emergency, select, yes {une session extraordinaire d’urgence} other {une session extraordinaire}} est propre à l’Assemblée générale : {organ} n’en tient pas",
  documentMissing: "la cote se termine avant le numéro du document",
  typeAfterSlash: "les documents {type} sont numérotés après une barre oblique",
  typeNeedsNumber: "{type} ({label}) doit être suivi d’un numéro",
  modifierBeforeDocument: "un modificatif suit le numéro du document, et il n’y en a aucun avant lui",
  rangeNotHere:
    "des numéros reliés par un trait d’union désignent les rapports périodiques présentés en un seul document d’un organe conventionnel, après un État partie",
  partialEllipsis:
    "« {ellipsis} » tient lieu d’un numéro de document inconnu : c’est une cote partielle, non une cote complète",
  seriesAfterCategory: "les éléments de série suivent immédiatement l’organe, avant toute catégorie, session ou année",
  notDocumentNumber: "ce n’est pas un numéro de document",
  unknownDocumentType: "« {code} » n’est pas un type de document connu",
  notModifier: "« {text} » ne peut pas suivre le numéro du document",
  summaryNoNumber: "Summary ne prend pas de numéro",
  modifierNeedsNumber: "{type} ({label}) doit être suivi d’un numéro",
  modifierTwice: "une cote comporte au plus un {type} ({label})",
  modifierOrder:
    "{type} ({label}) ne peut pas suivre {after, select, document {le numéro du document} other {{after}}}",
  categoryNotHere: "les cotes de cet organe ({organ}) ne comportent pas de {category}",
  jointFirstNotGeneral:
    "seule une observation générale d’un organe conventionnel est reliée par un trait d’union à celle d’un autre organe",
  jointSecondNotGeneral:
    "après une observation générale, un trait d’union la relie à l’observation générale d’un autre organe conventionnel, comme dans CEDAW/C/GC/31-CRC/C/GC/18",
  jointSameBody:
    "une observation générale conjointe émane de deux organes conventionnels, et les deux parties émanent ici du même ({body})",
  yearOnlySecurityCouncil: "seule une résolution du Conseil de sécurité porte son année entre parenthèses",
  yearFourDigits: "l’année d’adoption compte quatre chiffres",
  notRoman: "« {text} » n’est pas un numéro de session en chiffres romains sous leur forme usuelle",
  romanNotHere:
    "seule une résolution du Conseil de tutelle (T/RES/n), ou une résolution ancienne de l’Assemblée générale (A/RES/n) ou du Conseil économique et social (E/RES/n), porte sa session en chiffres romains",
  romanTooLateAssembly:
    "depuis sa trente et unième session, l’Assemblée générale inscrit la session dans la cote (A/RES/31/1) : la session {session} n’a aucune résolution sous cette forme",
  romanTooLateCouncil:
    "depuis 1978, le Conseil économique et social inscrit l’année dans la cote (E/RES/1978/1), et sa dernière session numérotée en chiffres romains est la soixante-troisième : la session {session} n’a aucune résolution sous cette forme",
  specialNotHere:
    "seule une résolution de l’Assemblée générale (A/RES/n) porte après elle une session extraordinaire ou extraordinaire d’urgence en chiffres romains",
  specialTooLate:
    "les résolutions des {kind, select, emergency {sessions extraordinaires d’urgence} other {sessions extraordinaires}} postérieures à la {last}e sont numérotées dans la cote : la {n}e {kind, select, emergency {session extraordinaire d’urgence} other {session extraordinaire}} n’en a aucune sous cette forme",
  specialInsideTooEarly:
    "les résolutions de la {nRank, select, first {1re} other {{n}e}} {kind, select, emergency {session extraordinaire d’urgence} other {session extraordinaire}} étaient numérotées dans la série unique de l’Assemblée, suivies de la session en chiffres romains",
  partNotHere:
    "la partie d’une résolution est désignée par une lettre après le numéro d’une résolution de l’Assemblée générale adoptée à une session ordinaire (A/RES/72/255 A, A/RES/60/247 A-C) ou, par une seule lettre, avant sa session en chiffres romains (A/RES/2200 A (XXI))",
  partRangeBackwards:
    "les parties publiées ensemble vont de la lettre la plus basse à la plus haute, ce que {text} ne fait pas",
  specialInArabic:
    "la {nRank, select, first {1re} other {{n}e}} session extraordinaire s’écrit en chiffres arabes après le numéro de la résolution : {written}",
  specialInRoman:
    "la {nRank, select, first {1re} other {{n}e}} {kind, select, emergency {session extraordinaire d’urgence} other {session extraordinaire}} s’écrit en chiffres romains après le numéro de la résolution : {written}",
  numberAfterSlash: "{type} doit être suivi de son numéro après une barre oblique",
  rangeBackwards:
    "les rapports présentés en un seul document vont du numéro le plus bas au plus élevé, ce que {text} ne fait pas",
  reportNumberMissing: "le numéro du rapport manque ici",
  countryNotUpper: "« {code} » n’est pas en majuscules : écrire « {upper} »",
  countryUnknown:
    "« {code} » n’est ni un code ISO 3166-1 alpha-3 connu de la M49 de l’ONU, ni un code que les organes conventionnels emploient à sa place ({codes})",
  visitsOnly: "{body} ne publie pas de {type} : ses rapports portent sur ses visites",
  endsAfterStateParty: "la cote se termine après l’État partie",
  cannotFollowStateParty: "« {text} » ne peut pas suivre l’État partie",
  noCommunications: "{body} n’a pas de procédure de communications individuelles en vigueur",
  communicationYear: "le numéro d’une communication est suivi de l’année de son enregistrement, en quatre chiffres",
  communicationTooEarly: "{year} est trop ancien : {body} ne reçoit de communications que depuis {first}",
  noGeneralComments: "{body} n’adopte pas d’observations générales",
  generalCommentSlash: "une observation générale est numérotée après une barre oblique",
  endsAfterProtocol: "la cote se termine après le protocole facultatif",
  protocolStateParty: "au titre de {protocol}, un document concerne un État partie, nommé en premier",
  prefixOnly: "un préfixe de cote ne comprend que l’organe et les éléments de série",
  partialNoEllipsis: "une cote partielle se termine par « {ellipsis} » à la place du numéro de document inconnu",
  partialAfterEllipsis:
    "rien ne peut suivre « {ellipsis} » : il tient lieu du numéro du document, seul élément qu’une cote partielle omet",
  partialNoPeriod:
    "une cote partielle indique {period, select, session {sa session} other {son année}} avant « {ellipsis} » : seul le numéro du document peut être inconnu",
  partialExtra:
    "« {text} » se trouve entre {period, select, session {la session} other {l’année}} et « {ellipsis} », alors qu’une cote partielle n’omet que le numéro du document",

  "hint.example": "Écrire comme dans {example}.",
  "hint.modifierNumber": "Le numéroter plutôt, comme dans {type}.2.",
  "hint.modifierEnds": "{type} termine une cote.",
  "hint.modifierAfter":
    "Après {after, select, document {le numéro du document} other {{after}}}, seuls {allowed} peuvent venir, comme dans A/C.3/74/L.5/Rev.1/Add.1.",
  "hint.write": "Écrire {text}.",
  "hint.check": "Vérifier auprès de la source.",
  "hint.oneForm":
    "Une cote n’a qu’une forme écrite ; l’étape de normalisation corrige ces erreurs de frappe et indique ce qu’elle a changé.",
  "hint.characters":
    "Une cote ne contient que des lettres, des chiffres, des points et des barres obliques, comme A/RES/74/173.",
  "hint.didYouMean":
    "Vouliez-vous dire {symbol} ? L’étape de normalisation corrige ces erreurs de frappe et indique ce qu’elle a changé.",
  "hint.organs": "Une cote commence par l’un des codes suivants : {codes}.",
  "hint.modifiers": "Seuls des modificatifs peuvent le suivre : /Add.n, /Rev.n, /Corr.n, /Amend.n ou /Summary.",
  "hint.document": "Attendu : un numéro, ou {types}.",
  "hint.roman":
    "Écrire la session en chiffres romains majuscules sous leur forme usuelle, comme dans T/RES/2200 (LXI).",
  "hint.slash": "Supprimer la barre oblique en trop : les éléments sont séparés par une seule barre oblique.",
  "hint.noSpaces": "Écrire chaque élément sans espace, comme dans A/RES/74/173.",
  "hint.partial": "Indiquer le numéro, ou enregistrer le texte là où une cote partielle est admise, comme {example}.",
  "hint.prefix": "S’arrêter avant la catégorie, la session, l’année ou le numéro du document, comme dans E/CN.15.",
  "hint.sessionOpens":
    "Chaque session de l’Assemblée générale s’ouvre en septembre de l’année 1945 plus son numéro : vérifier le numéro de session auprès de la source.",
  "hint.stateParty":
    "Un document d’un organe conventionnel concernant un État partie le désigne par son code, comme dans {example}.",

  "mean.committee": "le Comité",
  "mean.series": "la série {name}",
  "mean.subsidiary": "{label} no {n}",
  "mean.session": "la {nWords} session {organ}",
  "mean.year": "publié en {year}",
  "mean.special":
    "la {nWords} {kind, select, emergency {session extraordinaire d’urgence} other {session extraordinaire}} {organ}",
  "mean.documentType": "{label} no {n}",
  "mean.documentNumber": "document no {n}",
  "mean.modifier": "{label} no {n}",
  "mean.reissue":
    "{count, plural, one {nouveau tirage pour raisons techniques} many {# nouveaux tirages pour raisons techniques} other {# nouveaux tirages pour raisons techniques}}",
  "mean.part": "partie {letter} d’une résolution adoptée en plusieurs parties",
  "mean.parts": "parties {first} à {last} d’une résolution adoptée en plusieurs parties, publiées ensemble",
  "mean.adoptedYear": "adoptée en {year}",
  "mean.adoptedSession": "adoptée à la {nWords} session {organ}",
  "mean.adoptedSpecial":
    "adoptée à la {nWords} {kind, select, emergency {session extraordinaire d’urgence} other {session extraordinaire}} {organ}",
  "mean.generalText": "{texts} {body}",
  "mean.generalTextNumber": "{texts} no {n}",
  "mean.viewsSession": "adoptées à la {nRank, select, first {1re} other {{n}e}} session {body}",
  "mean.views": "constatations ou décision concernant une communication individuelle",
  "mean.communication": "communication no {n}/{year}",
  "mean.registered": "communication enregistrée en {year}",
  "mean.stateParty": "l’État partie : {name}",
  "mean.initialReport": "le rapport initial",
  "mean.periodicReport": "le {nRank, select, first {1er} other {{n}e}} rapport périodique",
  "mean.combinedReports": "le document valant {n}e à {last}e rapports périodiques",
  "mean.visitReport": "le rapport sur la visite no {n}",
  "mean.submitted": "{reports}, présenté par l’État partie",
  "mean.issuedOn":
    "{type, select, CO {observations finales concernant} Q {liste de points concernant} other {liste de points établie avant la soumission de}}",
  "mean.citationBody":
    "{body, select, ga {l’Assemblée générale} ecosoc {le Conseil économique et social} other {la Commission pour la prévention du crime et la justice pénale}}",
  "mean.citationKind": "{kind, select, resolution {une résolution} other {une décision}}",
  "mean.citationSession": "la {nWords} session",
  "mean.citationNumber": "numéro {n}",
  citation:
    "{kind, select, resolution {résolution} other {décision}} {number} {bodyId, select, ga {de l’Assemblée générale} ecosoc {du Conseil économique et social} other {de la Commission pour la prévention du crime et la justice pénale}}",
  "citation.empty": "la citation est vide",
  "citation.noBody": "la citation ne nomme aucun organe",
  "citation.unknownBody": "« {text} » n’est pas un organe dont Remit cite les résolutions",
  "citation.leadingZero": "« {digits} » commence par un zéro",
  "citation.tooLong": "« {digits} » est un nombre trop long",
  "citation.numberMissing": "le numéro manque",
  "citation.notNumber": "« {text} » n’est pas un numéro de résolution ou de décision",
  "citation.councilByYear":
    "le Conseil économique et social numérote ses {kind, select, resolution {résolutions} other {décisions}} par année, et « {text} » n’est pas une année à quatre chiffres",
  "citation.councilTooEarly":
    "{year} est trop tôt : le Conseil économique et social ne numérote ses {kind, select, resolution {résolutions} other {décisions}} par année que depuis {first}",
  "citation.commissionBySession":
    "la Commission pour la prévention du crime et la justice pénale numérote ses {kind, select, resolution {résolutions} other {décisions}} par session, et {session} ressemble à une année",
  "citation.assemblyTooEarly":
    "la session {session} est trop ancienne : l’Assemblée générale ne numérote ses {kind, select, resolution {résolutions} other {décisions}} par session que depuis sa trente et unième session (1976)",
  "citation.chineseEnd": "une citation en chinois se termine par 决议 (résolution) ou 决定 (décision)",
  "citation.chineseNumber": "le numéro n’est pas écrit 第…号",
  "citation.kindMissing": "une citation indique s’il s’agit d’une résolution ou d’une décision avant son numéro",
  "citation.overlong": "une citation compte au plus {max} caractères, et ce texte en compte {length}",
  "citation.hint.noBody":
    "Le nommer, comme dans CCPCJ decision 18/1, ou passer defaultBodyId lorsque le contexte le fixe.",
  "citation.hint.bodies":
    "Organes attendus : l’Assemblée générale (GA, 大会), le Conseil économique et social (ECOSOC, 经济及社会理事会) ou la Commission pour la prévention du crime et la justice pénale (CCPCJ, 预防犯罪和刑事司法委员会).",
  "citation.hint.leadingZero": "Les numéros s’écrivent sans zéro initial et commencent à 1.",
  "citation.hint.number": "Écrire session/numéro ou année/numéro, comme 22/8 ou 2010/243.",
  "citation.noSymbolDecision":
    "{citation} n’a pas de cote propre : les décisions {body} ne sont pas publiées comme documents distincts ; citer la décision elle-même",
  "citation.noSymbolCommission":
    "{citation} n’a pas de cote propre : les résolutions de la Commission sont publiées dans le rapport sur sa session ; citer la résolution elle-même",
  "citation.error": "« {input} » n’est pas une citation valide : au caractère {offset} ({where}), {reason}.",
  "repair.foldedFullWidth": "a ramené les formes pleine chasse à l’ASCII",
  "repair.removedBlanks": "a supprimé des blancs",
  "repair.addedDot": "a ajouté le point avant le numéro",
  "repair.case": "a écrit les lettres dans la casse de la cote",
  "repair.oneForm": "a écrit l’élément sous sa forme écrite unique",
  "repair.blanksAround": "a supprimé les blancs autour de la cote",
  "repair.strayText": "a supprimé du texte parasite",
  "repair.blanksBesideSlash": "a supprimé les blancs autour d’une barre oblique",
  "repair.jointHyphen": "a supprimé les blancs autour du trait d’union qui joint les cotes des deux organes",
  "repair.plainSlash": "a écrit le séparateur comme une simple barre oblique",
  "repair.yearOfAdoption": "a écrit l’année d’adoption sous la forme « (aaaa) »",
  "repair.sessionOfAdoption":
    "a écrit la session d’adoption sous sa forme écrite : chiffres romains majuscules après un blanc, comme « (LXI) » ou « A (XXI) »",
  "repair.partsAfterNumber":
    "a écrit les parties de la résolution sous leur forme écrite : après un blanc, comme « A » ou « A-C »",
  "repair.reissueMark": "a placé la marque de nouveau tirage juste après la cote",
};
