import { Session, reschedule, type Session as SessionRecord } from "@remit/core";
import { arbitrarySession } from "@remit/core/testing";
import { loadDataset } from "@remit/dataset";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventDays, exportICalendar } from "../src/ical";
import { events, property, unescapeText, unfold, type ParsedEvent } from "./ICalendarParse";

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

const STAMP = new Date("2021-03-01T08:00:00Z");

function calendarOf(sessions: readonly SessionRecord[], language: "en" | "zh" = "en"): string {
  return exportICalendar(sessions, { bodies: dataset().bodies, generatedAt: STAMP, language });
}

function eventOf(text: string, uid: string): ParsedEvent {
  const found = events(text).find((event) => event.get("UID")?.value === uid);
  if (found === undefined) throw new Error(`no event ${uid}`);
  return found;
}

const base: SessionRecord = {
  id: "eg-cybercrime-8",
  bodyId: "eg-cybercrime",
  designation: "meeting",
  number: 8,
  title: { en: "Expert group, eighth meeting" },
  schedule: {
    dates: { kind: "period", period: { start: "2022-04-04", end: "2022-04-06" } },
    venue: { city: { en: "Vienna", zh: "维也纳" } },
    status: "scheduled",
  },
  scheduleHistory: [],
};

describe("the calendar of the dataset's sessions", () => {
  const text = calendarOf(dataset().sessions);

  it("shows the ad hoc committee's organizational session on its current dates, 10–12 May 2021, as the third revision", () => {
    const event = eventOf(text, "ahc-cybercrime-org@remit");
    expect(property(event, "SEQUENCE").value).toBe("3");
    expect(property(event, "STATUS").value).toBe("CONFIRMED");
    expect(property(event, "DTSTART")).toEqual({ name: "DTSTART", params: { VALUE: "DATE" }, value: "20210510" });
    expect(property(event, "DTEND").value).toBe("20210513");
  });

  it("keeps every earlier date of that session and the decision that moved it in the description", () => {
    const description = unescapeText(property(eventOf(text, "ahc-cybercrime-org@remit"), "DESCRIPTION").value);
    expect(description).toContain("Originally planned: 2020-08 (3 days).");
    expect(description).toContain(
      "1. Postponed: 2020-08 (3 days) → no later than 2021-03-01 (decided by GA decision 74/567;",
    );
    expect(description).toContain(
      "2. Dates set: no later than 2021-03-01 → 2021-01-20 to 2021-01-22 (announced to Member States on 2020-10-01;",
    );
    expect(description).toContain(
      "3. Postponed: 2021-01-20 to 2021-01-22 → 2021-05-10 to 2021-05-12 (decided by GA decision 75/555).",
    );
  });

  it("shows the expert group's sixth meeting where it was held, after one postponement", () => {
    const event = eventOf(text, "eg-cybercrime-6@remit");
    expect(property(event, "SEQUENCE").value).toBe("1");
    expect(property(event, "DTSTART").value).toBe("20200727");
    expect(unescapeText(property(event, "DESCRIPTION").value)).toContain(
      "Format: hybrid (the Chair and representatives of the secretariat",
    );
  });

  it("gives each session one event with a stable UID, and leaves out sessions whose dates are unknown", () => {
    const sessions = dataset().sessions;
    const withDays = sessions.filter((session) => eventDays(session.schedule.dates) !== undefined);
    expect(withDays.length).toBeLessThan(sessions.length);
    expect(events(text).map((event) => event.get("UID")?.value)).toEqual(
      withDays.map((session) => `${session.id}@remit`),
    );
    expect(calendarOf(dataset().sessions)).toBe(text);
  });

  it("names the venue and the language of each text", () => {
    const english = eventOf(text, "ccpcj-30@remit");
    expect(property(english, "LOCATION")).toEqual({ name: "LOCATION", params: { LANGUAGE: "en" }, value: "Vienna" });
    expect(property(english, "SUMMARY").params).toEqual({ LANGUAGE: "en" });
    expect(property(english, "DESCRIPTION").params).toEqual({ LANGUAGE: "en" });
    const chinese = eventOf(calendarOf(dataset().sessions, "zh"), "ccpcj-30@remit");
    expect(property(chinese, "LOCATION")).toEqual({ name: "LOCATION", params: { LANGUAGE: "zh" }, value: "维也纳" });
  });

  it("folds every line at 75 octets", () => {
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  });
});

