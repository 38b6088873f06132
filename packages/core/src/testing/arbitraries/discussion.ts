import fc from "fast-check";
import type { DiscussionGuide } from "../../discussion/DiscussionGuide";
import type { Panel } from "../../discussion/Panel";
import { ExpertSector } from "../../discussion/Panel";
import type { GuideQuestion, QuestionGroup } from "../../discussion/QuestionGroup";
import type { SpeakerEntry } from "../../discussion/SpeakersList";
import type { SubTopic, SubTopicApproval } from "../../discussion/SubTopic";
import { SubTopicLinkBasis } from "../../discussion/SubTopic";
import type { ThematicDiscussion } from "../../discussion/ThematicDiscussion";
import { REGIONAL_GROUPS } from "../../geo";
import { LANGUAGES } from "../../text/Language";
import {
  arbitraryDocumentProvenance,
  arbitraryLocalizedText,
  arbitraryMandateReference,
  arbitraryPartialDate,
} from "./mandate";

const COUNTRIES = ["AUT", "BRA", "CHN", "SLV", "HND", "BLZ", "BFA", "EGY", "RUS", "USA"] as const;
const NUMERALS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"] as const;
const LETTERS = [..."abcdefghijklmn"];

const arbitraryRegionalGroup = fc.constantFrom(...REGIONAL_GROUPS);
const arbitraryName = fc.string({ minLength: 1, maxLength: 16 });
const arbitraryDay = fc
  .integer({ min: 0, max: 365 * 30 })
  .map((offset) => new Date(Date.UTC(1995, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));

const arbitraryNumbered = <T>(make: (numeral: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.uniqueArray(fc.constantFrom(...NUMERALS), { maxLength: 4 }).chain((numerals) => fc.tuple(...numerals.map(make)));

const arbitrarySubTopics: fc.Arbitrary<SubTopic[]> = fc
  .uniqueArray(fc.constantFrom(...LETTERS), { maxLength: 3 })
  .chain((letters) =>
    fc.tuple(
      ...letters.map((letter) =>
        fc.record({
          letter: fc.constant(letter),
          title: arbitraryLocalizedText,
          parts: arbitraryNumbered((numeral) =>
            fc.record({ numeral: fc.constant(numeral), title: arbitraryLocalizedText }),
          ),
        }),
      ),
    ),
  );

const arbitraryApproval: fc.Arbitrary<SubTopicApproval> = fc
  .tuple(
    arbitraryDay,
    fc.integer({ min: 0, max: 60 }),
    fc.record(
      {
        approvedBy: arbitraryLocalizedText,
        recommendedBy: arbitraryLocalizedText,
        provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 1 }),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([recommendedOn, gap, rest]) => ({
    ...rest,
    recommendedOn,
    approvedOn: new Date(Date.parse(recommendedOn) + gap * 86_400_000).toISOString().slice(0, 10),
  }));

const arbitraryGuide: fc.Arbitrary<DiscussionGuide> = fc
  .tuple(
    fc.integer({ min: 1992, max: 2021 }),
    fc.shuffledSubarray([...LANGUAGES]),
    fc.nat({ max: 6 }),
    fc.array(fc.option(arbitraryPartialDate, { nil: undefined }), { minLength: 6, maxLength: 6 }),
  )
  .map(([year, languages, split, dates]) => ({
    symbol: `E/CN.15/${year}/2`,
    issued: languages.slice(0, split).map((language, index) => {
      const on = dates[index];
      return on === undefined ? { language } : { language, on };
    }),
    notIssued: languages.slice(split),
  }));

const arbitraryQuestion = (paragraph: number, letter: string): fc.Arbitrary<GuideQuestion> =>
  fc.record({
    letter: fc.constant(letter),
    text: arbitraryLocalizedText,
    paragraph: fc.constant(paragraph),
    points: arbitraryNumbered((numeral) => fc.record({ numeral: fc.constant(numeral), text: arbitraryLocalizedText })),
  });

const arbitraryQuestionGroups: fc.Arbitrary<QuestionGroup[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 3 })
  .chain((numbers) =>
    fc.tuple(
      ...numbers.map((number) =>
        fc.uniqueArray(fc.constantFrom(...LETTERS), { maxLength: 4 }).chain((letters) =>
          fc.record(
            {
              number: fc.constant(number),
              paragraph: fc.constant(number + 5),
              title: arbitraryLocalizedText,
              lead: arbitraryLocalizedText,
              questions: fc.tuple(...letters.map((letter) => arbitraryQuestion(number + 5, letter))),
            },
            { requiredKeys: ["number", "paragraph", "title", "questions"] },
          ),
        ),
      ),
    ),
  );

const arbitraryPanel: fc.Arbitrary<Panel> = fc.record(
  {
    nominations: fc.array(
      fc.record(
        {
          nominatedBy: fc.oneof(
            fc.constantFrom(...COUNTRIES).map((country) => ({ kind: "member-state" as const, country })),
            arbitraryRegionalGroup.map((regionalGroup) => ({ kind: "regional-group" as const, regionalGroup })),
          ),
          nominee: arbitraryName,
          on: arbitraryPartialDate,
        },
        { requiredKeys: ["nominatedBy"] },
      ),
      { maxLength: 4 },
    ),
    electedOn: arbitraryPartialDate,
    podiumSeats: fc.array(
      fc.record(
        { regionalGroup: arbitraryRegionalGroup, panellist: arbitraryName },
        { requiredKeys: ["regionalGroup"] },
      ),
      { maxLength: 6 },
    ),
    independentExperts: fc.array(
      fc.record(
        {
          name: arbitraryName,
          affiliation: arbitraryName,
          sector: fc.constantFrom(...ExpertSector.options),
          regionalGroup: arbitraryRegionalGroup,
        },
        { requiredKeys: ["sector"] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ["nominations", "podiumSeats", "independentExperts"] },
);

const arbitrarySpeaker: fc.Arbitrary<SpeakerEntry> = fc
  .tuple(
    fc.constantFrom("keynote" as const, "intervention" as const),
    fc.record(
      {
        speaker: arbitraryName,
        regionalGroup: arbitraryRegionalGroup,
        plannedSeconds: fc.nat({ max: 1200 }),
        usedSeconds: fc.nat({ max: 1200 }),
      },
      { requiredKeys: [] },
    ),
    fc.option(fc.boolean(), { nil: undefined }),
  )
  .map(([kind, rest, distributed]) =>
    kind === "keynote" && distributed !== undefined
      ? { kind, ...rest, distributedInAdvance: distributed }
      : { kind, ...rest },
  );

/** The fields of a valid ThematicDiscussion, its question groups not yet linked to sub-topics. */
const arbitraryDiscussionFields: fc.Arbitrary<ThematicDiscussion> = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,16}$/),
    sessionId: fc.stringMatching(/^[a-z][a-z0-9-]{0,16}$/),
    agendaItem: fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.constantFrom(...LETTERS), { nil: undefined }))
      .map(([item, sub]) => (sub === undefined ? String(item) : `${item}(${sub})`)),
    theme: arbitraryLocalizedText,
    chosenBy: arbitraryMandateReference,
    subTopics: arbitrarySubTopics,
    subTopicApproval: arbitraryApproval,
    guide: arbitraryGuide,
    questionGroups: arbitraryQuestionGroups,
    panel: arbitraryPanel,
    moderator: arbitraryName,
    speakersList: fc.array(arbitrarySpeaker, { maxLength: 4 }),
    chairSummary: fc.oneof(
      arbitraryLocalizedText.map((text) => ({ text })),
      fc.integer({ min: 1992, max: 2021 }).map((year) => ({ symbol: `E/CN.15/${year}/CRP.1` })),
    ),
    provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
  },
  { requiredKeys: ["id", "sessionId", "theme", "subTopics", "questionGroups", "speakersList"] },
);

