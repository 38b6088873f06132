import type { ActivityFilter } from "../activity/ActivityFilter";
import type { DeliveryMode } from "../activity/DeliveryMode";
import type { PlaceRole } from "../activity/ActivityPlace";
import type { M49Region } from "../geo";
import type { AddresseeKind } from "../mandate/Addressee";
import type { LineageRelation } from "../mandate/LineageEdge";
import type { MandateAction } from "../mandate/MandateAction";
import type { DisaggregationDimension } from "../metric/Observation";
import type { SessionDesignation } from "../session/Session";

/**
 * A mandate as the outline names it: `"report"` for the mandate the report is written
 * under, or a symbol or citation ("A/RES/74/247", "CCPCJ resolution 26/4") resolved
 * against the records.
 */
export type MandateChoice = "report" | (string & {});

/**
 * Which activities a part of the outline speaks of: core's {@link ActivityFilter} (the same
 * rules every store's query follows) plus the delivery mode, the implementer and the
 * mandate by symbol. Without a `period`, the report period applies.
 */
export interface ActivitySelection extends ActivityFilter {
  readonly deliveryMode?: DeliveryMode;
  readonly implementerId?: string;
  readonly mandate?: MandateChoice;
}

/** Which observations a figure may use: those of the report period, or any up to its end. */
export type ObservationPeriod = "report" | "to-date";

/**
 * A figure of a sentence, computed from the records:
 * - `sum`: the indicator's observations of the selected activities, combined by the
 *   indicator's aggregation through `aggregate`;
 * - `countries`: distinct countries of those observations (`indicatorId`) or, without it,
 *   of the selected activities (`distinctCount`);
 * - `activities`: how many activities are selected;
 * - `meetings`: how many meetings of a body were held by the end of the report period.
 * `activities` in a spec overrides the sentence's selection for this figure only.
 */
export type FigureSpec =
  | {
      readonly slot: string;
      readonly measure: "sum";
      readonly indicatorId: string;
      readonly period?: ObservationPeriod;
      readonly activities?: ActivitySelection;
    }
  | {
      readonly slot: string;
      readonly measure: "countries";
      readonly indicatorId?: string;
      readonly activities?: ActivitySelection;
    }
  | { readonly slot: string; readonly measure: "activities"; readonly activities?: ActivitySelection }
  | { readonly slot: string; readonly measure: "meetings"; readonly bodyId: string };

/** Facts drawn from the selected activities (or, with `ofFigure`, from the activities of that figure's observations). */
export interface ActivityFactSpec {
  readonly slot: string;
  readonly fact:
    | "countries"
    | "regions"
    | "partners"
    | "languages"
    | "audiences"
    | "topics"
    | "titles"
    | "summary"
    | "start"
    | "filter-region";
  readonly activities?: ActivitySelection;
  readonly ofFigure?: string;
  /** For `partners`: only those with a proper name (an acronym, or a capitalized name), not "global technology companies". */
  readonly named?: boolean;
  /** For `countries`: the countries in this role (assisted by default; "based-in" for where mentors are based). */
  readonly role?: PlaceRole;
  /** For `regions`: take the regions of this indicator's observations rather than the activities'. */
  readonly indicatorId?: string;
}

/** Facts drawn from observations: the date a "latest" figure holds at, or one breakdown of it. */
export type ObservationFactSpec =
  | { readonly slot: string; readonly fact: "as-of"; readonly ofFigure: string }
  | {
      readonly slot: string;
      readonly fact: "breakdown";
      readonly ofFigure: string;
      readonly dimension: DisaggregationDimension;
    };

/**
 * Facts drawn from mandates:
 * - `mandate`: its name in the report's language (`{slot}`, `{slot.short}`, `{slot.title}`, `{slot.body}`);
 * - `provision`: the ask of its provisions with this action (and addressee), joined;
 * - `lineage`: the mandate its edge of `relation` points to;
 * - `declarations`: the declaration it endorses, the one that updated it and the mandate
 *   that endorsed that update (the expert group's mandate, ¶35).
 */
export type MandateFactSpec =
  | { readonly slot: string; readonly fact: "mandate"; readonly mandate: MandateChoice }
  | {
      readonly slot: string;
      readonly fact: "provision";
      readonly mandate: MandateChoice;
      readonly action: MandateAction;
      readonly addressee?: AddresseeKind;
    }
  | {
      readonly slot: string;
      readonly fact: "lineage";
      readonly mandate: MandateChoice;
      readonly relation: LineageRelation;
    }
  | { readonly slot: string; readonly fact: "declarations"; readonly mandate: MandateChoice };

