import fc from "fast-check";
import type { AgendaDocument, AgendaItem, ProvisionalAgenda } from "../../session/ProvisionalAgenda";
import type { ScheduleChange } from "../../session/ScheduleChange";
import { ScheduleChangeKind, kindContradiction } from "../../session/ScheduleChange";
import type { Session } from "../../session/Session";
import { SessionDesignation } from "../../session/Session";
import type { SessionDates } from "../../session/SessionDates";
import type { SessionSchedule } from "../../session/SessionSchedule";
import { SessionFormat, SessionStatus } from "../../session/SessionSchedule";
import {
  arbitraryDocumentProvenance,
  arbitraryLocalizedText,
  arbitraryMandateReference,
  arbitraryPartialDate,
} from "./mandate";

const DAY = 86_400_000;
const EPOCH = Date.UTC(1995, 0, 1);

/** The ISO day `offset` days after 1 January 1995. */
function dayAt(offset: number): string {
  return new Date(EPOCH + offset * DAY).toISOString().slice(0, 10);
}

const arbitraryOffset = fc.integer({ min: 0, max: 365 * 30 });
const arbitraryDuration = fc.integer({ min: 1, max: 10 });

/** Session dates of every kind: exact days, a month, a bound, or unknown. */
export const arbitrarySessionDates: fc.Arbitrary<SessionDates> = fc.oneof(
  fc
    .tuple(arbitraryOffset, fc.integer({ min: 0, max: 9 }), fc.boolean())
    .map(([offset, extra, stateLength]): SessionDates => {
      const period = extra === 0 ? { start: dayAt(offset) } : { start: dayAt(offset), end: dayAt(offset + extra) };
      return stateLength && extra > 0
        ? { kind: "period", period, durationDays: extra + 1 }
        : { kind: "period", period };
    }),
  fc.tuple(arbitraryOffset, fc.option(arbitraryDuration, { nil: undefined })).map(([offset, length]): SessionDates => {
    const period = { start: dayAt(offset).slice(0, 7) };
    return length === undefined ? { kind: "period", period } : { kind: "period", period, durationDays: length };
  }),
  fc
    .tuple(arbitraryOffset, fc.integer({ min: 0, max: 400 }), fc.constantFrom("both", "notAfter", "notBefore"))
    .map(([offset, span, sides]): SessionDates => {
      if (sides === "notAfter") return { kind: "bound", notAfter: dayAt(offset + span) };
      if (sides === "notBefore") return { kind: "bound", notBefore: dayAt(offset) };
      return { kind: "bound", notBefore: dayAt(offset), notAfter: dayAt(offset + span) };
    }),
  fc
    .option(arbitraryDuration, { nil: undefined })
    .map((length): SessionDates =>
      length === undefined ? { kind: "unknown" } : { kind: "unknown", durationDays: length },
    ),
);

