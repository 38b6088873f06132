import { buildReport, type InvalidCursor, type Language, type Store, type StoreFailure } from "@remit/core";
import { exportICalendar } from "@remit/export/ical";
import { renderReportDocx, renderReportHtml, renderReportMarkdown } from "@remit/export/report";
import { Effect } from "effect";
import { listAll } from "./listAll";
import type { SitePage } from "./DemoSite";

/** The report the demo shows: GA resolution 74/173's report on 2020, as the 2021 one was. */
export const DEMO_REPORT = { symbol: "A/RES/74/173", period: { start: "2020" } } as const;

/**
 * The Secretary-General's report built from the stored records, in three formats, and the
 * calendar of sessions and meetings. A report that cannot be built becomes a page that says why.
 */
export function reportPages(
  language: Language,
): Effect.Effect<Map<string, SitePage>, StoreFailure | InvalidCursor, Store> {
  return Effect.gen(function* () {
    const records = {
      mandates: (yield* listAll("mandate")).map((s) => s.record),
      sessions: (yield* listAll("session")).map((s) => s.record),
      activities: (yield* listAll("activity")).map((s) => s.record),
      observations: (yield* listAll("observation")).map((s) => s.record),
      indicators: (yield* listAll("indicator")).map((s) => s.record),
      bodies: (yield* listAll("body")).map((s) => s.record),
    };
    const pages = new Map<string, SitePage>();
    pages.set("/calendar.ics", {
      type: "text/calendar; charset=utf-8",
      body: exportICalendar(records.sessions, { language, bodies: records.bodies }),
    });
    const built = buildReport({ ...DEMO_REPORT, records, language });
    if (!built.ok) {
      const why = { type: "text/plain; charset=utf-8", body: `The report could not be built: ${built.error.message}` };
      for (const path of ["/report", "/report.md", "/report.docx"]) pages.set(path, why);
      return pages;
    }
    const docx = yield* Effect.promise(() => renderReportDocx(built.report));
    pages.set("/report", { type: "text/html; charset=utf-8", body: renderReportHtml(built.report) });
    pages.set("/report.md", { type: "text/markdown; charset=utf-8", body: renderReportMarkdown(built.report) });
    pages.set("/report.docx", {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      body: docx,
    });
    return pages;
  });
}
