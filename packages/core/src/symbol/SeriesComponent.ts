import * as z from "zod/mini";
import { RESERVED_WORDS, SubsidiaryBodyCode } from "./SymbolVocabulary";

/** A number inside a symbol: positive, written without leading zeros, at most nine digits. */
export const SymbolNumber = /* @__PURE__ */ (() => z.int().check(z.gte(1), z.lte(999_999_999)))();

/**
 * A component between the organ and the session or year: a numbered subsidiary body
 * (`CN.15`, `CONF.213`, `EG.4`), a named series of its own (`CCPCJ` in
 * `UNODC/CCPCJ/EG.4/2020/2`, `SGB` in `ST/SGB/2019/1`), or the `C` of a human-rights treaty
 * body's committee (`CCPR/C/GC/36`), which alone among committees carries no number.
 */
export const SeriesComponent = /* @__PURE__ */ (() =>
  // Built in a function marked pure so that a bundle which never uses it drops it: a bundler
  // keeps a call through the `z` namespace, or zod's `.check`, for its side effects.
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("committee") }),
    z.strictObject({ kind: z.literal("body"), code: SubsidiaryBodyCode, number: SymbolNumber }),
    z.strictObject({
      kind: z.literal("series"),
      name: z.string().check(
        z.regex(/^[A-Z]{1,12}$/, { message: "a series name is 1 to 12 capital letters" }),
        z.refine((name) => !RESERVED_WORDS.has(name), {
          message: "a series name cannot be a word of the symbol grammar",
        }),
      ),
    }),
  ]))();
/** A subsidiary-body or named-series component of a symbol. */
export type SeriesComponent = z.infer<typeof SeriesComponent>;

/** Renders one series component: `CN.15`, `CCPCJ` or a treaty body's `C`. */
export function formatSeriesComponent(component: SeriesComponent): string {
  if (component.kind === "committee") return "C";
  return component.kind === "body" ? `${component.code}.${component.number}` : component.name;
}
