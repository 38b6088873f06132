import type { Store } from "@remit/core";
import { Effect } from "effect";
import type { CliFailure } from "../failure/CliFailure";
import { toCliFailure } from "../failure/toCliFailure";
import { storeLayer, type StoreAccess } from "../store/StoreLayer";
import { resolveCliContext, type CliContext } from "./CliContext";

/**
 * Runs a command's body with the run's settings resolved, and every failure turned into a
 * CliFailure (so `main` knows the exit code).
 * @example export const symbolHandler = (input: SymbolInput) => handle((context) => explainSymbols(input, context));
 */
export function handle<E>(body: (context: CliContext) => Effect.Effect<void, E>) {
  return resolveCliContext().pipe(
    Effect.flatMap(body),
    Effect.mapError((error): CliFailure => toCliFailure(error)),
  );
}

/**
 * Runs a command's body with the run's settings and the Store they name, opened for this
 * run and closed when the body ends (the SQLite file or the PostgreSQL pool).
 * @example export const listHandler = (input: ListInput) => handleWithStore({ create: false }, (context) => list(input, context));
 */
export function handleWithStore<E>(access: StoreAccess, body: (context: CliContext) => Effect.Effect<void, E, Store>) {
  return resolveCliContext().pipe(
    Effect.flatMap((context) => body(context).pipe(Effect.provide(storeLayer(context.store, access)))),
    Effect.mapError((error): CliFailure => toCliFailure(error)),
  );
}
