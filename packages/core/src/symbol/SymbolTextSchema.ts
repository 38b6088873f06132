import * as z from "zod/mini";
import type { SymbolRefusal } from "./SymbolError";
import type { SymbolParseOptions } from "./SymbolParser";
import { briefSymbolRefusal } from "./SymbolRefusalBrief";
import type { Result } from "../result/Result";

/** A parser of stored symbol text: its normalised form, or why the text is not valid. */
export type SymbolTextReader = (text: string, options: SymbolParseOptions) => Result<string, SymbolRefusal>;

/**
 * A zod string schema that validates with `read` against `referenceDate` (default: the time
 * of parsing) and outputs the normalised text. An invalid text fails with one issue that says
 * where it stops being a symbol (`briefSymbolRefusal`), with the refusal itself as `params`
 * (its part, offset and wording), which `formatSymbolErrorIn` words in full in any language.
 */
export function symbolTextSchema(read: SymbolTextReader, referenceDate?: Date) {
  const options = (): SymbolParseOptions => (referenceDate === undefined ? {} : { referenceDate });
  return z.string().check(
    z.superRefine((text, context) => {
      const result = read(text, options());
      if (!result.ok) {
        context.addIssue({
          code: "custom",
          input: text,
          message: briefSymbolRefusal(result.error),
          params: result.error,
        });
      }
    }),
    z.overwrite((text) => {
      const result = read(text, options());
      return result.ok ? result.value : text;
    }),
  );
}
