import {
  Store,
  checkDecision18_1,
  describeDates,
  displayText,
  formatQuantity,
  isShare,
  parseSymbol,
  scheduleTimeline,
  sharePercent,
  type Language,
  type Observation,
  type Quantity,
  type StoreFailure,
  type InvalidCursor,
  type NotFound,
} from "@remit/core";
import { Effect } from "effect";
import { listAll } from "./listAll";

/** Symbols a reader meets in the two documents, one of them the 2011 guide's misprint. */
const SYMBOLS = ["A/RES/74/173", "E/CN.15/2011/2", "UNODC/CCPCJ/EG.4/2020/2", "E/CN.15/2021/L.5/Rev.1", "A/624/123"];

function heading(title: string): string[] {
  return ["", title, "─".repeat(title.length)];
}

function figureText(observation: Observation, language: Language): string {
  const value = observation.value;
  if (!isShare(value)) return formatQuantity(value, language);
  const percent = `${formatQuantity(sharePercent(value), language)}%`;
  // A share is shown with its whole: "40% of 263", never as a bare percentage.
  const whole: Quantity | undefined = value.denominator;
  return whole === undefined ? percent : `${percent} of ${formatQuantity(whole, language)}`;
}

function firstParagraph(observation: Observation): [string, number] {
  const source = observation.provenance.find((p) => p.source === "document");
  return source?.source === "document" ? [source.symbol, source.paragraphs[0] ?? 0] : ["", 0];
}

function byDocumentOrder(a: Observation, b: Observation): number {
  const [symbolA, paragraphA] = firstParagraph(a);
  const [symbolB, paragraphB] = firstParagraph(b);
  return symbolA === symbolB ? paragraphA - paragraphB : symbolA < symbolB ? -1 : 1;
}

function paragraphsOf(observation: Observation): string {
  return observation.provenance
    .map((source) => (source.source === "document" ? `${source.symbol} ¶${source.paragraphs.join(", ¶")}` : "computed"))
    .join("; ");
}

/**
 * What the demo shows about a store that holds the dataset: symbols parsed, a postponed
 * session's history, the reports due at CCPCJ 30, the decision 18/1 check of the 20th
 * session's thematic discussion, and the 2021 report's figures with their paragraphs.
 * Returns the lines to print, so that it can be tested without a terminal.
 */
export function walkthrough(
  language: Language,
): Effect.Effect<string[], StoreFailure | NotFound | InvalidCursor, Store> {
  return Effect.gen(function* () {
    const store = yield* Store;
    const lines: string[] = [];

    lines.push(...heading("Document symbols"));
    for (const text of SYMBOLS) {
      const parsed = parseSymbol(text);
      lines.push(parsed.ok ? `  ✓ ${text}` : `  ✗ ${text}: ${parsed.error.message}`);
    }

    lines.push(...heading("A postponed session keeps its history"));
    const organizational = yield* store.get("session", "ahc-cybercrime-org");
    for (const step of scheduleTimeline(organizational.record)) {
      const by = step.change?.decidedBy === undefined ? "" : ` (${step.change.decidedBy})`;
      lines.push(`  ${step.isCurrent ? "→" : " "} ${describeDates(step.dates)}${by}`);
    }

    lines.push(...heading("Reports due at the 30th session of the CCPCJ"));
    for (const due of yield* store.reportsDue("ccpcj", 30)) {
      const deferred = due.deferrals.map((d) => `deferred from session ${d.fromSession}`).join(", ");
      const title = due.mandate.title === undefined ? "" : ` — ${displayText(due.mandate.title, [language])}`;
      lines.push(`  ${due.mandate.symbol ?? due.mandate.id}${title}${deferred === "" ? "" : ` (${deferred})`}`);
    }

    lines.push(...heading("Decision 18/1 and the 20th session's thematic discussion"));
    const discussion = yield* store.get("thematicDiscussion", "ccpcj-20-thematic-discussion");
    const session = yield* store.get("session", discussion.record.sessionId);
    for (const finding of checkDecision18_1(discussion.record, session.record)) {
      lines.push(`  [${finding.status}] ${finding.rule}: ${finding.reason}`);
    }

    lines.push(...heading("Figures in the two documents, with their paragraphs"));
    const observations = (yield* listAll("observation")).map((stored) => stored.record).sort(byDocumentOrder);
    for (const record of observations) {
      const indicator = yield* store.get("indicator", record.indicatorId);
      lines.push(
        `  ${figureText(record, language)} ${displayText(indicator.record.name, [language])} — ${paragraphsOf(record)}`,
      );
    }
    return lines;
  });
}
