import { useState } from "preact/hooks";
import { fieldErrorsOf, type FieldError, type FormFields, type RecordSchema } from "../../data/FieldErrors";
import type { SaveOutcome } from "../../data/SaveOutcome";

/** The state of a record form: what was typed, the problems found, and what became of the last save. */
export interface RecordForm<D> {
  readonly draft: D;
  readonly set: <K extends keyof D>(field: K, value: D[K]) => void;
  readonly errors: readonly FieldError[];
  readonly errorOf: (field: string) => FieldError | undefined;
  readonly attempt: number;
  readonly outcome: SaveOutcome | undefined;
  readonly saving: boolean;
  /**
   * Validates the record the draft describes with core's schema (the one the API validates
   * with); when valid, saves it with `save` and keeps what became of it.
   */
  readonly submit: <T>(
    schema: RecordSchema<T>,
    candidate: unknown,
    save: (record: T) => Promise<SaveOutcome>,
  ) => Promise<SaveOutcome | undefined>;
}

/** A record form's state, starting from `initial`. */
export function useRecordForm<D extends object>(initial: D, form: FormFields): RecordForm<D> {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  return {
    draft,
    set: (field, value) => setDraft((current) => ({ ...current, [field]: value })),
    errors,
    errorOf: (field) => errors.find((error) => error.field === field),
    attempt,
    outcome,
    saving,
    submit: async (schema, candidate, save) => {
      setAttempt((count) => count + 1);
      const parsed = schema.safeParse(candidate, { reportInput: true });
      if (!parsed.success) {
        setOutcome(undefined);
        setErrors(fieldErrorsOf(parsed.error.issues, form));
        return undefined;
      }
      setErrors([]);
      setSaving(true);
      const saved = await save(parsed.data);
      setSaving(false);
      setOutcome(saved);
      if (saved.kind === "invalid") setErrors(saved.errors);
      return saved;
    },
  };
}
