import { Effect } from "effect";
import type { NotFound, StoreFailure } from "../store/StoreErrors";
import type { ReadError } from "../store/AllRecords";
import { Store } from "../store/Store";
import type { Language } from "../text/Language";
import type { Period } from "../time/Period";
import { buildReport, type BuildReportInput } from "./BuildReport";
import { noReportContent, type NoReportContent, type ReportContentFor } from "./ReportContent";
import { reportFigures, type Report } from "./Report";
import type { ReportError } from "./ReportErrors";
import { reportRecords } from "./ReportRecordsQuery";

/** What a reader asks for when asking for the report on a mandate. */
export interface MandateReportRequest extends Pick<BuildReportInput, "obligationId" | "fallback"> {
  /** The mandate: its id (`a-res-74-173`), symbol (`A/RES/74/173`) or citation ("GA resolution 74/173"). */
  readonly mandate: string;
  readonly period: Period;
  readonly language: Language;
  /**
   * The content of the mandate's report, chosen by the mandate's id once it is found (e.g.
   * `@remit/dataset`'s `reportContentFor`); a mandate it knows no content for is refused
   * with `NoReportContent`.
   */
  readonly content: ReportContentFor;
  /** Called once per record read, for a progress bar. */
  readonly onRecord?: () => void;
}

/**
 * The store holds no activity and no figure in the period asked for: the outline and the
 * mandates' history alone would make a report that looks whole but reports nothing, so none
 * is written.
 */
export interface NothingToReport {
  readonly _tag: "NothingToReport";
  readonly mandateId: string;
  readonly period: Period;
  readonly message: string;
}

/**
 * The Secretary-General's report on a stored mandate for a period, computed from the store:
 * the mandate found by id, symbol or citation (`Store.findMandate`), the records of the
 * period read (`reportRecords`: only the period's activities), then `buildReport`. NotFound
 * when the reference names no mandate; a ReportError when the report cannot be written (the
 * mandate asks for no report, no templates in the language without a fallback, …);
 * NoReportContent when `content` knows no outline for the mandate; NothingToReport when the period holds no activity and the report no figure.
 * @example reportOnMandate({ mandate: "A/RES/74/173", period: { start: "2020" }, language: "en", content: reportContentFor })
 */
export function reportOnMandate(
  request: MandateReportRequest,
): Effect.Effect<Report, NotFound | NoReportContent | ReportError | NothingToReport | ReadError | StoreFailure, Store> {
  return Effect.gen(function* () {
    const { mandate: reference, onRecord, content: contentFor, ...choices } = request;
    const mandate = (yield* (yield* Store).findMandate(reference)).record;
    const content = contentFor(mandate.id);
    if (content === undefined) return yield* Effect.fail(noReportContent(mandate.id, mandate.symbol));
    const records = yield* reportRecords(request.period, onRecord === undefined ? {} : { onRecord });
    const built = buildReport({ ...choices, mandateId: mandate.id, records, content });
    if (!built.ok) return yield* Effect.fail(built.error);
    if (records.activities.length === 0 && reportFigures(built.value).length === 0) {
      const nothing: NothingToReport = {
        _tag: "NothingToReport",
        mandateId: mandate.id,
        period: request.period,
        message: `Nothing to report on ${mandate.symbol ?? mandate.id} for the period: the store holds no activity and no figure in it, so no report was written.`,
      };
      return yield* Effect.fail(nothing);
    }
    return built.value;
  });
}
