import type { ClientOutput } from "@remit/web/client";
import { useLocale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { MandateName } from "./MandateName";
import { RecordText } from "./RecordText";
import { isolate } from "./isolate";

/** What the API answers for the reports due at a session. */
export type ReportsDueAnswer = ClientOutput<"getReportsDue">;
type DueReport = ReportsDueAnswer["reports"][number];

function WhereItStands(props: { readonly report: DueReport }) {
  const { language, t } = useLocale();
  const { report } = props;
  const number = (value: number) => value.toLocaleString(language);
  if (report.disposition === "deferred-away")
    return <>{t("dueMovedAway", { to: number(report.dueSession.sessionNumber) })}</>;
  const arrived = report.deferrals.at(-1);
  return (
    <>
      {arrived === undefined
        ? t("dueHere")
        : t("dueHereAfterDeferral", { from: number(report.obligation.reportTo.sessionNumber) })}
      {arrived === undefined ? null : (
        <>
          {" "}
          <RecordText text={arrived.reason} />
        </>
      )}
    </>
  );
}

function WhatWasReported(props: { readonly report: DueReport }) {
  const { t } = useLocale();
  const { obligation } = props.report;
  if (obligation.status === "submitted")
    return (
      <span class="check ok">
        <span aria-hidden="true">✓ </span>
        {obligation.submittedAs === undefined
          ? t("reported")
          : t("reportedAs", { symbol: isolate(obligation.submittedAs) })}
      </span>
    );
  return (
    <span class="check missing">
      <span aria-hidden="true">✗ </span>
      {t("notReported")}
    </span>
  );
}

/**
 * The reporting checklist of a session: every report due at it (deferrals applied) and every
 * report that was due at it and moved on, with what was reported.
 */
export function ReportsDue(props: { readonly due: ReportsDueAnswer; readonly headingId: string }) {
  const { language, t } = useLocale();
  const { due } = props;
  if (due.reports.length === 0) return <p>{t("noReportsDue")}</p>;
  return (
    <table class="data-table" aria-labelledby={props.headingId}>
      <thead>
        <tr>
          <th scope="col">{t("columnMandate")}</th>
          <th scope="col">{t("columnReport")}</th>
          <th scope="col">{t("columnDue")}</th>
          <th scope="col">{t("columnReported")}</th>
        </tr>
      </thead>
      <tbody>
        {due.reports.map((report) => (
          <tr key={`${report.mandate.id}/${report.obligation.id}`}>
            <th scope="row">
              <MandateName mandate={report.mandate} />
            </th>
            <td>
              {report.obligation.subject === undefined ? (
                <a href={hrefOf({ language, page: "report", query: { mandate: report.mandate.id } })}>
                  {t("theReport")}
                </a>
              ) : (
                <RecordText text={report.obligation.subject} />
              )}
            </td>
            <td>
              <WhereItStands report={report} />
            </td>
            <td>
              <WhatWasReported report={report} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
