import * as z from "zod/mini";
import { Provenance } from "./Provenance";

/**
 * A fact the sources do not state but that a curator inferred from what they do state: the
 * reasoning in words, and the statements it rests on. A field that carries one is marked as
 * inferred, so that a reader (and `remit show`) can tell it from a stated fact. A fact that
 * cannot be inferred with confidence is left out instead (unknown).
 * @example Inference.parse({ reason: "the postponement it decided took effect: the session was later set for 20–22 January 2021", from: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [11] }] })
 */
export const Inference = z.strictObject({
  reason: z.string().check(z.minLength(1)),
  from: z.array(Provenance).check(z.minLength(1)),
});
/** What a fact the sources do not state was inferred from. */
export type Inference = z.infer<typeof Inference>;
