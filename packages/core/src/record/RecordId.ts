import { FORMAT_RULE_MESSAGES } from "../rule/FormatRules";
import * as z from "zod/mini";

/**
 * A stable, readable record id: lower-case letters, digits, dots and hyphens, starting with
 * a letter or digit (`ccpcj-30`, `a-res-74-173`, `act-2020-ocsea-webinars-west-africa`).
 * Stable ids make re-loading a dataset idempotent.
 */
export const RecordId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(120),
    z.regex(/^[a-z0-9][a-z0-9.-]*$/, { message: FORMAT_RULE_MESSAGES.recordId }),
  );
/** A stable, readable record id. */
export type RecordId = z.infer<typeof RecordId>;

/** Turns a label or a document symbol into an id fragment: "A/RES/74/173" -> "a-res-74-173". */
export function slugify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
