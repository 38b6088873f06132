import type { RuleCatalog } from "./RuleSlots";

/** The rules in Spanish, as a reader of UN documents in Spanish writes them. */
export const SPANISH_RULES: RuleCatalog = {
  language: "es",
  messages: {
    "activity.partOfItself": "una actividad no puede formar parte de sí misma",
    "activity.overlapsItself":
      "las cifras de una actividad siempre se solapan con las suyas: indique solo otras actividades",
    "activity.overlapsWhole":
      "el conjunto del que forma parte una actividad se solapa necesariamente con ella: indíquelo solo en partOf",
    "activity.placeTwice": "un lugar figura dos veces con la misma función",
    "activity.topicTwice": "un tema figura dos veces",
    "activity.languageTwice": "un idioma figura dos veces",
    "activity.audienceTwice": "un público destinatario figura dos veces",
    "activity.mandateTwice": "un mandato figura dos veces",
    "list.activityTwice": "una actividad figura dos veces",
    "text.noLanguage": "un texto localizado debe existir en al menos uno de los idiomas ar, zh, en, fr, ru, es",
    "share.sameUnit": "el numerador y el denominador deben contar la misma unidad",
    "share.wholeNotPositive": "una proporción exige un total mayor que cero",
    "share.partOverWhole": "la parte es mayor que el total",
    "share.percentOver100": "un porcentaje no supera 100",
    "share.percentWithUnit": "un porcentaje no lleva unidad ni multiplicador",
    "observation.ageBandForm": "un grupo de edad se escribe «9-12» (primero la edad menor) o «18+»",
    "observation.dimensionTwice": "una dimensión de desglose figura dos veces",
    "coverage.countryTwice": "un país se nombra dos veces; nombre cada país una sola vez",
    "coverage.countUnit": "un número de países tiene la unidad «country» (o ninguna)",
    "coverage.countWhole": "un número de países es un número entero",
    "coverage.countBelowNamed": "el número es menor que el de países nombrados",
    "coverage.regionTwice": "una región M49 figura dos veces; indique cada región una sola vez",
    "coverage.namedRegionListed":
      "una región nombrada corresponde a una zona M49 que también figura: conserve solo una de ellas",
    "indicator.distinctCountUnit": "un indicador de recuento distinto cuenta países: su unidad es «country»",
    "quantity.strictQualifier": "strict («más de», «menos de») solo se aplica a los calificadores atLeast y atMost",
    "country.notUpperCase":
      "«{code}» no está en mayúsculas: escriba «{upper}» (los códigos ISO 3166-1 alfa-3 se escriben en mayúsculas)",
    "country.unknown": "«{code}» no es un código ISO 3166-1 alfa-3 conocido por la norma M49 de las Naciones Unidas",
    "country.form":
      "«{code}» no es un código ISO 3166-1 alfa-3 conocido por la norma M49 de las Naciones Unidas: se esperan tres letras mayúsculas, por ejemplo «SLV»",
    "region.form":
      "«{code}» no es un código de región M49 de las Naciones Unidas: se esperan tres cifras, por ejemplo «419»",
    "region.unknown": "«{code}» no es un código de zona M49 de las Naciones Unidas",
    "region.isCountry": "«{code}» designa un país o zona, no una región: utilice su código alfa-3 «{alpha3}» como país",
    "body.ownParent": "el órgano «{body}» no puede ser su propio órgano superior",
    "body.citationNumbering":
      "«{body}» se cita {numbering, select, by-year {por año (2010/243)} other {por período de sesiones (74/173, 22/8)}}: sessionNumbering debe ser «{numbering}»",
    "body.organNumbering":
      "las signaturas con el prefijo «{prefix}» se numeran {numbering, select, by-year {por año} other {por período de sesiones}}, por lo que sessionNumbering debe ser «{numbering}»",
    "question.pointTwice": "la pregunta {paragraph}({letter}) contiene dos veces el punto ({numeral})",
    "questionGroup.questionTwice": "el grupo de preguntas {group} contiene dos veces la pregunta ({letter})",
    "discussion.timerBeyondList":
      "el reloj da la palabra a la entrada {current}, pero la lista de oradores no llega a ella (número de entradas: {count}, contadas desde 0)",
    "discussion.subTopicTwice": "el subtema ({letter}) figura dos veces en {discussion}",
    "discussion.groupTwice": "el grupo de preguntas {group} figura dos veces en {discussion}",
    "discussion.unlistedSubTopic":
      "el grupo de preguntas {group} trata el subtema {subTopic}, que {discussion} no enumera; vincúlelo a uno de sus subTopics",
    "subTopic.partTwice": "el subtema ({letter}) contiene dos veces la parte ({numeral})",
    "subTopic.approvedBeforeRecommended": "los subtemas no pueden aprobarse antes de haber sido recomendados",
    "chairSummary.textOrSymbol": "un resumen de la Presidencia requiere su texto, su signatura o ambos",
    "guide.issueTwice": "la guía {guide} menciona dos veces su versión en {language}",
    "guide.languageTwice":
      "guía {guide}: el idioma {language} figura dos veces, o como publicado y no publicado a la vez",
    "speakers.advanceKeynoteOnly":
      "solo las ponencias principales se distribuyen con antelación; quite distributedInAdvance de una intervención",
    "sessionDates.durationMismatch": "durationDays no coincide con el primer y el último día del período",
    "sessionDates.noBound": "un límite requiere notBefore, notAfter o ambos; si no hay ninguno, use el tipo «unknown»",
    "sessionDates.boundsReversed": "notBefore es posterior a notAfter",
    "schedule.formatNoteWithoutFormat": "formatNote describe una modalidad: indique también format",
    "agenda.documentSymbolOrTitle": "un documento del programa requiere una signatura, un título o ambos",
    "agenda.itemLikeSubItem":
      "el tema «{number}» está numerado como un subtema; colóquelo entre los subItems del tema {item}",
    "agenda.itemTwice": "el tema {item} figura dos veces en el programa {agenda}",
    "agenda.subItemNumbering": "el subtema «{number}» del tema {item} debe numerarse «{item}(a)», «{item}(b)», …",
    "agenda.subItemTwice": "el subtema {number} figura dos veces en el tema {item}",
    "session.needsNumber":
      "el período de sesiones {session} se designa «session» y requiere su número (20 para el 20º período de sesiones)",
    "session.historyVenue":
      "el historial del calendario se interrumpe en el cambio {change}: trasladó el período de sesiones a {moved}, pero {next, select, none {el calendario vigente} other {el lugar de partida del cambio {next}}} indica {said}",
    "session.historyDates":
      "el historial del calendario se interrumpe en el cambio {change}: fijó el período de sesiones en {moved}, pero {next, select, none {el calendario vigente indica} other {las fechas de partida del cambio {next} indican}} {said}",
    "scheduleChange.postponedEarlier":
      "un aplazamiento no puede adelantar el período de sesiones (fechas anteriores: {from}; nuevas fechas: {to}); use «brought-forward»",
    "scheduleChange.broughtForwardLater":
      "un adelanto no puede retrasar el período de sesiones (fechas anteriores: {from}; nuevas fechas: {to}); use «postponement»",
    "scheduleChange.datesSetOutside":
      "las fechas fijadas ({to}) quedan fuera de lo decidido anteriormente ({from}); use «postponement» o «brought-forward»",
    "instrument.ownParent":
      "{instrument} se designa a sí mismo como instrumento principal: el instrumento principal de un protocolo es la convención que complementa",
    "instrument.beforeAdoption":
      "{instrument} {event, select, openedForSignatureOn {se abre a la firma} other {entra en vigor}} el {date}, antes de su aprobación ({adopted})",
    "instrument.forceBeforeSignature":
      "{instrument} entra en vigor el {inForce}, antes de abrirse a la firma el {opened}",
    "instrument.countTwice":
      "{instrument} tiene dos cifras de {measure, select, parties {partes} ratifications {ratificaciones} other {signatarios}} al {asOf}: conserve una o féchelas con más precisión",
    "parties.countWhole": "un número de partes es un número entero de Estados, cero o más",
    "deferral.laterSession":
      "un aplazamiento traslada un informe a un período de sesiones posterior: toSession debe ser mayor que fromSession",
    "deferral.startsWhereDue":
      "el aplazamiento {deferral} parte del período de sesiones {from}, pero el informe debía presentarse entonces en el período de sesiones {due}: cada aplazamiento parte de donde se debía presentar el informe",
    "obligation.deferredWithoutDeferral":
      "el estado es «deferred», pero no consta ningún aplazamiento: añada el aplazamiento o use «pending»",
    "obligation.issuedNotSubmitted":
      "el informe se publicó con la signatura {symbol}, por lo que su estado debe ser «submitted», no «{status}»",
    "provision.needsAddressee":
      "una disposición de la parte dispositiva pide algo a alguien: indique al menos un destinatario (solo {actions} pueden no tenerlo, porque las realiza el propio órgano que aprueba)",
    "mandate.inferredWithoutStatus":
      "{mandate}: statusInferred explica un estado, pero el mandato no tiene ninguno: indique status o quite statusInferred",
    "mandate.needsSymbol":
      "{mandate}: {kind, select, resolution {una resolución} decision {una decisión} other {un acto}} requiere su signatura («A/RES/74/173») o su referencia («GA decision 74/567»)",
    "mandate.needsAdoptingBody":
      "{mandate}: {kind, select, resolution {una resolución la aprueba} decision {una decisión la aprueba} other {un acto lo aprueba}} el órgano que nombra su signatura o referencia; indique adoptingBodyId («ga», «ecosoc», «ccpcj»)",
    "mandate.obligationIdTwice":
      "{mandate}: el identificador de obligación de informar «{obligation}» se usa dos veces; dé a cada informe su propio identificador",
    "mandate.lineageToItself":
      "{mandate} se remite a sí mismo ({relation}): la filiación apunta a un mandato anterior y distinto",
    "period.endBeforeStart": "un período no puede terminar antes de empezar",
    "date.noSuchDay": "ese día no existe en ese mes",
    "format.languageCode": "se espera un código de idioma ISO 639-1, por ejemplo «en» o «pt»",
    "format.unit": "se espera una unidad en singular y en minúsculas, por ejemplo «person» o «case»",
    "format.letter": "se espera una sola letra minúscula, por ejemplo «a» para «(a)»",
    "format.romanNumeral": "se espera un número romano en minúsculas, por ejemplo «i», «iv» o «x»",
    "format.recordId": "se espera un identificador en minúsculas (letras, cifras, «.» y «-»)",
    "format.citedPart":
      "escriba {part, select, article {el número de artículo} paragraph {el párrafo} other {el apartado}} sin paréntesis ni espacios alrededor: «h», no «(h)»",
    "format.date": "se espera una fecha con la forma AAAA, AAAA-MM o AAAA-MM-DD",
  },
};
