import type { MessageSchema } from "./MessageCatalog";
import { parseMessage, slotNames } from "./MessageSyntax";

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/**
 * Reads message text, `Depth` branches deep (a plural's or a select's), collecting slot names:
 * a `{` opens an argument; a `}` ends the branch the text is in.
 */
type InText<S extends string, Depth extends 0[], Names extends string> = S extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${infer Rest}`
    ? Depth extends [0, ...infer Up extends 0[]]
      ? InBranches<`${Rest}{${After}`, Up, Names>
      : Names
    : InArgument<After, Depth, Names>
  : S extends `${string}}${infer Rest}`
    ? Depth extends [0, ...infer Up extends 0[]]
      ? InBranches<Rest, Up, Names>
      : Names
    : Names;

/** Reads an argument after its `{`: `name}`, `name, number}`, or `name, plural, one {…} other {…}}`. */
type InArgument<S extends string, Depth extends 0[], Names extends string> = S extends `${infer Head}}${infer Rest}`
  ? Head extends `${string}{${string}`
    ? S extends `${infer Name},${string},${infer Branches}`
      ? InBranches<Branches, Depth, Names | Trim<Name>>
      : Names
    : InText<Rest, Depth, Names | Trim<Head extends `${infer Name},${string}` ? Name : Head>>
  : Names;

/** Reads a plural's or a select's branches (`one {…} other {…}`) up to the `}` that closes it. */
type InBranches<S extends string, Depth extends 0[], Names extends string> = S extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${infer Rest}`
    ? InText<`${Rest}{${After}`, Depth, Names>
    : InText<After, [0, ...Depth], Names>
  : S extends `${string}}${infer Rest}`
    ? InText<Rest, Depth, Names>
    : Names;

/**
 * The slot names a message's text uses, read from its literal type, branches included; any
 * name for a text whose type is only `string`.
 * @example type Slots = MessageSlotNames<"{count, plural, one {# file} other {# files}} in {folder}"> // "count" | "folder"
 */
export type MessageSlotNames<S extends string> = string extends S ? string : InText<S, [], never>;

/**
 * The schema of a catalog's messages, read from their literal types: each key with the slots its
 * message uses, and the `Extra` slots a key's message in another language uses where this one
 * does not (English writes "the 30th session" from `{ordinal}`, French "la 30e session" from
 * `{session}`). The catalog is then the one place a message and its slots are written.
 */
export type MessageSchemaOf<
  Messages extends Readonly<Record<string, string>>,
  Extra extends { readonly [K in keyof Messages]?: string } = Record<never, never>,
> = {
  readonly [K in keyof Messages]: readonly (
    MessageSlotNames<Messages[K]> | (K extends keyof Extra ? Extra[K] : never)
  )[];
};

/**
 * The schema of a catalog's messages at run time, for `checkCatalog`: each key with the slots
 * its message uses, and the `extra` slots another language's message uses.
 * @example messageSchemaOf({ wrote: "wrote {file}" }) // { wrote: ["file"] }
 */
export function messageSchemaOf<
  Messages extends Readonly<Record<string, string>>,
  Extra extends { readonly [K in keyof Messages]?: string } = Record<never, never>,
>(
  messages: Messages,
  extra: { readonly [K in keyof Extra]: readonly Extra[K][] } = {} as never,
): MessageSchemaOf<Messages, Extra> {
  const schema: Record<string, readonly string[]> = {};
  for (const [key, source] of Object.entries(messages)) {
    const parsed = parseMessage(source);
    const added = (extra as Readonly<Record<string, readonly string[] | undefined>>)[key] ?? [];
    schema[key] = [...new Set([...(parsed.ok ? slotNames(parsed.value) : []), ...added])];
  }
  return schema as MessageSchema as MessageSchemaOf<Messages, Extra>;
}
