/**
 * The one shape every pure parser and decoder of Remit answers with: the value it read, or
 * the error that says why it could not. Callers test `ok` and then read `value` or `error`,
 * whatever was parsed, so no reader has to learn a key per parser.
 *
 * @typeParam A - what a success carries.
 * @typeParam E - what a failure carries: a tagged error with a message a user can act on.
 */
export type Result<A, E> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly error: E };
