import { displayText, LINEAGE_RELATION_WORDS, MANDATE_KIND_LABELS, type Mandate, formatPeriodIn } from "@remit/core";
import { BodyName } from "../components/BodyName";
import { Loading } from "../components/Loading";
import { MandateName } from "../components/MandateName";
import { RecordText } from "../components/RecordText";
import { loadMandates } from "../data/MandatesData";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";

/** The mandates an edge points to, by id, for the list's "follows from" column. */
function FollowsFrom(props: { readonly mandate: Mandate; readonly byId: ReadonlyMap<string, Mandate> }) {
  const { language, t } = useLocale();
  if (props.mandate.lineage.length === 0) return <>{t("noneGiven")}</>;
  return (
    <ul class="plain-list">
      {props.mandate.lineage.map((edge, index) => {
        const target = "mandateId" in edge.target ? props.byId.get(edge.target.mandateId) : undefined;
        return (
          <li key={index}>
            {displayText(LINEAGE_RELATION_WORDS[edge.relation].ancestors, [language])}{" "}
            {target !== undefined ? (
              <MandateName mandate={target} />
            ) : "mandateId" in edge.target ? (
              edge.target.mandateId
            ) : (
              edge.target.reference
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The mandates of the records: what each is, who adopted it, when, and what it follows from. */
export function MandatesPage() {
  const { language, t } = useLocale();
  const loaded = useLoad(loadMandates, []);
  return (
    <>
      <h1>{t("mandatesTitle")}</h1>
      <p class="lead">{t("mandatesIntro")}</p>
      <Loading loaded={loaded}>
        {({ mandates, bodies }) => {
          const byId = new Map(mandates.map((mandate) => [mandate.id, mandate]));
          return (
            <table class="data-table">
              <caption>{t("mandateCount", { count: mandates.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("columnMandate")}</th>
                  <th scope="col">{t("columnKind")}</th>
                  <th scope="col">{t("columnAdoptedBy")}</th>
                  <th scope="col">{t("columnAdopted")}</th>
                  <th scope="col">{t("columnTitle")}</th>
                  <th scope="col">{t("columnFollowsFrom")}</th>
                </tr>
              </thead>
              <tbody>
                {mandates.map((mandate) => (
                  <tr key={mandate.id}>
                    <th scope="row">
                      <MandateName mandate={mandate} />
                    </th>
                    <td class="nowrap">{displayText(MANDATE_KIND_LABELS[mandate.kind], [language])}</td>
                    <td>
                      {mandate.adoptingBodyId === undefined ? (
                        t("noneGiven")
                      ) : (
                        <BodyName id={mandate.adoptingBodyId} bodies={bodies} />
                      )}
                    </td>
                    <td class="nowrap">
                      {mandate.adoptedOn === undefined
                        ? t("noneGiven")
                        : formatPeriodIn({ start: mandate.adoptedOn }, language)}
                    </td>
                    <td>
                      {mandate.title === undefined || mandate.symbol === undefined ? (
                        ""
                      ) : (
                        <RecordText text={mandate.title} />
                      )}
                    </td>
                    <td>
                      <FollowsFrom mandate={mandate} byId={byId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Loading>
    </>
  );
}
