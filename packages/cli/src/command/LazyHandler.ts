import { Effect } from "effect";
import { plainInput, type PlainInput } from "./PlainInput";

/** A command handler: the command's input (or none) in, an Effect out. */
type AnyHandler = (input: never) => Effect.Effect<unknown, unknown, unknown>;

/** The names of a module's exports that are command handlers. */
type Handlers<M> = { [K in keyof M]: M[K] extends AnyHandler ? K : never }[keyof M];

/** `unknown` when the handler takes the command's parsed input as a plain object, else `never`. */
type Takes<H extends AnyHandler, I> =
  Parameters<H> extends [] ? unknown : PlainInput<I> extends Parameters<H>[0] ? unknown : never;

/**
 * A command's handler, `name` of the module `load` imports, loaded only when the command runs:
 * parsing the command line (and `--help`, `--version`) loads no store, core, dataset or export
 * code. The parsed input reaches the handler as a plain object (`plainInput`).
 * @example Command.make("list", flags, lazyHandler(() => import("../handlers/ListHandler"), "listHandler"))
 */
export function lazyHandler<M, K extends Handlers<M>>(load: () => Promise<M>, name: K) {
  type Out = ReturnType<Extract<M[K], AnyHandler>>;
  type Run = (input: object) => Effect.Effect<Effect.Success<Out>, Effect.Error<Out>, Effect.Services<Out>>;
  return <I extends object>(input: I & Takes<Extract<M[K], AnyHandler>, I>) =>
    Effect.promise(load).pipe(Effect.flatMap((module) => (module[name] as Run)(plainInput(input))));
}
