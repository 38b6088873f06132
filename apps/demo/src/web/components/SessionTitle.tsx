import type { Session } from "@remit/core";
import type { BodiesById } from "../data/MandatesData";
import { useLocale } from "../i18n/Locale";
import { BodyName } from "./BodyName";
import { RecordText } from "./RecordText";

/** A session by its title in the records, else its body and number. */
export function SessionTitle(props: { readonly session: Session; readonly bodies: BodiesById }) {
  const { language, t } = useLocale();
  const { session } = props;
  if (session.title !== undefined) return <RecordText text={session.title} />;
  return (
    <>
      <BodyName id={session.bodyId} bodies={props.bodies} />
      {session.number === undefined ? null : t("sessionNumber", { number: session.number.toLocaleString(language) })}
    </>
  );
}
