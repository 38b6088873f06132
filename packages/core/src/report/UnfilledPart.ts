/**
 * A part of a report's outline the records could not fill: a figure or fact slot
 * (`figure {trainings}`, `fact {meeting}`) or a sentence template (`progress.trainings`).
 * The report leaves the part out and lists the message among its gaps, so a drafter sees
 * what record to add.
 */
export interface UnfilledPart {
  readonly _tag: "UnfilledPart";
  /** The part of the outline: a slot such as `fact {meeting}`, or a sentence template's key. */
  readonly location: string;
  /** What the records lack, starting with the location so that it reads alone among the gaps. */
  readonly message: string;
}

/** Builds an {@link UnfilledPart}: `why` says what the records lack at `location`. */
export function unfilledPart(location: string, why: string): UnfilledPart {
  return { _tag: "UnfilledPart", location, message: `${location}: ${why}` };
}
