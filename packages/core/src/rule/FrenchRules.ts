import type { RuleCatalog } from "./RuleSlots";

/** The rules in French, as a reader of UN documents in French writes them. */
export const FRENCH_RULES: RuleCatalog = {
  language: "fr",
  messages: {
    "activity.partOfItself": "une activité ne peut pas faire partie d’elle-même",
    "activity.overlapsItself":
      "les chiffres d’une activité recoupent toujours les siens : n’indiquez que d’autres activités",
    "activity.overlapsWhole":
      "l’ensemble dont une activité fait partie la recoupe forcément : indiquez-le seulement dans partOf",
    "activity.placeTwice": "un lieu figure deux fois avec le même rôle",
    "activity.topicTwice": "un thème figure deux fois",
    "activity.languageTwice": "une langue figure deux fois",
    "activity.audienceTwice": "un public figure deux fois",
    "activity.mandateTwice": "un mandat figure deux fois",
    "list.activityTwice": "une activité figure deux fois",
    "text.noLanguage": "un texte localisé doit exister dans au moins une des langues ar, zh, en, fr, ru, es",
    "share.sameUnit": "le numérateur et le dénominateur doivent compter la même unité",
    "share.wholeNotPositive": "une part exige un tout supérieur à zéro",
    "share.partOverWhole": "la partie est supérieure au tout",
    "share.percentOver100": "un pourcentage ne dépasse pas 100",
    "share.percentWithUnit": "un pourcentage n’a ni unité ni multiplicateur",
    "observation.ageBandForm": "une tranche d’âge s’écrit « 9-12 » (l’âge le plus bas d’abord) ou « 18+ »",
    "observation.dimensionTwice": "une dimension de ventilation figure deux fois",
    "coverage.countryTwice": "un pays est nommé deux fois ; nommez chaque pays une seule fois",
    "coverage.countUnit": "un nombre de pays a pour unité « country » (ou aucune)",
    "coverage.countWhole": "un nombre de pays est un nombre entier",
    "coverage.countBelowNamed": "ce nombre est inférieur au nombre de pays nommés",
    "coverage.regionTwice": "une région M49 figure deux fois ; indiquez chaque région une seule fois",
    "coverage.namedRegionListed": "une région nommée correspond à une zone M49 également indiquée : n’en gardez qu’une",
    "indicator.distinctCountUnit": "un indicateur de dénombrement distinct compte des pays : son unité est « country »",
    "quantity.strictQualifier":
      "strict (« plus de », « moins de ») ne s’applique qu’aux qualificatifs atLeast et atMost",
    "country.notUpperCase":
      "« {code} » n’est pas en majuscules : écrivez « {upper} » (les codes ISO 3166-1 alpha-3 s’écrivent en capitales)",
    "country.unknown": "« {code} » n’est pas un code ISO 3166-1 alpha-3 connu de la M49 de l’ONU",
    "country.form":
      "« {code} » n’est pas un code ISO 3166-1 alpha-3 connu de la M49 de l’ONU : trois lettres capitales sont attendues, par exemple « SLV »",
    "region.form":
      "« {code} » n’est pas un code de région M49 de l’ONU : trois chiffres sont attendus, par exemple « 419 »",
    "region.unknown": "« {code} » n’est pas un code de zone M49 de l’ONU",
    "region.isCountry":
      "« {code} » désigne un pays ou une zone, non une région : utilisez son code alpha-3 « {alpha3} » comme pays",
    "body.ownParent": "l’organe « {body} » ne peut pas être son propre organe parent",
    "body.citationNumbering":
      "« {body} » est cité {numbering, select, by-year {par année (2010/243)} other {par session (74/173, 22/8)}} : sessionNumbering doit valoir « {numbering} »",
    "body.organNumbering":
      "les cotes de préfixe « {prefix} » sont numérotées {numbering, select, by-year {par année} other {par session}} : sessionNumbering doit donc valoir « {numbering} »",
    "question.pointTwice": "la question {paragraph}({letter}) comporte deux fois le point ({numeral})",
    "questionGroup.questionTwice": "le groupe de questions {group} comporte deux fois la question ({letter})",
    "discussion.timerBeyondList":
      "le chronomètre donne la parole à l’entrée {current}, mais la liste des orateurs n’en compte pas autant (nombre d’entrées : {count}, numérotées à partir de 0)",
    "discussion.subTopicTwice": "le sous-thème ({letter}) figure deux fois dans {discussion}",
    "discussion.groupTwice": "le groupe de questions {group} figure deux fois dans {discussion}",
    "discussion.unlistedSubTopic":
      "le groupe de questions {group} porte sur le sous-thème {subTopic}, que {discussion} ne mentionne pas ; reliez-le à l’un de ses subTopics",
    "subTopic.partTwice": "le sous-thème ({letter}) comporte deux fois la partie ({numeral})",
    "subTopic.approvedBeforeRecommended": "des sous-thèmes ne peuvent pas être approuvés avant d’avoir été recommandés",
    "chairSummary.textOrSymbol": "un résumé du Président exige son texte, sa cote ou les deux",
    "guide.issueTwice": "le guide {guide} mentionne deux fois sa version {language}",
    "guide.languageTwice":
      "guide {guide} : la langue {language} figure deux fois, ou à la fois comme publiée et comme non publiée",
    "speakers.advanceKeynoteOnly":
      "seuls les exposés liminaires sont distribués à l’avance ; retirez distributedInAdvance d’une intervention",
    "sessionDates.durationMismatch": "durationDays ne correspond pas au premier et au dernier jour de la période",
    "sessionDates.noBound":
      "une borne exige notBefore, notAfter ou les deux ; utilisez le genre « unknown » s’il n’y en a aucune",
    "sessionDates.boundsReversed": "notBefore est postérieur à notAfter",
    "schedule.formatNoteWithoutFormat": "formatNote décrit une forme de réunion : indiquez aussi format",
    "agenda.documentSymbolOrTitle": "un document de l’ordre du jour exige une cote, un titre ou les deux",
    "agenda.itemLikeSubItem":
      "le point « {number} » est numéroté comme un sous-point ; placez-le dans les subItems du point {item}",
    "agenda.itemTwice": "le point {item} figure deux fois dans l’ordre du jour {agenda}",
    "agenda.subItemNumbering":
      "le sous-point « {number} » du point {item} doit être numéroté « {item}(a) », « {item}(b) », …",
    "agenda.subItemTwice": "le sous-point {number} figure deux fois sous le point {item}",
    "session.needsNumber":
      "la session {session} est désignée « session » et exige son numéro (20 pour la vingtième session)",
    "session.historyVenue":
      "l’historique du calendrier est rompu à la modification {change} : elle a déplacé la session à {moved}, mais {next, select, none {le calendrier actuel} other {le lieu de départ de la modification {next}}} indique {said}",
    "session.historyDates":
      "l’historique du calendrier est rompu à la modification {change} : elle a fixé la session à {moved}, mais {next, select, none {le calendrier actuel indique} other {les dates de départ de la modification {next} indiquent}} {said}",
    "scheduleChange.postponedEarlier":
      "un report ne peut pas avancer la session (dates antérieures : {from} ; nouvelles dates : {to}) ; utilisez « brought-forward »",
    "scheduleChange.broughtForwardLater":
      "avancer la session ne peut pas la retarder (dates antérieures : {from} ; nouvelles dates : {to}) ; utilisez « postponement »",
    "scheduleChange.datesSetOutside":
      "les dates fixées ({to}) sortent de ce qui avait été décidé auparavant ({from}) ; utilisez « postponement » ou « brought-forward »",
    "instrument.ownParent":
      "{instrument} se désigne comme son propre instrument parent : le parent d’un protocole est la convention qu’il complète",
    "instrument.beforeAdoption":
      "{instrument} {event, select, openedForSignatureOn {est ouvert à la signature} other {entre en vigueur}} le {date}, avant son adoption ({adopted})",
    "instrument.forceBeforeSignature":
      "{instrument} entre en vigueur le {inForce}, avant d’être ouvert à la signature le {opened}",
    "instrument.countTwice":
      "{instrument} a deux nombres {measure, select, parties {de parties} ratifications {de ratifications} other {de signataires}} au {asOf} : gardez-en un, ou datez-les plus précisément",
    "parties.countWhole": "un nombre de parties est un nombre entier d’États, zéro ou plus",
    "deferral.laterSession":
      "un report renvoie un rapport à une session ultérieure : toSession doit être supérieur à fromSession",
    "deferral.startsWhereDue":
      "le report {deferral} part de la session {from}, mais le rapport était alors attendu à la session {due} : chaque report part de la session où le rapport était attendu",
    "obligation.deferredWithoutDeferral":
      "le statut est « deferred », mais aucun report n’est enregistré : ajoutez le report ou indiquez « pending »",
    "obligation.issuedNotSubmitted":
      "le rapport a paru sous la cote {symbol} : son statut doit donc être « submitted », et non « {status} »",
    "provision.needsAddressee":
      "une disposition du dispositif s’adresse à quelqu’un : indiquez au moins un destinataire (seules les actions {actions} peuvent n’en avoir aucun, l’organe qui adopte les accomplissant lui-même)",
    "mandate.inferredWithoutStatus":
      "{mandate} : statusInferred explique un statut, mais le mandat n’en a pas : indiquez status ou retirez statusInferred",
    "mandate.needsSymbol":
      "{mandate} : {kind, select, resolution {une résolution} decision {une décision} other {un acte}} exige sa cote (« A/RES/74/173 ») ou sa référence (« GA decision 74/567 »)",
    "mandate.needsAdoptingBody":
      "{mandate} : {kind, select, resolution {une résolution est adoptée} decision {une décision est adoptée} other {un acte est adopté}} par l’organe que nomme sa cote ou sa référence ; indiquez adoptingBodyId (« ga », « ecosoc », « ccpcj »)",
    "mandate.obligationIdTwice":
      "{mandate} : l’identifiant d’obligation de rapport « {obligation} » est utilisé deux fois ; donnez à chaque rapport son propre identifiant",
    "mandate.lineageToItself":
      "{mandate} se rattache à lui-même ({relation}) : la filiation renvoie à un mandat antérieur et distinct",
    "period.endBeforeStart": "une période ne peut pas se terminer avant de commencer",
    "date.noSuchDay": "ce jour n’existe pas dans ce mois",
    "format.languageCode": "un code de langue ISO 639-1 est attendu, par exemple « en » ou « pt »",
    "format.unit": "une unité au singulier et en minuscules est attendue, par exemple « person » ou « case »",
    "format.letter": "une seule lettre minuscule est attendue, par exemple « a » pour « (a) »",
    "format.romanNumeral": "un chiffre romain en minuscules est attendu, par exemple « i », « iv » ou « x »",
    "format.recordId": "un identifiant en minuscules est attendu (lettres, chiffres, « . » et « - »)",
    "format.citedPart":
      "écrivez {part, select, article {le numéro d’article} paragraph {le paragraphe} other {l’alinéa}} sans parenthèses ni espaces autour : « h », et non « (h) »",
    "format.date": "une date est attendue sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ",
  },
};
