import * as z from "zod/mini";
import type { Result } from "../result/Result";

/**
 * The number of an agenda item, parsed: item 6, sub-item d for "6(d)"; item 4 alone for "4".
 */
export interface AgendaItemNumber {
  /** The item's number, from 1. */
  readonly item: number;
  /** The sub-item's letter, a to z, when this is a sub-item. */
  readonly subItem?: string;
}

/** Why a text is not an agenda item number, with the input and what was expected. */
export interface InvalidAgendaItemNumber {
  readonly _tag: "InvalidAgendaItemNumber";
  readonly input: string;
  readonly message: string;
}

/** The outcome of {@link parseAgendaItemNumber}. */
export type AgendaItemNumberParseResult = Result<AgendaItemNumber, InvalidAgendaItemNumber>;

const PATTERN = /^([1-9]\d{0,2})\s*(?:\(\s*([a-z])\s*\))?$/;

/**
 * Parses an agenda item number as the documents write it: "4", "6(d)", also "6 (d)".
 * @example parseAgendaItemNumber("6(d)") // { ok: true, value: { item: 6, subItem: "d" } }
 */
export function parseAgendaItemNumber(text: string): AgendaItemNumberParseResult {
  const match = PATTERN.exec(text.trim());
  if (match === null) {
    return {
      ok: false,
      error: {
        _tag: "InvalidAgendaItemNumber",
        input: text,
        message:
          `"${text}" is not an agenda item number: expected an item number from 1 ("4"), ` +
          `optionally followed by a lower-case sub-item letter in parentheses ("6(d)")`,
      },
    };
  }
  const item = Number(match[1]);
  const subItem = match[2];
  return { ok: true, value: subItem === undefined ? { item } : { item, subItem } };
}

/**
 * Writes an agenda item number in its normal form: "4", "6(d)".
 * @example formatAgendaItemNumber({ item: 6, subItem: "d" }) // "6(d)"
 */
export function formatAgendaItemNumber(number: AgendaItemNumber): string {
  return number.subItem === undefined ? String(number.item) : `${number.item}(${number.subItem})`;
}

/**
 * An agenda item number as stored: validated and written in normal form ("6 (d)" -> "6(d)").
 * @example AgendaItemNumberText.parse("6 (d)") // "6(d)"
 */
export const AgendaItemNumberText = z.string().check(
  z.superRefine((text, ctx) => {
    const parsed = parseAgendaItemNumber(text);
    if (!parsed.ok) ctx.addIssue({ code: "custom", input: text, message: parsed.error.message });
  }),
  z.overwrite((text) => {
    const parsed = parseAgendaItemNumber(text);
    return parsed.ok ? formatAgendaItemNumber(parsed.value) : text;
  }),
);
/** An agenda item number in normal form, e.g. "6(d)". */
export type AgendaItemNumberText = z.infer<typeof AgendaItemNumberText>;
