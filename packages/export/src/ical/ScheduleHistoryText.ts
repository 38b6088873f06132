import {
  describeDates,
  display,
  type Language,
  type LocalizedText,
  type ScheduleChange,
  type Session,
} from "@remit/core";
import { eventDays } from "./SessionTiming";

/** A text of the description, and the language it came out in. */
interface Part {
  readonly text: string;
  readonly language: Language;
}

/** The words of a description and the languages they are in. */
export interface DescriptionText {
  readonly text: string;
  readonly languages: ReadonlySet<Language>;
}

const CHANGE_WORDS: Readonly<Record<ScheduleChange["kind"], string>> = {
  postponement: "Postponed",
  "dates-set": "Dates set",
  "brought-forward": "Brought forward",
};

function localized(text: LocalizedText | undefined, language: Language): Part | undefined {
  if (text === undefined) return undefined;
  const shown = display(text, [language]);
  return { text: shown.text, language: shown.language };
}

function changeLine(change: ScheduleChange, number: number, language: Language, used: Set<Language>): string {
  const details: string[] = [];
  if (change.decidedBy !== undefined)
    details.push(`decided by ${change.decidedBy}${change.decidedOn === undefined ? "" : ` on ${change.decidedOn}`}`);
  else if (change.decidedOn !== undefined) details.push(`decided on ${change.decidedOn}`);
  if (change.announcedOn !== undefined) details.push(`announced to Member States on ${change.announcedOn}`);
  for (const [label, text] of [
    ["approved by", change.authority],
    ["reason", change.reason],
  ] as const) {
    const part = localized(text, language);
    if (part === undefined) continue;
    used.add(part.language);
    details.push(`${label}: ${part.text}`);
  }
  const line = `${number}. ${CHANGE_WORDS[change.kind]}: ${describeDates(change.from)} → ${describeDates(change.to)}`;
  return details.length === 0 ? `${line}.` : `${line} (${details.join("; ")}).`;
}

/**
 * The event description of a session: its status, format and current dates, then every
 * earlier date in order with the decision that changed it ("1. Postponed: from 2020-08
 * (3 days) → no later than 2021-03-01 (decided by GA decision 74/567; reason: …)"), and the
 * provisional agenda's symbol. The framing words are English; texts from the records
 * (reasons, the format note) are in `language` where the record has it, else in the
 * language it has — `languages` says which were used.
 */
export function sessionDescription(session: Session, language: Language): DescriptionText {
  const used = new Set<Language>(["en"]);
  const { schedule } = session;
  const lines: string[] = [];
  const note = localized(schedule.formatNote, language);
  if (note !== undefined) used.add(note.language);
  const format =
    schedule.format === undefined ? "" : ` Format: ${schedule.format}${note === undefined ? "" : ` (${note.text})`}.`;
  lines.push(`Status: ${schedule.status}.${format}`);
  const days = eventDays(schedule.dates);
  const shownOn =
    days === undefined || days.exact ? "" : ` The exact days are not known; the calendar shows it on ${days.start}.`;
  lines.push(`Current dates: ${describeDates(schedule.dates)}.${shownOn}`);
  if (session.scheduleHistory.length > 0) {
    lines.push(`Originally planned: ${describeDates(session.scheduleHistory[0]?.from ?? schedule.dates)}.`);
    lines.push(
      `Schedule history (${session.scheduleHistory.length} change${session.scheduleHistory.length === 1 ? "" : "s"}):`,
    );
    session.scheduleHistory.forEach((change, index) => lines.push(changeLine(change, index + 1, language, used)));
  }
  if (session.agenda !== undefined) lines.push(`Provisional agenda: ${session.agenda.symbol}.`);
  return { text: lines.join("\n"), languages: used };
}
