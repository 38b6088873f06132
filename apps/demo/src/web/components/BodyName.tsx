import type { BodiesById } from "../data/MandatesData";
import { RecordText } from "./RecordText";

/** A body named from its record in the reader's language (its id when the records lack it). */
export function BodyName(props: { readonly id: string | undefined; readonly bodies: BodiesById }) {
  if (props.id === undefined) return null;
  const body = props.bodies.get(props.id);
  return body === undefined ? <>{props.id}</> : <RecordText text={body.name} />;
}