/** Which session of a body a fact is about. */
export interface SessionChoice {
  readonly bodyId: string;
  readonly designation?: SessionDesignation;
}

/**
 * Facts drawn from sessions and meetings:
 * - `body`: the body's name;
 * - `meeting-years`: the years of the body's meetings held by the end of the period;
 * - `next-meeting`: its first meeting scheduled after the period (`{slot}` dates, `{slot.ordinal}`);
 * - `postponed-meeting`: its meeting held in the period after a postponement (`{slot.ordinal}`,
 *   `{slot.planned}`, `{slot.held}`, `{slot.reason}`, `{slot.format}`, `{slot.formatNote}`);
 * - `schedule-change`: one change of a session's schedule history (`index`; -1 is the last).
 */
export type SessionFactSpec =
  | { readonly slot: string; readonly fact: "body"; readonly bodyId: string }
  | { readonly slot: string; readonly fact: "meeting-years"; readonly bodyId: string }
  | { readonly slot: string; readonly fact: "next-meeting"; readonly bodyId: string }
  | { readonly slot: string; readonly fact: "postponed-meeting"; readonly bodyId: string }
  | {
      readonly slot: string;
      readonly fact: "schedule-change";
      readonly session: SessionChoice;
      readonly index: number;
    };

/** Any fact a sentence can state. */
export type FactSpec = ActivityFactSpec | ObservationFactSpec | MandateFactSpec | SessionFactSpec;

/**
 * One sentence per observation of some indicators (case statistics, ¶21), each written with
 * the template for its indicator (`statistics[indicatorId]`, else the generic one), ordered
 * by country, then period.
 */
export interface ObservationSeries {
  readonly indicatorIds: readonly string[];
  readonly region?: M49Region;
  readonly period: ObservationPeriod;
}

/**
 * A sentence of a paragraph: a template and the data that fills it. The sentence is written
 * only when the data it needs is there; otherwise the report records a gap. `activities`
 * selects the activities its figures and facts speak of; a sentence with a selection that
 * matches nothing is not written.
 */
export interface SentenceSpec {
  /** The key of its variants in every template set of the content ("forensics.training"). */
  readonly template: string;
  readonly activities?: ActivitySelection;
  readonly figures?: readonly FigureSpec[];
  readonly facts?: readonly FactSpec[];
  readonly observations?: ObservationSeries;
}

/**
 * A numbered paragraph of the outline:
 * - `sentences`: written from the records; left out when none of its sentences can be;
 * - `mandate-chain`: one paragraph per mandate that asks `addressees` for one of
 *   `actions`, oldest first, ending with the report's own mandate (the introduction),
 *   each written with the sentence `template` (slots `mandate`, `mandate.short`,
 *   `mandate.body`, `asks`, `year`);
 * - `narrative`: a drafter's text for what the records do not hold, included only when
 *   supplied to `buildReport`.
 */
export type ParagraphSpec =
  | {
      readonly id: string;
      readonly kind: "sentences";
      readonly sentences: readonly SentenceSpec[];
      /** A narrative that continues the paragraph after its sentences (what the records cannot say). */
      readonly narrative?: string;
    }
  | {
      readonly id: string;
      readonly kind: "mandate-chain";
      readonly template: string;
      readonly addressees: readonly AddresseeKind[];
      readonly actions: readonly MandateAction[];
    }
  | { readonly id: string; readonly kind: "narrative" };

/** A titled sub-section of the outline. */
export interface SubsectionSpec {
  readonly id: string;
  /** The key of its heading in every template set of the content. */
  readonly heading: string;
  readonly paragraphs: readonly ParagraphSpec[];
}

/** A chapter of the outline, with its Roman numeral. */
export interface SectionSpec {
  readonly id: string;
  readonly numeral: string;
  /** The key of its heading in every template set of the content. */
  readonly heading: string;
  readonly paragraphs: readonly ParagraphSpec[];
  readonly subsections: readonly SubsectionSpec[];
}

/**
 * The declarative shape of a kind of report: its chapters, sub-sections and paragraphs, and
 * for each paragraph which records it is written from. `buildReport` walks it; the words
 * come from the template set of the report's language.
 */
export interface ReportOutline {
  readonly id: string;
  readonly sections: readonly SectionSpec[];
}