const arbitraryChangeDetails = fc.record(
  {
    decidedBy: arbitraryMandateReference,
    decidedOn: arbitraryPartialDate,
    announcedOn: arbitraryPartialDate,
    authority: arbitraryLocalizedText,
    reason: arbitraryLocalizedText,
    provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const arbitraryStepVenue = fc.option(
  fc.constantFrom({ city: { en: "New York", zh: "纽约" } }, { city: { en: "Vienna", zh: "维也纳" } }),
  { nil: undefined },
);

/**
 * A schedule history: the original dates, then zero to three changes, each of a kind that
 * agrees with its dates, chained so that every `from` is the previous `to`. Steps may name
 * a venue: a change's `fromVenue` is its step's, its `toVenue` the next step's (left out for
 * the last change, whose venue is the current schedule's).
 */
export const arbitraryScheduleHistory: fc.Arbitrary<{ current: SessionDates; history: ScheduleChange[] }> = fc
  .array(fc.tuple(arbitrarySessionDates, fc.nat(), arbitraryChangeDetails, arbitraryStepVenue), {
    minLength: 1,
    maxLength: 4,
  })
  .map((steps) => {
    const history: ScheduleChange[] = [];
    steps.slice(1).forEach(([to, pick, details, toVenue], index) => {
      const [from, , , fromVenue] = steps[index]!;
      const kinds = ScheduleChangeKind.options.filter((kind) => kindContradiction({ kind, from, to }) === undefined);
      const isLast = index === steps.length - 2;
      history.push({
        ...details,
        kind: kinds[pick % kinds.length]!,
        from,
        to,
        ...(fromVenue === undefined ? {} : { fromVenue }),
        ...(toVenue === undefined || isLast ? {} : { toVenue }),
      });
    });
    return { current: steps[steps.length - 1]![0], history };
  });

const arbitraryAgendaDocument: fc.Arbitrary<AgendaDocument> = fc.oneof(
  fc.tuple(fc.integer({ min: 1992, max: 2021 }), fc.integer({ min: 1, max: 20 })).map(([year, number]) => ({
    symbol: `E/CN.15/${year}/${number}`,
  })),
  // A document known only up to its number, like the 2021 report under item 6(d).
  fc
    .tuple(fc.integer({ min: 1992, max: 2021 }), arbitraryLocalizedText)
    .map(([year, title]) => ({ symbol: `E/CN.15/${year}/\u2026`, title })),
  arbitraryLocalizedText.map((title) => ({ title })),
);

const arbitraryAgendaItem = (item: number): fc.Arbitrary<AgendaItem> =>
  fc.record({
    number: fc.constant(String(item)),
    title: arbitraryLocalizedText,
    documents: fc.array(arbitraryAgendaDocument, { maxLength: 2 }),
    subItems: fc.uniqueArray(fc.constantFrom(..."abcdefgh"), { maxLength: 3 }).chain((letters) =>
      fc.tuple(
        ...letters.map((letter) =>
          fc.record({
            number: fc.constant(`${item}(${letter})`),
            title: arbitraryLocalizedText,
            documents: fc.array(arbitraryAgendaDocument, { maxLength: 2 }),
          }),
        ),
      ),
    ),
  });

/** A provisional agenda with unique items and sub-items consistent with their parents. */
export const arbitraryProvisionalAgenda: fc.Arbitrary<ProvisionalAgenda> = fc
  .tuple(fc.integer({ min: 1992, max: 2021 }), fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }))
  .chain(([year, items]) =>
    fc.record({
      symbol: fc.constant(`E/CN.15/${year}/1`),
      items: fc.tuple(...items.map(arbitraryAgendaItem)),
    }),
  );

const arbitrarySchedule = (dates: SessionDates): fc.Arbitrary<SessionSchedule> =>
  fc
    .record(
      {
        venue: arbitraryLocalizedText.map((city) => ({ city })),
        format: fc.constantFrom(...SessionFormat.options),
        formatNote: arbitraryLocalizedText,
        status: fc.constantFrom(...SessionStatus.options),
      },
      { requiredKeys: ["status"] },
    )
    .map(({ formatNote, ...schedule }) => ({
      ...schedule,
      dates,
      ...(schedule.format !== undefined && formatNote !== undefined ? { formatNote } : {}),
    }));

/**
 * A valid Session: any designation (a "session" always numbered), a chained schedule history
 * ending at the current dates, and optionally a title, an agenda and provenance.
 */
export const arbitrarySession: fc.Arbitrary<Session> = fc
  .tuple(
    fc.record(
      {
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,16}$/),
        bodyId: fc.constantFrom("ga", "ecosoc", "ccpcj", "crime-congress", "eg-cybercrime", "ahc-cybercrime"),
        designation: fc.constantFrom(...SessionDesignation.options),
        number: fc.integer({ min: 1, max: 80 }),
        title: arbitraryLocalizedText,
        agenda: arbitraryProvisionalAgenda,
        provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
      },
      { requiredKeys: ["id", "bodyId", "designation"] },
    ),
    fc.integer({ min: 1, max: 80 }),
    arbitraryScheduleHistory,
  )
  .chain(([fields, fallbackNumber, { current, history }]) =>
    arbitrarySchedule(current).map((schedule): Session => ({
      ...fields,
      ...(fields.designation === "session" && fields.number === undefined ? { number: fallbackNumber } : {}),
      schedule,
      scheduleHistory: history,
    })),
  );
