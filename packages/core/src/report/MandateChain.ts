import type { AddresseeKind } from "../mandate/Addressee";
import { addresses } from "../mandate/Addressee";
import type { Mandate } from "../mandate/Mandate";
import type { MandateAction } from "../mandate/MandateAction";
import type { OperativeProvision } from "../mandate/OperativeProvision";
import { lineageOf, mandateIdsIn } from "../mandate/LineageTree";
import { mergeProvenance } from "../provenance/Provenance";
import { earliestDay, latestDay, yearOf } from "../time/PartialDate";
import type { ReportContext } from "./ReportContext";
import { joinList, nameMandate, textIn } from "./ReportContext";
import type { ReportSegment, ReportFact } from "./ReportFigure";
import { sentenceVariants, writeFromGroups } from "./SentenceFill";
import { factGroup, trimSentence, type SlotGroup } from "./SlotGroup";

/**
 * A mandate of the introduction's chain, with the asks that put it there, and how it was
 * found: as an ancestor of the report's mandate through lineage, or by its provisions alone.
 */
export interface ChainLink {
  readonly mandate: Mandate;
  readonly asks: readonly OperativeProvision[];
  readonly via: "lineage" | "provisions" | "report";
}

/** The chain, and the mandates that qualified but could not be placed in it, with why. */
export interface MandateChain {
  readonly links: readonly ChainLink[];
  readonly unplaced: readonly { readonly mandateId: string; readonly message: string }[];
}

/**
 * The mandates the introduction recites, oldest first, ending with the report's own: every
 * resolution or decision that asks one of `addressees` for one of `actions` and was adopted
 * no later than the report's mandate. Ancestors reached through the report mandate's lineage
 * (74/173 reaffirms CCPCJ 22/8) are marked `lineage`; the others, found by their asks
 * (64/179 asks UNODC to explore ways of addressing cybercrime), `provisions`. A mandate
 * without an adoption date cannot be placed and is listed in `unplaced`.
 * @example mandateChain(context, ["unodc"], ["provide-technical-assistance"]).links.map((link) => link.mandate.symbol)
 */
export function mandateChain(
  context: ReportContext,
  addressees: readonly AddresseeKind[],
  actions: readonly MandateAction[],
): MandateChain {
  const report = context.mandate;
  const asksOf = (mandate: Mandate): OperativeProvision[] =>
    mandate.provisions.filter(
      (provision) =>
        actions.includes(provision.action) && addressees.some((kind) => addresses(provision.addressees, kind)),
    );
  const lineage = lineageOf(context.graph, report.id);
  const ancestors = new Set(lineage.ok ? mandateIdsIn(lineage.value) : []);
  const until = report.adoptedOn === undefined ? undefined : latestDay(report.adoptedOn);
  const links: ChainLink[] = [];
  const unplaced: { mandateId: string; message: string }[] = [];
  for (const mandate of context.graph.mandates.values()) {
    const asks = asksOf(mandate);
    if (mandate.id === report.id || mandate.kind === "declaration" || asks.length === 0) continue;
    if (mandate.adoptedOn === undefined) {
      unplaced.push({
        mandateId: mandate.id,
        message: `${mandate.symbol ?? mandate.id} asks ${addressees.join("/")} to ${actions.join("/")} but has no adoption date, so the introduction cannot place it`,
      });
      continue;
    }
    if (until !== undefined && earliestDay(mandate.adoptedOn) > until) continue;
    links.push({ mandate, asks, via: ancestors.has(mandate.id) ? "lineage" : "provisions" });
  }
  links.sort(
    (a, b) =>
      earliestDay(a.mandate.adoptedOn ?? "").localeCompare(earliestDay(b.mandate.adoptedOn ?? "")) ||
      a.mandate.id.localeCompare(b.mandate.id),
  );
  const own = asksOf(report);
  if (own.length > 0) links.push({ mandate: report, asks: own, via: "report" });
  return { links, unplaced };
}

/** A paragraph of the chain: its runs and facts. */
export interface ChainParagraph {
  readonly mandateId: string;
  readonly segments: readonly ReportSegment[];
  readonly facts: readonly ReportFact[];
}

/** Writes one paragraph per link of the chain with the sentence `template` ("In 2009, in its resolution 64/179, …"). */
export function writeMandateChain(
  context: ReportContext,
  chain: MandateChain,
  template: string,
): { readonly paragraphs: ChainParagraph[]; readonly problems: string[] } {
  const paragraphs: ChainParagraph[] = [];
  const problems: string[] = [];
  for (const link of chain.links) {
    const { mandate } = link;
    const name = nameMandate(context, mandate);
    const asks = link.asks.map((provision) => trimSentence(textIn(context, provision.ask)));
    const mandateGroup = factGroup(
      "mandate",
      {
        text: name.full,
        values: [mandate.id, ...(mandate.symbol !== undefined ? [mandate.symbol] : [])],
        provenance: mergeProvenance(mandate.provenance),
        sessionIds: [],
        mandateIds: [mandate.id],
      },
      undefined,
      [
        ["mandate.short", { text: name.short, factKey: "mandate" }],
        ...(name.body !== undefined ? [["mandate.body", { text: name.body, factKey: "mandate" }] as const] : []),
      ],
    );
    const asksGroup = factGroup(
      "asks",
      {
        text: joinList(context, asks),
        values: link.asks.map((provision) => provision.action),
        provenance: mergeProvenance(link.asks.flatMap((provision) => provision.provenance)),
        sessionIds: [],
        mandateIds: [mandate.id],
      },
      asks,
    );
    const groups: SlotGroup[] = [mandateGroup, asksGroup];
    if (mandate.adoptedOn !== undefined)
      groups.push({ slots: [["year", { text: String(yearOf(mandate.adoptedOn)) }]] });
    const written = writeFromGroups(
      context,
      sentenceVariants(context, template),
      groups,
      `${template} (${mandate.id})`,
    );
    if (!written.ok) {
      problems.push(written.error.message);
      continue;
    }
    for (const sentence of written.value)
      paragraphs.push({ mandateId: mandate.id, segments: sentence.segments, facts: sentence.facts });
  }
  return { paragraphs, problems };
}