/** How a generated question group links to a sub-topic: none, or the picked one (and maybe a part of it). */
const arbitraryLinkChoice = fc.option(
  fc.record({
    pick: fc.nat(),
    part: fc.option(fc.nat(), { nil: undefined }),
    basis: fc.constantFrom(...SubTopicLinkBasis.options),
  }),
  {
    nil: undefined,
  },
);

/**
 * A valid ThematicDiscussion: unique sub-topic letters and question-group numbers, sub-topics
 * approved no earlier than recommended, a guide whose languages are listed once, question
 * groups that may take up one of the sub-topics, and optional panel, moderator, speakers and
 * Chair's summary — from nothing recorded to everything.
 */
export const arbitraryThematicDiscussion: fc.Arbitrary<ThematicDiscussion> = fc
  .tuple(arbitraryDiscussionFields, fc.array(arbitraryLinkChoice, { minLength: 3, maxLength: 3 }))
  .map(([discussion, choices]) => ({
    ...discussion,
    questionGroups: discussion.questionGroups.map((group, index) => {
      const choice = choices[index];
      const topic =
        choice === undefined ? undefined : discussion.subTopics[choice.pick % Math.max(discussion.subTopics.length, 1)];
      if (choice === undefined || topic === undefined) return group;
      const part = choice.part === undefined ? undefined : topic.parts[choice.part % Math.max(topic.parts.length, 1)];
      return {
        ...group,
        subTopic: {
          letter: topic.letter,
          ...(part === undefined ? {} : { numeral: part.numeral }),
          basis: choice.basis,
        },
      };
    }),
  }));
