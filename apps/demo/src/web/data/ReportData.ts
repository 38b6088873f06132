import { everyPage, type Language } from "@remit/core";
import { api, valueOf } from "./Api";

/** The mandates that request a report: the ones a report can be written for. */
export async function loadReportingMandates() {
  const mandates = await everyPage((cursor) => valueOf(api.listMandates({ query: { limit: 1000, cursor } })));
  return mandates.map((item) => item.record).filter((mandate) => mandate.reportingObligations.length > 0);
}

/** The report on a mandate for a period, computed by the API from the records, in a language. */
export async function loadReport(mandate: string, period: string, language: Language) {
  const answer = await valueOf(
    api.getReport({ params: { mandate }, query: { period, lang: language, format: "json" } }),
  );
  if (answer instanceof Response)
    throw new Error(`the API answered ${answer.headers.get("content-type") ?? "a file"}, not the report's JSON`);
  return answer;
}
