import type { Language } from "../text/Language";
import { formatMessageParts, partsText, type MessageValue } from "./MessageFormat";
import { parseMessage, slotNames, type MessageNode } from "./MessageSyntax";

/**
 * The keys of a set of messages and the slots each may use, declared once for all
 * languages: `{ wrote: ["file", "format"] }`. Catalogs, values and checks are typed by it.
 */
export type MessageSchema = Readonly<Record<string, readonly string[]>>;

/** The values a message of a schema takes: one per declared slot. */
export type MessageValues<S extends MessageSchema, K extends keyof S> = {
  readonly [P in S[K][number]]: MessageValue;
};

/** The messages of a schema in one language, by key. */
export interface MessageCatalog<S extends MessageSchema> {
  readonly language: Language;
  readonly messages: { readonly [K in keyof S]: string };
}

/** A problem `checkCatalog` found in one message. */
export interface CatalogProblem {
  readonly language: Language;
  readonly key: string;
  readonly message: string;
}

function pluralCategories(nodes: readonly MessageNode[]): string[][] {
  return nodes.flatMap((node) =>
    node.type === "plural"
      ? [Object.keys(node.branches), ...Object.values(node.branches).flatMap(pluralCategories)]
      : node.type === "select"
        ? Object.values(node.branches).flatMap(pluralCategories)
        : [],
  );
}

const CLDR_PLURAL_ORDER: readonly string[] = ["zero", "one", "two", "few", "many", "other"];

/**
 * Checks a catalog against its schema: every message parses; it uses only declared slots;
 * each plural names only categories its language has (`Intl.PluralRules`) and covers all of
 * them but those its text never needs (a `=N` branch or `other` may stand in: the check lists
 * the categories left to `other`, since Arabic "few" and "many" read wrongly in the "other"
 * form). Returns the problems, none for a good catalog.
 * @example checkCatalog(CLI_MESSAGE_SLOTS, CLI_MESSAGES.ar) // []
 */
export function checkCatalog<S extends MessageSchema>(schema: S, catalog: MessageCatalog<S>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const { language } = catalog;
  // CLDR order, whatever order this Node's ICU returns (Node 20 sorts them, Node 24 does not).
  const categories = [...(new Intl.PluralRules(language).resolvedOptions().pluralCategories as readonly string[])].sort(
    (a, b) => CLDR_PLURAL_ORDER.indexOf(a) - CLDR_PLURAL_ORDER.indexOf(b),
  );
  for (const key of Object.keys(schema)) {
    const source = (catalog.messages as Readonly<Record<string, string | undefined>>)[key];
    const report = (message: string) => problems.push({ language, key, message });
    if (source === undefined) {
      report("has no message");
      continue;
    }
    const parsed = parseMessage(source);
    if (!parsed.ok) {
      report(parsed.error.message);
      continue;
    }
    const declared = new Set(schema[key]);
    for (const name of slotNames(parsed.value))
      if (!declared.has(name)) report(`uses {${name}}, which is not declared`);
    for (const keys of pluralCategories(parsed.value)) {
      for (const category of keys)
        if (!category.startsWith("=") && !categories.includes(category))
          report(`plural category "${category}" does not exist in ${language} (${categories.join(", ")})`);
      const missing = categories.filter((category) => category !== "other" && !keys.includes(category));
      if (missing.length > 0) report(`plural leaves ${missing.join(", ")} to "other"`);
    }
  }
  for (const key of Object.keys(catalog.messages))
    if (schema[key] === undefined) problems.push({ language, key, message: "is not in the schema" });
  return problems;
}

/**
 * A message of a catalog formatted with its values.
 * @example formatMessage(CLI_MESSAGES.fr, "wrote", { file: "rapport.docx", format: "DOCX" })
 */
export function formatMessage<S extends MessageSchema, K extends keyof S & string>(
  catalog: MessageCatalog<S>,
  key: K,
  values: MessageValues<S, K>,
): string {
  const result = formatMessageParts(catalog.messages[key], catalog.language, values);
  if (!result.ok) return `${key}: ${result.error.message}`;
  return partsText(result.value);
}
