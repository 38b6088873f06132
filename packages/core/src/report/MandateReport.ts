import { Effect } from "effect";
import type { NotFound, StoreFailure } from "../store/StoreErrors";
import type { ReadError } from "../store/AllRecords";
import { Store } from "../store/Store";
import type { Language } from "../text/Language";
import type { Period } from "../time/Period";
import { buildReport, type BuildReportInput } from "./BuildReport";
import { reportFigures, type Report } from "./Report";
import type { ReportError } from "./ReportErrors";
import { reportRecords } from "./ReportRecordsQuery";

/** What a reader asks for when asking for the report on a mandate. */
export interface MandateReportRequest extends Pick<
  BuildReportInput,
  "outline" | "obligationId" | "narratives" | "templates" | "fallback"
> {
  /** The mandate: its id (`a-res-74-173`), symbol (`A/RES/74/173`) or citation ("GA resolution 74/173"). */
  readonly mandate: string;
  readonly period: Period;
  readonly language: Language;
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
 * NothingToReport when the period holds no activity and the report no figure.
 * @example reportOnMandate({ mandate: "A/RES/74/173", period: { start: "2020" }, language: "en" })
 */
export function reportOnMandate(
  request: MandateReportRequest,
): Effect.Effect<Report, NotFound | ReportError | NothingToReport | ReadError | StoreFailure, Store> {
  return Effect.gen(function* () {
    const { mandate: reference, onRecord, ...choices } = request;
    const mandate = (yield* (yield* Store).findMandate(reference)).record;
    const records = yield* reportRecords(request.period, onRecord === undefined ? {} : { onRecord });
    const built = buildReport({ ...choices, mandateId: mandate.id, records });
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
