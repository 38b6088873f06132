import * as z from "zod/mini";
import { RecordId } from "../record/RecordId";

/**
 * A numbered session of a body, as a mandate names it ("the Commission at its
 * twenty-ninth session"): the body's id and the session number. Body ids are those of
 * the project's contract ("ccpcj", "ga", "ecosoc", "eg-cybercrime", …).
 * @example SessionRef.parse({ bodyId: "ccpcj", sessionNumber: 29 })
 */
export const SessionRef = z.strictObject({
  bodyId: RecordId,
  sessionNumber: z.int().check(z.positive()),
});
/** A numbered session of a body. */
export type SessionRef = z.infer<typeof SessionRef>;

/** Whether two references name the same session of the same body. */
export function sameSession(a: SessionRef, b: SessionRef): boolean {
  return a.bodyId === b.bodyId && a.sessionNumber === b.sessionNumber;
}

/** A session as a reader writes it: "ccpcj session 30". */
export function formatSessionRef(session: SessionRef): string {
  return `${session.bodyId} session ${session.sessionNumber}`;
}
