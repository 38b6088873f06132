/** What zod says of an issue when neither a schema's author nor a locale gave it words. */
export const ZODS_OWN_MESSAGE = "Invalid input";

/**
 * Parse options for core's decoders. Core sets no zod locale (an app's `z.config` is the app's),
 * and words zod's own issues itself from their code (see RecordProblems.ts), so the parse gives
 * them zod's fallback: this map outranks the app's locale or custom map, and a schema author's
 * message outranks this map, which keeps the two apart whatever the app configured.
 */
export const DECODING_OPTIONS = { reportInput: true, error: () => ZODS_OWN_MESSAGE } as const;
