import { currentDueSession, type ReportingObligation } from "../mandate/ReportingObligation";
import { mergeProvenance } from "../provenance/Provenance";
import type { AgendaItem, AgendaSubItem, ProvisionalAgenda } from "../session/ProvisionalAgenda";
import type { Session } from "../session/Session";
import { openingWindow } from "../session/SessionDates";
import { PARTIAL_SYMBOL_ELLIPSIS, isPartialReference } from "../symbol";
import type { LocalizedText } from "../text/LocalizedText";
import { normalizeSearchText } from "../activity/SearchText";
import type { ReportDestination, ReportSymbol } from "./Report";
import type { ReportContext } from "./ReportContext";
import { bodyName, nameMandate, textIn } from "./ReportContext";
import type { ReportPassage } from "./ReportParagraph";
import { sentenceVariants, writeFromGroups } from "./SentenceFill";
import { datesText } from "./SessionFacts";
import { factGroup, type SlotGroup } from "./SlotGroup";
import type { SummarySentenceKey } from "./ReportTemplates";
import { segmentText } from "./TemplateText";

function sameTitle(a: LocalizedText | undefined, b: LocalizedText | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (Object.keys(a) as (keyof LocalizedText)[]).some((language) => {
    const left = a[language];
    const right = b[language];
    return left !== undefined && right !== undefined && normalizeSearchText(left) === normalizeSearchText(right);
  });
}

/** The agenda item (and its parent, for a sub-item) that lists the report: by symbol once issued, else by title. */
function findListing(
  agenda: ProvisionalAgenda,
  context: ReportContext,
  obligation: ReportingObligation,
): { readonly item: AgendaItem | AgendaSubItem; readonly parent?: AgendaItem } | undefined {
  const lists = (entry: AgendaItem | AgendaSubItem): boolean =>
    entry.documents.some(
      (document) =>
        (obligation.submittedAs !== undefined && document.symbol === obligation.submittedAs) ||
        sameTitle(document.title, context.mandate.title),
    );
  for (const item of agenda.items) {
    if (lists(item)) return { item };
    const sub = item.subItems.find(lists);
    if (sub !== undefined) return { item: sub, parent: item };
  }
  return undefined;
}

/**
 * Where the report goes: the session the obligation is due at after every deferral, its
 * masthead lines, the agenda item that lists the report, and the report's symbol slot.
 */
export function reportDestination(
  context: ReportContext,
  obligation: ReportingObligation,
): { readonly destination: ReportDestination; readonly symbol: ReportSymbol } {
  const due = currentDueSession(obligation);
  const session: Session | undefined = context.records.sessions.find(
    (candidate) =>
      candidate.bodyId === due.bodyId && candidate.number === due.sessionNumber && candidate.designation === "session",
  );
  const format = context.templates.format;
  const sessionLine = format
    .session(due.sessionNumber)
    .replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase(context.language));
  const lines = [bodyName(context, due.bodyId), sessionLine];
  const listing = session?.agenda === undefined ? undefined : findListing(session.agenda, context, obligation);
  if (session !== undefined) {
    const place = session.schedule.venue === undefined ? undefined : textIn(context, session.schedule.venue.city);
    const dates = datesText(context, session.schedule.dates);
    if (place !== undefined || dates !== undefined) lines.push(format.placeAndDates(place, dates));
  }
  if (listing !== undefined) {
    lines.push(format.agendaItem(listing.item.number));
    if (listing.parent !== undefined) lines.push(textIn(context, listing.parent.title));
    lines.push(textIn(context, listing.item.title));
  }
  const prefix = context.records.bodies?.find((body) => body.id === due.bodyId)?.symbolPrefix;
  const year = session === undefined ? undefined : openingWindow(session.schedule.dates).earliest?.slice(0, 4);
  const submitted = obligation.submittedAs;
  const partial = submitted !== undefined && isPartialReference(submitted);
  const series = partial
    ? submitted
    : prefix !== undefined && year !== undefined
      ? `${prefix}/${year}/${PARTIAL_SYMBOL_ELLIPSIS}`
      : undefined;
  const symbol: ReportSymbol = {
    ...(submitted !== undefined && !partial ? { issued: submitted } : {}),
    ...(series !== undefined ? { series } : {}),
  };
  const destination: ReportDestination = {
    session: due,
    ...(session !== undefined ? { sessionId: session.id } : {}),
    ...(session?.agenda !== undefined ? { agendaSymbol: session.agenda.symbol } : {}),
    ...(listing !== undefined ? { agendaItem: listing.item.number } : {}),
    lines,
  };
  return { destination, symbol };
}

function passage(
  context: ReportContext,
  key: SummarySentenceKey,
  groups: readonly SlotGroup[],
  extra: ReportPassage["provenance"],
): ReportPassage | undefined {
  const written = writeFromGroups(context, sentenceVariants(context, key), groups, key);
  if (!written.ok) return undefined;
  const [sentence] = written.value;
  if (sentence === undefined) return undefined;
  const provenance = mergeProvenance([...extra, ...sentence.facts.flatMap((fact) => fact.provenance)]);
  return {
    text: segmentText(sentence.segments),
    segments: [...sentence.segments],
    figures: [...sentence.figures],
    facts: [...sentence.facts],
    provenance,
  };
}

/**
 * The summary: the mandate and what it asked for, the session the report was first due at
 * and why it goes to a later one (from the last deferral's reason), and the period covered.
 */
export function reportSummary(context: ReportContext, obligation: ReportingObligation): ReportPassage[] {
  const { mandate } = context;
  const name = nameMandate(context, mandate);
  const format = context.templates.format;
  const receiver = bodyName(context, obligation.reportTo.bodyId);
  const mandateGroup = factGroup(
    "mandate",
    {
      text: name.full,
      values: [mandate.id],
      provenance: mergeProvenance(mandate.provenance),
      sessionIds: [],
      mandateIds: [mandate.id],
    },
    undefined,
    [
      ["mandate.short", { text: name.short, factKey: "mandate" }],
      ...(name.body !== undefined ? [["mandate.body", { text: name.body, factKey: "mandate" }] as const] : []),
      ...(name.title !== undefined ? [["mandate.title", { text: name.title, factKey: "mandate" }] as const] : []),
    ],
  );
  const plain: SlotGroup = {
    slots: [
      ["receiver", { text: receiver }],
      ["fromSession", { text: format.session(obligation.reportTo.sessionNumber) }],
      ["period", { text: format.span(context.period.start, context.period.end) }],
      ...(obligation.subject !== undefined
        ? [["subject", { text: textIn(context, obligation.subject) }] as const]
        : []),
    ],
  };
  const passages = [passage(context, "summary.mandate", [mandateGroup, plain], obligation.provenance)];
  const last = obligation.deferrals.at(-1);
  if (last !== undefined) {
    const deferral: SlotGroup = {
      slots: [
        ["reason", { text: textIn(context, last.reason) }],
        ["toSession", { text: format.session(last.toSession) }],
      ],
    };
    passages.push(passage(context, "summary.deferral", [plain, deferral], last.provenance));
  }
  passages.push(passage(context, "summary.scope", [plain], []));
  return passages.filter((item): item is ReportPassage => item !== undefined);
}
