import type { FindingCatalog } from "./FindingSlots";

/** The findings of decision 18/1 in English: the words of each finding's `reason`. */
export const ENGLISH_FINDINGS: FindingCatalog = {
  language: "en",
  messages: {
    "nomination.none":
      "no nominations are recorded; add them to panel.nominations with their dates to check them against {due}",
    "nomination.noDate": '{who} has no date; record its "on" date to check it against {due}',
    "nomination.onTime": "{who} was made on {on}, no later than {due}",
    "nomination.late":
      "{who} was made on {on}, after {due}; decision 18/1 urges nominations at least two months before the session",
    "nomination.undetermined": "{who} on {on} cannot be judged against {due}; record both to the day",
    "election.none": "the panel's election date is not recorded; set panel.electedOn to check it against {due}",
    "election.onTime": "the panellists were elected on {on}, no later than {due}",
    "election.late":
      "the panellists were elected on {on}, after {due}; decision 18/1 has them elected one month before the session",
    "election.undetermined": "the election on {on} cannot be judged against {due}; record both to the day",
    "podium.none": "no podium seats are recorded; add the regional groups' seats to panel.podiumSeats",
    "podium.ok": "five podium seats, one for each regional group",
    "podium.violation":
      "the podium has {seats} regional-group seats: {problems}; decision 18/1 gives each of the five regional groups one of five seats",
    "experts.none": "no independent experts are recorded, so regional balance cannot be judged",
    "experts.unplaced":
      "independent expert(s) {experts} have no regional group; record regionalGroup for every expert to judge regional balance",
    "experts.single": "a single independent expert ({group}) cannot show regional balance either way",
    "experts.oneGroup":
      "all {count} independent experts come from the {group} group; decision 18/1 asks for regard to regional factors when inviting them",
    "experts.ok": "the {count} independent experts come from {groupCount} regional groups: {groups}",
    "limit.none":
      "no {noun, select, keynote {keynotes} other {interventions}} are recorded in the speakers' list; nothing to check against the {bound} limit",
    "limit.noDuration": "{who} has no recorded duration; record usedSeconds to check the {bound} limit",
    "limit.over":
      "{who} {basis, select, used {took} other {is planned for}} {time}, over the {bound} limit by {excess} seconds",
    "limit.within": "{who} {basis, select, used {took} other {is planned for}} {time}, within the {bound} limit",
    "distribution.none": "no keynotes are recorded in the speakers' list, so advance distribution cannot be checked",
    "distribution.ok": "{who} was distributed in advance",
    "distribution.violation": "{who} was not distributed in advance, as decision 18/1 encourages panellists to do",
    "distribution.unknown": "{who}: whether it was distributed in advance is not recorded; set distributedInAdvance",
    "guide.none": "no discussion guide is recorded; record its symbol and issue dates to check them against {due}",
    "guide.violation": "discussion guide {guide}: {problems}; all six languages are due by {due}",
    "guide.unknown":
      "discussion guide {guide}: issue in {languages} is not recorded to the day, or not at all; record guide.issued with dates to check them against {due}",
    "guide.ok": "discussion guide {guide} was issued in all six languages by {due}",
    "guide.notIssuedIn": "not issued in {languages}",
    "guide.lateIn": "issued late in {issues}",
    "guide.issuedOn": "{language} on {on}",
    "guide.notKnownFor": "not known for {languages}",
    "podium.noSeat": "no seat for {groups}",
    "podium.seatsFor": "{count} seats for {group}",
    "who.nomination": "nomination {index} (by {by})",
    "who.nominationOf": "nomination {index} (by {by} of {nominee})",
    "by.state": "{country}",
    "by.group": "the {group} group",
    "who.speaker": "{noun, select, keynote {keynote} other {intervention}} at speakersList[{index}]",
    "who.speakerNamed": "{noun, select, keynote {keynote} other {intervention}} at speakersList[{index}] ({speaker})",
    "who.speakerOfGroup":
      "{noun, select, keynote {keynote} other {intervention}} at speakersList[{index}] (a speaker of the {group} group)",
    "seconds.whole": "{seconds} seconds ({min} min)",
    "seconds.part": "{seconds} seconds ({min} min {sec} s)",
    "due.known": "the deadline {when}, {span, select, one {one month} other {two months}} before {opening}",
    "due.unknown": "an unknown deadline, {span, select, one {one month} other {two months}} before {opening}",
    "window.day": "{day}",
    "window.between": "between {from} and {to}",
    "window.noLaterThan": "no later than {day}",
    "window.noEarlierThan": "no earlier than {day}",
    "opening.on": "the session opens on {when}",
    "opening.within": "the session opens ({when})",
    "opening.notKnown": "the session (its opening date is not known: {dates})",
    "opening.otherSession": "the session (unknown: the session given, {given}, is not this discussion's session {own})",
    // English names the groups by their codes, as the reasons always have.
    "group.african": "african",
    "group.asia-pacific": "asia-pacific",
    "group.eastern-european": "eastern-european",
    "group.latin-american-caribbean": "latin-american-caribbean",
    "group.western-european-other": "western-european-other",
    "language.ar": "Arabic",
    "language.zh": "Chinese",
    "language.en": "English",
    "language.fr": "French",
    "language.ru": "Russian",
    "language.es": "Spanish",
    "list.comma": ", ",
    "list.semicolon": "; ",
  },
};
