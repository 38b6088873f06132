import type { MessageCatalog } from "../message/MessageCatalog";

/**
 * The rules a schema checks beyond the shape of a field (a share's part is not larger than
 * its whole, a deferral moves a report to a later session …), by key, with the slots each
 * one's wording takes. A schema attaches the key to the issue it raises ({@link rule}), so
 * that the problem can be worded in the reader's language; the English words stay at the
 * schema, beside the check they describe.
 */
export const RULE_SLOTS = {
  "activity.partOfItself": [],
  "activity.overlapsItself": [],
  "activity.overlapsWhole": [],
  "activity.placeTwice": [],
  "activity.topicTwice": [],
  "activity.languageTwice": [],
  "activity.audienceTwice": [],
  "activity.mandateTwice": [],
  "list.activityTwice": [],
  "text.noLanguage": [],
  "share.sameUnit": [],
  "share.wholeNotPositive": [],
  "share.partOverWhole": [],
  "share.percentOver100": [],
  "share.percentWithUnit": [],
  "observation.ageBandForm": [],
  "observation.dimensionTwice": [],
  "coverage.countryTwice": [],
  "coverage.countUnit": [],
  "coverage.countWhole": [],
  "coverage.countBelowNamed": [],
  "coverage.regionTwice": [],
  "coverage.namedRegionListed": [],
  "indicator.distinctCountUnit": [],
  "quantity.strictQualifier": [],
  "country.notUpperCase": ["code", "upper"],
  "country.unknown": ["code"],
  "country.form": ["code"],
  "region.form": ["code"],
  "region.unknown": ["code"],
  "region.isCountry": ["code", "alpha3"],
  "body.ownParent": ["body"],
  "body.citationNumbering": ["body", "numbering"],
  "body.organNumbering": ["prefix", "numbering"],
  "question.pointTwice": ["paragraph", "letter", "numeral"],
  "questionGroup.questionTwice": ["group", "letter"],
  "discussion.timerBeyondList": ["current", "count"],
  "discussion.subTopicTwice": ["letter", "discussion"],
  "discussion.groupTwice": ["group", "discussion"],
  "discussion.unlistedSubTopic": ["group", "subTopic", "discussion"],
  "subTopic.partTwice": ["letter", "numeral"],
  "subTopic.approvedBeforeRecommended": [],
  "chairSummary.textOrSymbol": [],
  "guide.issueTwice": ["guide", "language"],
  "guide.languageTwice": ["guide", "language"],
  "speakers.advanceKeynoteOnly": [],
  "sessionDates.durationMismatch": [],
  "sessionDates.noBound": [],
  "sessionDates.boundsReversed": [],
  "schedule.formatNoteWithoutFormat": [],
  "agenda.documentSymbolOrTitle": [],
  "agenda.itemLikeSubItem": ["number", "item"],
  "agenda.itemTwice": ["item", "agenda"],
  "agenda.subItemNumbering": ["number", "item"],
  "agenda.subItemTwice": ["number", "item"],
  "session.needsNumber": ["session"],
  "session.historyVenue": ["change", "moved", "next", "said"],
  "session.historyDates": ["change", "moved", "next", "said"],
  "instrument.ownParent": ["instrument"],
  "instrument.beforeAdoption": ["instrument", "event", "date", "adopted"],
  "instrument.forceBeforeSignature": ["instrument", "inForce", "opened"],
  "instrument.countTwice": ["instrument", "measure", "asOf"],
  "parties.countWhole": [],
  "deferral.laterSession": [],
  "deferral.startsWhereDue": ["deferral", "from", "due"],
  "obligation.deferredWithoutDeferral": [],
  "obligation.issuedNotSubmitted": ["symbol", "status"],
  "provision.needsAddressee": ["actions"],
  "mandate.inferredWithoutStatus": ["mandate"],
  "mandate.needsSymbol": ["mandate", "kind"],
  "mandate.needsAdoptingBody": ["mandate", "kind"],
  "mandate.obligationIdTwice": ["mandate", "obligation"],
  "mandate.lineageToItself": ["mandate", "relation"],
  "period.endBeforeStart": [],
  "date.noSuchDay": [],
  "format.languageCode": [],
  "format.unit": [],
  "format.letter": [],
  "format.romanNumeral": [],
  "format.recordId": [],
  "format.citedPart": ["part"],
  "format.date": [],
} as const;

/** The rules' wording schema: each rule's key and the slots its wording takes. */
export type RuleSlots = typeof RULE_SLOTS;

/** The key of a rule a schema checks. */
export type RuleKey = keyof RuleSlots;

/** The wording of every rule in one language besides English (whose words are the schemas' own). */
export type RuleCatalog = MessageCatalog<RuleSlots>;
