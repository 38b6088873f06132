import type { SymbolMessageKey } from "./SymbolMessagesEn";

/** The symbol parser's refusals and explanations in Spanish, with the names the United Nations uses in Spanish. */
export const SPANISH_SYMBOL_MESSAGES: Readonly<Record<SymbolMessageKey, string>> = {
  "error.message": "«{input}» no es una signatura de documento válida: en el carácter {offset} ({where}), {reason}.",
  "error.where": "{part}",
  "error.whereFound": "{part} «{found}»",
  "error.hinted": "{message} {hint}",
  part: "{part, select, symbol {signatura} segment {segmento} organ {órgano} series {componente de serie} category {categoría} session {período de sesiones} year {año} document {número del documento} modifier {modificador} country {Estado parte} body {órgano} kind {tipo} number {número} note {nota} written {forma escrita} citation {cita} other {{part}}}",

  organ:
    "{organ, select, A {la Asamblea General} E {el Consejo Económico y Social} S {el Consejo de Seguridad} ST {la Secretaría} T {el Consejo de Administración Fiduciaria} UNODC {la Oficina de las Naciones Unidas contra la Droga y el Delito} CTOC {la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional} CAC {la Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción} other {{organ}}}",
  treatyBody:
    "{body, select, CCPR {el Comité de Derechos Humanos} CESCR {el Comité de Derechos Económicos, Sociales y Culturales} CERD {el Comité para la Eliminación de la Discriminación Racial} CEDAW {el Comité para la Eliminación de la Discriminación contra la Mujer} CAT {el Comité contra la Tortura} SPT {el Subcomité para la Prevención de la Tortura} CRC {el Comité de los Derechos del Niño} CMW {el Comité de Trabajadores Migratorios} CRPD {el Comité sobre los Derechos de las Personas con Discapacidad} CED {el Comité contra la Desaparición Forzada} other {{body}}}",
  organOf:
    "{organ, select, A {de la Asamblea General} E {del Consejo Económico y Social} S {del Consejo de Seguridad} ST {de la Secretaría} T {del Consejo de Administración Fiduciaria} UNODC {de la Oficina de las Naciones Unidas contra la Droga y el Delito} CTOC {de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional} CAC {de la Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción} other {({name})}}",
  treatyBodyOf:
    "{body, select, CCPR {del Comité de Derechos Humanos} CESCR {del Comité de Derechos Económicos, Sociales y Culturales} CERD {del Comité para la Eliminación de la Discriminación Racial} CEDAW {del Comité para la Eliminación de la Discriminación contra la Mujer} CAT {del Comité contra la Tortura} SPT {del Subcomité para la Prevención de la Tortura} CRC {del Comité de los Derechos del Niño} CMW {del Comité de Trabajadores Migratorios} CRPD {del Comité sobre los Derechos de las Personas con Discapacidad} CED {del Comité contra la Desaparición Forzada} other {({name})}}",
  protocol:
    "{protocol, select, OPAC {el Protocolo Facultativo relativo a la participación de niños en los conflictos armados} OPSC {el Protocolo Facultativo relativo a la venta de niños, la prostitución infantil y la utilización de niños en la pornografía} other {{protocol}}}",
  subsidiaryBody:
    "{code, select, AC {comité especial} C {comisión} CN {comisión orgánica} CONF {conferencia} EG {grupo de expertos} GC {consejo de administración} PC {comité preparatorio} SC {subcomité} Sub {subcomisión} WG {grupo de trabajo} other {{code}}}",
  category: "{category, select, RES {resoluciones} PRST {declaraciones de la Presidencia} other {{category}}}",
  documentType:
    "{type, select, L {distribución limitada} CRP {documento de sesión} PV {acta literal} SR {acta resumida} WP {documento de trabajo} R {distribución reservada} INF {serie de información} NGO {declaración de una organización no gubernamental} PET {petición} GC {observación o recomendación general} CO {observaciones finales} Q {lista de cuestiones} QPR {lista de cuestiones previa a la presentación del informe} D {dictamen o decisión sobre una comunicación} other {{type}}}",
  modifier:
    "{type, select, Add {adición} Rev {revisión} Corr {corrección} Amend {enmienda} Summary {versión resumida} other {{type}}}",
  generalTexts: "{kind, select, recommendation {recomendación general} other {observación general}}",
  territory:
    "{code, select, UNK {Kosovo (informes de la Misión de Administración Provisional de las Naciones Unidas en Kosovo, UNMIK)} CHN-HKG {China, respecto de Hong Kong (China) (Región Administrativa Especial de Hong Kong)} CHN-MAC {China, respecto de Macao (China) (Región Administrativa Especial de Macao)} other {{code}}}",
  firstPeriod:
    "{organ, select, A {la Asamblea General solo indica el número de su período de sesiones en las signaturas desde su trigésimo primer período de sesiones (1976)} E {el Consejo Económico y Social solo indica el año en sus signaturas desde 1978} CTOC {la Conferencia de las Partes en la Convención contra la Delincuencia Organizada se reunió por primera vez en 2004} CAC {la Conferencia de los Estados Partes en la Convención contra la Corrupción se reunió por primera vez en 2006} T {los períodos de sesiones del Consejo de Administración Fiduciaria se numeran desde 1} treaty {los períodos de sesiones de un órgano creado en virtud de tratados se numeran desde 1} other {las Naciones Unidas no publicaron documentos antes de 1946}}",

  empty: "la signatura está vacía",
  cannotAppear: "«{character}» no puede figurar en una signatura",
  fullWidth:
    "«{character}» es una forma de ancho completo o de compatibilidad; una signatura se escribe en ASCII simple",
  startsBlank: "una signatura no empieza con un espacio",
  endsBlank: "una signatura no termina con un espacio",
  blankBesideSlash: "hay un espacio junto a una barra",
  spaceInComponent: "un componente contiene un espacio",
  startsWithSlash: "la signatura empieza con una barra",
  endsWithSlash: "la signatura termina con una barra",
  doubleSlash: "hay dos barras sin nada entre ellas",
  overlong: "una signatura tiene como máximo {max} caracteres, y este texto tiene {length}",
  writtenAs: "«{typed}» se escribe «{written}»",
  numberZero: "los números de una signatura empiezan en 1",
  leadingZero: "un número de una signatura no lleva ceros a la izquierda",
  tooManyDigits: "un número de una signatura tiene como máximo nueve cifras",
  noOrgan: "la signatura no tiene órgano",
  unknownOrgan: "«{text}» no es un órgano con el que pueda empezar una signatura",
  committeeExpected:
    "las signaturas {organ} continúan con C ({body}){spt, select, yes { o con OP (el Subcomité para la Prevención de la Tortura)} other {}}",
  bodyNeedsNumber: "{code} ({label}) necesita su número",
  seriesTooLong: "el nombre de una serie tiene como máximo 12 letras",
  requiredSeries: "las signaturas {organ} continúan con {series}",
  treatySessionOnlyInViews:
    "las signaturas de este órgano ({body}) solo indican el período de sesiones en sus dictámenes y decisiones",
  serialNoPeriod:
    "las signaturas de este órgano ({organ}) no indican período de sesiones ni año: sus documentos se numeran en una sola serie",
  sessionTooEarly: "el período de sesiones {value} es demasiado pronto: {note}",
  tooEarly: "{value} es demasiado pronto: {note}",
  noSuchAssemblySession:
    "la Asamblea General no ha celebrado un {n}º período de sesiones (el período {n} se abriría en septiembre de {year}; al {date}, el último es el {latest}º, abierto en septiembre de {latestYear})",
  notFourDigitYear: "este órgano ({organ}) numera sus documentos por año, y «{text}» no es un año de cuatro cifras",
  yearInFuture: "{year} está en el futuro (la fecha de referencia es {date})",
  noSuchCouncilSession:
    "el Consejo de Derechos Humanos no ha celebrado un {n}º período de sesiones (celebra tres períodos ordinarios al año desde 2006, por lo que a finales de {year} habrá celebrado como máximo el {latest}º)",
  specialNotThisOrgan:
    "{emergency, select, yes {un período extraordinario de sesiones de emergencia} other {un período extraordinario de sesiones}} es propio de la Asamblea General: {organ} no los celebra",
  documentMissing: "la signatura termina antes del número del documento",
  typeAfterSlash: "los documentos {type} se numeran después de una barra",
  typeNeedsNumber: "{type} ({label}) necesita un número",
  modifierBeforeDocument: "un modificador va después del número del documento, y no hay ninguno antes",
  rangeNotHere:
    "los números unidos por un guion son informes periódicos combinados de un órgano creado en virtud de tratados, después de un Estado parte",
  partialEllipsis: "«{ellipsis}» sustituye a un número de documento desconocido: es una signatura parcial, no completa",
  seriesAfterCategory:
    "los componentes de serie van justo después del órgano, antes de cualquier categoría, período de sesiones o año",
  notDocumentNumber: "esto no es un número de documento",
  unknownDocumentType: "«{code}» no es un tipo de documento conocido",
  notModifier: "«{text}» no puede seguir al número del documento",
  summaryNoNumber: "Summary no lleva número",
  modifierNeedsNumber: "{type} ({label}) necesita un número",
  modifierTwice: "una signatura lleva como máximo un {type} ({label})",
  modifierOrder:
    "{type} ({label}) no puede seguir a {after, select, document {el número del documento} other {{after}}}",
  categoryNotHere: "las signaturas de este órgano ({organ}) no llevan {category}",
  jointFirstNotGeneral:
    "solo la observación general de un órgano creado en virtud de tratados se une con un guion a la de otro órgano",
  jointSecondNotGeneral:
    "un guion después de una observación general la une a la observación general de otro órgano creado en virtud de tratados, como en CEDAW/C/GC/31-CRC/C/GC/18",
  jointSameBody:
    "una observación general conjunta es de dos órganos creados en virtud de tratados, y aquí ambas partes son del mismo ({body})",
  yearOnlySecurityCouncil: "solo una resolución del Consejo de Seguridad lleva su año entre paréntesis",
  yearFourDigits: "el año de aprobación tiene cuatro cifras",
  notRoman: "«{text}» no es un número de período de sesiones en números romanos en su forma habitual",
  romanNotHere:
    "solo una resolución del Consejo de Administración Fiduciaria (T/RES/n), o una resolución antigua de la Asamblea General (A/RES/n) o del Consejo Económico y Social (E/RES/n), lleva su período de sesiones en números romanos",
  romanTooLateAssembly:
    "desde su trigésimo primer período de sesiones la Asamblea General indica el período dentro de la signatura (A/RES/31/1), por lo que el período {session} no tiene resoluciones en esta forma",
  romanTooLateCouncil:
    "desde 1978 el Consejo Económico y Social indica el año dentro de la signatura (E/RES/1978/1), y su último período numerado en números romanos fue el 63º, por lo que el período {session} no tiene resoluciones en esta forma",
  specialNotHere:
    "solo una resolución de la Asamblea General (A/RES/n) lleva después un período extraordinario de sesiones o un período extraordinario de sesiones de emergencia en números romanos",
  specialTooLate:
    "las resoluciones de los {kind, select, emergency {períodos extraordinarios de sesiones de emergencia} other {períodos extraordinarios de sesiones}} posteriores al {last}º se numeran dentro de la signatura, por lo que el {n}º no tiene ninguna en esta forma",
  specialInsideTooEarly:
    "las resoluciones del {n}º {kind, select, emergency {período extraordinario de sesiones de emergencia} other {período extraordinario de sesiones}} se numeraron en la serie única de la Asamblea, seguidas del período en números romanos",
  partNotHere:
    "la parte de una resolución se indica con una letra después del número de una resolución de la Asamblea General de un período ordinario de sesiones (A/RES/72/255 A, A/RES/60/247 A-C) o, con una sola letra, antes de su período de sesiones en números romanos (A/RES/2200 A (XXI))",
  partRangeBackwards: "las partes publicadas juntas van de la letra anterior a la posterior, y {text} no lo hace",
  specialInArabic:
    "el {n}º período extraordinario de sesiones se escribe en números arábigos después del número de la resolución: {written}",
  specialInRoman:
    "el {nWords} {kind, select, emergency {período extraordinario de sesiones de emergencia} other {período extraordinario de sesiones}} se escribe en números romanos después del número de la resolución: {written}",
  numberAfterSlash: "{type} necesita su número después de una barra",
  rangeBackwards: "los informes combinados van del número menor al mayor, y {text} no lo hace",
  reportNumberMissing: "falta aquí el número del informe",
  countryNotUpper: "«{code}» no está en mayúsculas: escriba «{upper}»",
  countryUnknown:
    "«{code}» no es un código ISO 3166-1 alfa-3 conocido en la M49 de las Naciones Unidas, ni un código que los órganos creados en virtud de tratados usen en su lugar ({codes})",
  visitsOnly: "{body} no publica {type}: sus informes tratan de sus visitas",
  endsAfterStateParty: "la signatura termina después del Estado parte",
  cannotFollowStateParty: "«{text}» no puede seguir al Estado parte",
  noCommunications: "{body} no tiene en vigor un procedimiento de comunicaciones individuales",
  communicationYear: "el número de una comunicación va seguido del año de su registro, en cuatro cifras",
  communicationTooEarly: "{year} es demasiado pronto: {body} recibe comunicaciones solo desde {first}",
  noGeneralComments: "{body} no aprueba observaciones generales",
  generalCommentSlash: "una observación general se numera después de una barra",
  endsAfterProtocol: "la signatura termina después del protocolo facultativo",
  protocolStateParty: "en virtud de {protocol}, un documento se refiere a un Estado parte, que se indica primero",
  prefixOnly: "un prefijo de signatura contiene solo el órgano y los componentes de serie",
  partialNoEllipsis: "una signatura parcial termina con «{ellipsis}» en lugar del número de documento desconocido",
  partialAfterEllipsis:
    "nada puede seguir a «{ellipsis}»: sustituye al número del documento, lo único que omite una signatura parcial",
  partialNoPeriod:
    "una signatura parcial indica {period, select, session {su período de sesiones} other {su año}} antes de «{ellipsis}»: solo el número del documento puede ser desconocido",
  partialExtra:
    "«{text}» está entre {period, select, session {el período de sesiones} other {el año}} y «{ellipsis}», pero una signatura parcial solo omite el número del documento",

  "hint.example": "Escríbala como en {example}.",
  "hint.modifierNumber": "Numérelo en su lugar, como en {type}.2.",
  "hint.modifierEnds": "{type} termina una signatura.",
  "hint.modifierAfter":
    "Después de {after, select, document {el número del documento} other {{after}}} solo pueden ir {allowed}, como en A/C.3/74/L.5/Rev.1/Add.1.",
  "hint.write": "Escriba {text}.",
  "hint.check": "Verifíquelo en la fuente.",
  "hint.oneForm":
    "Una signatura tiene una sola forma escrita; el paso de normalización corrige esos errores e indica lo que cambió.",
  "hint.characters": "Una signatura contiene solo letras, cifras, puntos y barras, como A/RES/74/173.",
  "hint.didYouMean": "¿Quiso decir {symbol}? El paso de normalización corrige esos errores e indica lo que cambió.",
  "hint.organs": "Una signatura empieza con uno de estos códigos: {codes}.",
  "hint.modifiers": "Solo pueden seguirle modificadores: /Add.n, /Rev.n, /Corr.n, /Amend.n o /Summary.",
  "hint.document": "Se esperaba un número, o {types}.",
  "hint.roman":
    "Escriba el período de sesiones en números romanos en mayúsculas y en su forma habitual, como en T/RES/2200 (LXI).",
  "hint.slash": "Suprima la barra sobrante: los componentes se separan con una sola barra.",
  "hint.noSpaces": "Escriba cada componente sin espacios, como en A/RES/74/173.",
  "hint.partial": "Indique el número, o guarde el texto donde se admita una signatura parcial, como {example}.",
  "hint.prefix":
    "Deténgase antes de la categoría, el período de sesiones, el año o el número del documento, como en E/CN.15.",
  "hint.sessionOpens":
    "Cada período de sesiones de la Asamblea General se abre en septiembre del año 1945 más su número: verifique el número en la fuente.",
  "hint.stateParty":
    "Un documento de un órgano creado en virtud de tratados sobre un Estado parte lo designa por su código, como en {example}.",

  "mean.committee": "el Comité",
  "mean.series": "la serie {name}",
  "mean.subsidiary": "{label} núm. {n}",
  "mean.session": "el {nWords} período de sesiones {organ}",
  "mean.year": "publicado en {year}",
  "mean.special":
    "el {nWords} {kind, select, emergency {período extraordinario de sesiones de emergencia} other {período extraordinario de sesiones}} {organ}",
  "mean.documentType": "{label} núm. {n}",
  "mean.documentNumber": "documento núm. {n}",
  "mean.modifier": "{label} núm. {n}",
  "mean.reissue":
    "{count, plural, one {reeditado por razones técnicas} many {reeditado # veces por razones técnicas} other {reeditado # veces por razones técnicas}}",
  "mean.part": "parte {letter} de una resolución aprobada en varias partes",
  "mean.parts": "partes {first} a {last} de una resolución aprobada en varias partes, publicadas juntas",
  "mean.adoptedYear": "aprobada en {year}",
  "mean.adoptedSession": "aprobada en el {nWords} período de sesiones {organ}",
  "mean.adoptedSpecial":
    "aprobada en el {nWords} {kind, select, emergency {período extraordinario de sesiones de emergencia} other {período extraordinario de sesiones}} {organ}",
  "mean.generalText": "{texts} {body}",
  "mean.generalTextNumber": "{texts} núm. {n}",
  "mean.viewsSession": "aprobado en el {n}º período de sesiones {body}",
  "mean.views": "dictamen o decisión sobre una comunicación individual",
  "mean.communication": "comunicación núm. {n}/{year}",
  "mean.registered": "la comunicación se registró en {year}",
  "mean.stateParty": "el Estado parte: {name}",
  "mean.initialReport": "el informe inicial",
  "mean.periodicReport": "el {n}º informe periódico",
  "mean.combinedReports": "los informes periódicos {n}º a {last}º combinados",
  "mean.visitReport": "el informe sobre la visita núm. {n}",
  "mean.submitted": "{reports}, presentado por el Estado parte",
  "mean.issuedOn":
    "{type, select, CO {observaciones finales sobre} Q {lista de cuestiones relativa a} other {lista de cuestiones previa a la presentación de}}",
  "mean.citationBody":
    "{body, select, ga {la Asamblea General} ecosoc {el Consejo Económico y Social} other {la Comisión de Prevención del Delito y Justicia Penal}}",
  "mean.citationKind": "{kind, select, resolution {una resolución} other {una decisión}}",
  "mean.citationSession": "el {nWords} período de sesiones",
  "mean.citationNumber": "número {n}",
  citation:
    "{kind, select, resolution {resolución} other {decisión}} {number} {bodyId, select, ga {de la Asamblea General} ecosoc {del Consejo Económico y Social} other {de la Comisión de Prevención del Delito y Justicia Penal}}",
  "citation.empty": "la cita está vacía",
  "citation.noBody": "la cita no nombra ningún órgano",
  "citation.unknownBody": "«{text}» no es un órgano cuyas resoluciones cite Remit",
  "citation.leadingZero": "«{digits}» empieza por cero",
  "citation.tooLong": "«{digits}» es un número demasiado largo",
  "citation.numberMissing": "falta el número",
  "citation.notNumber": "«{text}» no es un número de resolución o decisión",
  "citation.councilByYear":
    "el Consejo Económico y Social numera sus {kind, select, resolution {resoluciones} other {decisiones}} por año, y «{text}» no es un año de cuatro cifras",
  "citation.councilTooEarly":
    "{year} es demasiado pronto: el Consejo Económico y Social numera sus {kind, select, resolution {resoluciones} other {decisiones}} por año solo desde {first}",
  "citation.commissionBySession":
    "la Comisión de Prevención del Delito y Justicia Penal numera sus {kind, select, resolution {resoluciones} other {decisiones}} por período de sesiones, y {session} parece un año",
  "citation.assemblyTooEarly":
    "el período de sesiones {session} es demasiado antiguo: la Asamblea General numera sus {kind, select, resolution {resoluciones} other {decisiones}} por período de sesiones solo desde su trigésimo primer período de sesiones (1976)",
  "citation.chineseEnd": "una cita en chino termina en 决议 (resolución) o 决定 (decisión)",
  "citation.chineseNumber": "el número no está escrito 第…号",
  "citation.kindMissing": "una cita indica si es una resolución o una decisión antes de su número",
  "citation.overlong": "una cita tiene como máximo {max} caracteres, y este texto tiene {length}",
  "citation.hint.noBody":
    "Nómbrelo, como en CCPCJ decision 18/1, o indique defaultBodyId cuando el contexto lo determine.",
  "citation.hint.bodies":
    "Se esperaba la Asamblea General (GA, 大会), el Consejo Económico y Social (ECOSOC, 经济及社会理事会) o la Comisión de Prevención del Delito y Justicia Penal (CCPCJ, 预防犯罪和刑事司法委员会).",
  "citation.hint.leadingZero": "Los números se escriben sin ceros a la izquierda y empiezan en 1.",
  "citation.hint.number": "Escriba período/número o año/número, como 22/8 o 2010/243.",
  "citation.noSymbolDecision":
    "{citation} no tiene signatura propia: las decisiones de {body} no se publican como documentos separados; cite la decisión misma",
  "citation.noSymbolCommission":
    "{citation} no tiene signatura propia: las resoluciones de la Comisión se publican en el informe sobre su período de sesiones; cite la resolución misma",
  "citation.error": "«{input}» no es una cita válida: en el carácter {offset} ({where}), {reason}.",
  "repair.foldedFullWidth": "convirtió las formas de ancho completo a ASCII",
  "repair.removedBlanks": "eliminó espacios",
  "repair.addedDot": "añadió el punto antes del número",
  "repair.case": "escribió las letras en la caja de la signatura",
  "repair.oneForm": "escribió el componente en su única forma escrita",
  "repair.blanksAround": "eliminó los espacios alrededor de la signatura",
  "repair.strayText": "eliminó texto sobrante",
  "repair.blanksBesideSlash": "eliminó los espacios junto a una barra",
  "repair.jointHyphen": "eliminó los espacios junto al guion que une las signaturas de los dos órganos",
  "repair.plainSlash": "escribió el separador como una barra simple",
  "repair.yearOfAdoption": "escribió el año de aprobación como « (aaaa)»",
  "repair.sessionOfAdoption":
    "escribió el período de sesiones de aprobación en su forma escrita: números romanos en mayúsculas tras un espacio, como « (LXI)» o « A (XXI)»",
  "repair.partsAfterNumber":
    "escribió las partes de la resolución en su forma escrita: tras un espacio, como « A» o « A-C»",
  "repair.reissueMark": "escribió la marca de reedición justo después de la signatura",
};
