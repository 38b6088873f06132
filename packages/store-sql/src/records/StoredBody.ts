import { recordsEqual } from "@remit/core";

/**
 * The JSON text a validated record is stored as. Schemas give their output a fixed key order,
 * so the same record always gives the same text and the usual "is it unchanged?" test is a
 * string comparison; `sameRecord` falls back to core's order-blind comparison otherwise
 * (say, after a schema's fields were reordered), so a reordering never counts as a change.
 */
export function storedBody(record: unknown): string {
  return JSON.stringify(record);
}

/** Whether the stored body holds the same record as `body` (made by `storedBody(record)`). */
export function sameRecord(stored: string, body: string, record: unknown): boolean {
  return stored === body || recordsEqual(JSON.parse(stored), record);
}
