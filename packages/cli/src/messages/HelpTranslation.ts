import { Option } from "effect";
import type { HelpDoc as Help } from "effect/cli";
import { ENGLISH_HELP } from "./help/en";

type HelpDoc = Help.HelpDoc;

/**
 * The help of `remit` in one language other than English: each text by the place it has in
 * the command tree, with the English it was translated from. The commands take their English
 * from `ENGLISH_HELP` by the same places; a translation whose English has changed since is not
 * used (the help falls back to the current English) and a test lists it as stale.
 */
export type HelpTranslations = Readonly<Record<string, { readonly en: string; readonly text: string }>>;

/**
 * Where each text of a help page sits, as the key of its translation:
 * `remit import` the command's description, `remit import (short)` its line in its parent's
 * list, `remit import --skip-invalid` a flag, `--db` a global flag, `remit import <files>` an
 * argument, `remit import # remit import a.csv` an example's comment.
 */
export interface HelpText {
  readonly key: string;
  readonly en: string;
}

/**
 * The English of a help text by its place (see `HelpText`), as the commands' definitions give
 * it: a flag that two commands share (`--country` of `list` and `export`) takes its first place.
 */
export function helpText(key: keyof typeof ENGLISH_HELP): string {
  return ENGLISH_HELP[key];
}

function mapNonEmpty<A, B>(items: readonly [A, ...A[]], f: (item: A) => B): [B, ...B[]] {
  const [first, ...rest] = items;
  return [f(first), ...rest.map(f)];
}

function pathOf(doc: HelpDoc): string {
  return (doc.commandPath ?? ["remit"]).join(" ");
}

/** Every text of a help page that a translation may replace, with its key. */
export function helpTexts(doc: HelpDoc): HelpText[] {
  const path = pathOf(doc);
  const texts: HelpText[] = [];
  const add = (key: string, en: string | undefined) => {
    if (en !== undefined && en !== "") texts.push({ key, en });
  };
  add(path, doc.description);
  for (const flag of doc.flags) add(`${path} --${flag.name}`, Option.getOrUndefined(flag.description));
  for (const flag of doc.globalFlags ?? []) add(`--${flag.name}`, Option.getOrUndefined(flag.description));
  for (const arg of doc.args ?? []) add(`${path} <${arg.name}>`, Option.getOrUndefined(arg.description));
  for (const group of doc.subcommands ?? [])
    for (const command of group.commands)
      add(`${path} ${command.name} (short)`, command.shortDescription ?? command.description);
  for (const example of doc.examples ?? []) add(`${path} # ${example.command}`, example.description);
  return texts;
}

/**
 * A help page with its texts in the translation's language where the translation has them
 * for the current English; any other text stays English.
 */
export function translateHelpDoc(doc: HelpDoc, translations: HelpTranslations): HelpDoc {
  const path = pathOf(doc);
  const text = (key: string, en: string): string => {
    const found = translations[key];
    return found !== undefined && found.en === en ? found.text : en;
  };
  const described = (key: string, description: Option.Option<string>) => Option.map(description, (en) => text(key, en));
  return {
    ...doc,
    description: doc.description === "" ? "" : text(path, doc.description),
    flags: doc.flags.map((flag) => ({ ...flag, description: described(`${path} --${flag.name}`, flag.description) })),
    ...(doc.globalFlags === undefined
      ? {}
      : {
          globalFlags: doc.globalFlags.map((flag) => ({
            ...flag,
            description: described(`--${flag.name}`, flag.description),
          })),
        }),
    ...(doc.args === undefined
      ? {}
      : {
          args: doc.args.map((arg) => ({ ...arg, description: described(`${path} <${arg.name}>`, arg.description) })),
        }),
    ...(doc.subcommands === undefined
      ? {}
      : {
          subcommands: doc.subcommands.map((group) => ({
            ...group,
            commands: mapNonEmpty(group.commands, (command) => ({
              ...command,
              shortDescription: text(
                `${path} ${command.name} (short)`,
                command.shortDescription ?? command.description,
              ),
            })),
          })),
        }),
    ...(doc.examples === undefined
      ? {}
      : {
          examples: doc.examples.map((example) =>
            example.description === undefined
              ? example
              : { ...example, description: text(`${path} # ${example.command}`, example.description) },
          ),
        }),
  };
}
