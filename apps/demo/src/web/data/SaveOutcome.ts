import type { ApiError } from "@remit/web/client";
import { serverFieldErrors, type FieldError, type FormFields } from "./FieldErrors";

/** What became of a save, as the edit page tells it. */
export type SaveOutcome =
  | { readonly kind: "saved" }
  /** Someone saved the record since it was read (412 on If-Match): offer to reload. */
  | { readonly kind: "stale" }
  | { readonly kind: "signIn" }
  | { readonly kind: "forbidden" }
  | { readonly kind: "invalid"; readonly errors: readonly FieldError[] }
  | { readonly kind: "failed"; readonly reason: string };

/** Reads the API's answer to a PUT: a refused creation (If-None-Match: *) means the id is taken. */
export function saveOutcomeOf(
  result: { readonly ok: true } | { readonly ok: false; readonly error: ApiError },
  creating: boolean,
  form: FormFields,
): SaveOutcome {
  if (result.ok) return { kind: "saved" };
  const { error } = result;
  if (error.status === 412)
    return creating ? { kind: "invalid", errors: [{ field: "id", problem: "errorIdTaken" }] } : { kind: "stale" };
  if (error.status === 401) return { kind: "signIn" };
  if (error.status === 403) return { kind: "forbidden" };
  if (error.status === 422) {
    const errors = serverFieldErrors(error["problems"], form);
    return errors.length > 0 ? { kind: "invalid", errors } : { kind: "failed", reason: error.message };
  }
  return { kind: "failed", reason: error.message };
}