describe("event status and days", () => {
  it("are TENTATIVE for a planned or postponed session and CANCELLED for a cancelled one", () => {
    const planned = { ...base, id: "planned", schedule: { ...base.schedule, status: "planned" as const } };
    const postponed = { ...base, id: "postponed", schedule: { ...base.schedule, status: "postponed" as const } };
    const cancelled = { ...base, id: "cancelled", schedule: { ...base.schedule, status: "cancelled" as const } };
    const statuses = events(calendarOf([base, planned, postponed, cancelled])).map(
      (event) => property(event, "STATUS").value,
    );
    expect(statuses).toEqual(["CONFIRMED", "TENTATIVE", "TENTATIVE", "CANCELLED"]);
  });

  it("put a session due 'no later than' a day on that day, tentatively, for its stated length", () => {
    const bound = Session.parse({
      ...base,
      schedule: { ...base.schedule, dates: { kind: "bound", notAfter: "2021-03-01", durationDays: 3 } },
    });
    const [event] = events(calendarOf([bound]));
    if (event === undefined) throw new Error("no event");
    expect(property(event, "STATUS").value).toBe("TENTATIVE");
    expect(property(event, "DTSTART").value).toBe("20210301");
    expect(property(event, "DTEND").value).toBe("20210304");
  });

  it("count each reschedule in SEQUENCE and show the new dates, so a subscribed calendar moves the event", () => {
    const moved = Session.parse(
      reschedule(base, {
        kind: "postponement",
        to: { kind: "period", period: { start: "2022-06-13", end: "2022-06-15" } },
        decidedBy: "GA decision 75/555",
      }),
    );
    const before = eventOf(calendarOf([base]), "eg-cybercrime-8@remit");
    const after = eventOf(calendarOf([moved]), "eg-cybercrime-8@remit");
    expect(property(before, "SEQUENCE").value).toBe("0");
    expect(property(after, "SEQUENCE").value).toBe("1");
    expect(property(after, "DTSTART").value).toBe("20220613");
    expect(unescapeText(property(after, "DESCRIPTION").value)).toContain(
      "2022-04-04 to 2022-04-06 → 2022-06-13 to 2022-06-15 (decided by GA decision 75/555)",
    );
  });
});

describe("iCalendar text escaping", () => {
  it("escapes commas, semicolons, backslashes and line breaks, and keeps Chinese and Arabic intact", () => {
    const title = "Meeting; part 1, \\ draft\nsecond line — 网络犯罪 — الجرائم السيبرانية";
    const [event] = events(calendarOf([{ ...base, title: { en: title } }]));
    if (event === undefined) throw new Error("no event");
    expect(property(event, "SUMMARY").value).toContain("Meeting\\; part 1\\, \\\\ draft\\nsecond line");
    expect(unescapeText(property(event, "SUMMARY").value)).toBe(title);
  });

  it("holds for arbitrary sessions: one event each with its UID, SEQUENCE and first day, lines at most 75 octets", () => {
    fc.assert(
      fc.property(fc.array(arbitrarySession, { maxLength: 5 }), (generated) => {
        const sessions = generated.map((session, index) => ({ ...session, id: `${session.id}-${index}` }));
        const text = calendarOf(sessions);
        for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const placed = sessions.filter((session) => eventDays(session.schedule.dates) !== undefined);
        const found = events(text);
        expect(found).toHaveLength(placed.length);
        placed.forEach((session, index) => {
          const event = found[index];
          if (event === undefined) throw new Error("missing event");
          expect(property(event, "UID").value).toBe(`${session.id}@remit`);
          expect(property(event, "SEQUENCE").value).toBe(String(session.scheduleHistory.length));
          expect(property(event, "DTSTART").value).toBe(eventDays(session.schedule.dates)?.start.replaceAll("-", ""));
        });
        expect(unfold(text).at(-1)).toBe("END:VCALENDAR");
      }),
      { numRuns: 100 },
    );
  });
});
