import * as z from "zod/mini";
import type { SymbolError } from "./SymbolError";
import type { SymbolParseOptions } from "./SymbolParser";
import type { Result } from "../result/Result";

/** A parser of stored symbol text: its normalised form, or why the text is not valid. */
export type SymbolTextReader = (text: string, options: SymbolParseOptions) => Result<string, SymbolError>;

/**
 * A zod string schema that validates with `read` against `referenceDate` (default: the time
 * of parsing) and outputs the normalised text; an invalid text fails with one issue whose
 * message is the parser's explanation, with its part, offset and reason as params.
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
          message: result.error.message,
          params: { part: result.error.part, offset: result.error.offset, reason: result.error.reason },
        });
      }
    }),
    z.overwrite((text) => {
      const result = read(text, options());
      return result.ok ? result.value : text;
    }),
  );
}
