import {
  ADDRESSEE_LABELS,
  citationLabelIn,
  displayText,
  isAddresseeKind,
  type Addressee,
  type Mandate,
  type ReportingObligation,
  REPORT_STATUS_LABELS,
  MANDATE_ACTION_LABELS,
  MANDATE_KIND_LABELS,
  MANDATE_STATUS_LABELS,
  formatPeriodIn,
} from "@remit/core";
import type { ComponentChildren } from "preact";
import { BodyName } from "../components/BodyName";
import { LineageGraph } from "../components/LineageGraph";
import { LineageTree } from "../components/LineageTree";
import { Loading } from "../components/Loading";
import { RecordText } from "../components/RecordText";
import type { BodiesById } from "../data/MandatesData";
import { loadMandate } from "../data/MandatesData";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { hrefOf, type Route } from "../routing/Route";
import { Sources } from "./ActivityPage";
import { isolate } from "../components/isolate";

function Field(props: { readonly label: string; readonly children: ComponentChildren }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function AddresseeName(props: { readonly addressee: Addressee }) {
  const { language } = useLocale();
  const { addressee } = props;
  return isAddresseeKind(addressee) ? (
    <>{displayText(ADDRESSEE_LABELS[addressee], [language])}</>
  ) : (
    <RecordText text={addressee.other} />
  );
}

/** A numbered session of a body in words: "Commission on Crime Prevention and Criminal Justice, session 30". */
function SessionName(props: { readonly bodyId: string; readonly number: number; readonly bodies: BodiesById }) {
  const { language, t } = useLocale();
  return (
    <a href={hrefOf({ language, page: "sessions", query: { body: props.bodyId, session: String(props.number) } })}>
      <BodyName id={props.bodyId} bodies={props.bodies} />
      {t("sessionNumber", { number: props.number.toLocaleString(language) })}
    </a>
  );
}

function Provisions(props: { readonly mandate: Mandate; readonly bodies: BodiesById }) {
  const { language, t } = useLocale();
  if (props.mandate.provisions.length === 0) return <p>{t("noProvisions")}</p>;
  return (
    <table class="data-table">
      <thead>
        <tr>
          <th scope="col">{t("columnParagraph")}</th>
          <th scope="col">{t("columnAsked")}</th>
          <th scope="col">{t("columnAction")}</th>
          <th scope="col">{t("columnAsk")}</th>
          <th scope="col">{t("sources")}</th>
        </tr>
      </thead>
      <tbody>
        {props.mandate.provisions.map((provision, index) => (
          <tr key={index}>
            <td>{provision.paragraph === undefined ? t("noneGiven") : provision.paragraph.toLocaleString(language)}</td>
            <td>
              {provision.addressees.length === 0
                ? t("askedNobody")
                : provision.addressees.map((addressee, at) => (
                    <span key={at}>
                      {at > 0 ? t("listSeparator") : ""}
                      <AddresseeName addressee={addressee} />
                    </span>
                  ))}
            </td>
            <td>{displayText(MANDATE_ACTION_LABELS[provision.action], [language])}</td>
            <td>
              <RecordText text={provision.ask} />
              {provision.dueSessionRef === undefined ? null : (
                <p class="due">
                  {t("dueAt")}{" "}
                  <SessionName
                    bodyId={provision.dueSessionRef.bodyId}
                    number={provision.dueSessionRef.sessionNumber}
                    bodies={props.bodies}
                  />
                </p>
              )}
            </td>
            <td>
              <Sources provenance={provision.provenance} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Obligation(props: { readonly obligation: ReportingObligation; readonly bodies: BodiesById }) {
  const { language, t } = useLocale();
  const { obligation, bodies } = props;
  return (
    <li class="obligation">
      <p>
        <strong>{t("reportTo")}</strong>{" "}
        <SessionName bodyId={obligation.reportTo.bodyId} number={obligation.reportTo.sessionNumber} bodies={bodies} />
        {obligation.subject === undefined ? null : (
          <>
            {": "}
            <RecordText text={obligation.subject} />
          </>
        )}
      </p>
      {obligation.deferrals.length === 0 ? null : (
        <ol class="deferrals">
          {obligation.deferrals.map((deferral, index) => (
            <li key={index}>
              {t("deferredFromTo", {
                from: deferral.fromSession.toLocaleString(language),
                to: deferral.toSession.toLocaleString(language),
              })}{" "}
              <RecordText text={deferral.reason} />
              {deferral.decidedBy === undefined ? null : (
                <>
                  {" "}
                  {t("decidedBy", {
                    decision:
                      "mandateId" in deferral.decidedBy ? deferral.decidedBy.mandateId : deferral.decidedBy.reference,
                  })}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <p>
        {t("reportStatus", { status: displayText(REPORT_STATUS_LABELS[obligation.status], [language]) })}
        {obligation.submittedAs === undefined ? null : (
          <> {t("issuedAs", { symbol: isolate(obligation.submittedAs) })}</>
        )}
      </p>
      <Sources provenance={obligation.provenance} />
    </li>
  );
}

/** One mandate: what it is, what it asks, the reports it requests, and its lineage both ways. */
export function MandatePage(props: { readonly route: Route }) {
  const { language, t } = useLocale();
  const id = props.route.id ?? "";
  const loaded = useLoad(() => loadMandate(id), [id]);
  return (
    <Loading loaded={loaded}>
      {({ mandate, ancestors, descendants, bodies, mandates }) => (
        <article>
          <p>
            <a href={hrefOf({ language, page: "mandates" })}>{t("navMandates")}</a>
          </p>
          <h1>
            {mandate.symbol !== undefined ? (
              citationLabelIn(mandate.symbol, language)
            ) : mandate.title === undefined ? (
              mandate.id
            ) : (
              <RecordText text={mandate.title} />
            )}
          </h1>
          {mandate.symbol === undefined || mandate.title === undefined ? null : (
            <p class="lead">
              <RecordText text={mandate.title} />
            </p>
          )}
          <dl class="fields">
            <Field label={t("columnKind")}>{displayText(MANDATE_KIND_LABELS[mandate.kind], [language])}</Field>
            <Field label={t("columnAdoptedBy")}>
              {mandate.adoptingBodyId === undefined ? (
                t("noneGiven")
              ) : (
                <BodyName id={mandate.adoptingBodyId} bodies={bodies} />
              )}
            </Field>
            <Field label={t("columnAdopted")}>
              {mandate.adoptedOn === undefined
                ? t("noneGiven")
                : formatPeriodIn({ start: mandate.adoptedOn }, language)}
            </Field>
            <Field label={t("mandateStatus")}>
              {mandate.status === undefined
                ? t("noneGiven")
                : displayText(MANDATE_STATUS_LABELS[mandate.status], [language])}
            </Field>
          </dl>
          <p class="pager">
            <a href={hrefOf({ language, page: "activities", query: { mandate: mandate.id } })}>
              {t("mandateActivities")}
            </a>
            <a href={hrefOf({ language, page: "dashboard", query: { mandate: mandate.id } })}>{t("mandateFigures")}</a>
          </p>
          <section aria-labelledby="lineage-heading">
            <h2 id="lineage-heading">{t("lineage")}</h2>
            <LineageGraph ancestors={ancestors} descendants={descendants} mandates={mandates} />
            <div class="lineage">
              <div>
                <h3 id="follows-from">{t("lineageFollowsFrom")}</h3>
                <LineageTree root={ancestors} reading="ancestors" headingId="follows-from" mandates={mandates} />
              </div>
              <div>
                <h3 id="followed-by">{t("lineageFollowedBy")}</h3>
                <LineageTree root={descendants} reading="descendants" headingId="followed-by" mandates={mandates} />
              </div>
            </div>
          </section>
          <h2>{t("provisions")}</h2>
          <Provisions mandate={mandate} bodies={bodies} />
          <h2>{t("reportingObligations")}</h2>
          {mandate.reportingObligations.length === 0 ? (
            <p>{t("noObligations")}</p>
          ) : (
            <ul class="obligations">
              {mandate.reportingObligations.map((obligation) => (
                <Obligation key={obligation.id} obligation={obligation} bodies={bodies} />
              ))}
            </ul>
          )}
          <h2>{t("sources")}</h2>
          <Sources provenance={mandate.provenance} />
        </article>
      )}
    </Loading>
  );
}
