import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IATI_XSD_DIR } from "./IatiXsd";

/** The folder of IATI's official code lists, beside the XSD (`codelists/embedded`, `codelists/non-embedded`). */
const CODELISTS = join(IATI_XSD_DIR, "codelists");

/** Where each code list lives: the embedded lists ship with the schema, the others are maintained apart. */
const EMBEDDED = new Set([
  "ActivityDateType",
  "ActivityStatus",
  "BudgetStatus",
  "BudgetType",
  "DocumentCategory",
  "GazetteerAgency",
  "OrganisationRole",
  "RelatedActivityType",
  "TransactionType",
]);

const cache = new Map<string, ReadonlySet<string>>();

/** The codes of an official IATI code list ("Country", "SectorVocabulary" …), withdrawn ones included. */
export function codelist(name: string): ReadonlySet<string> {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = join(CODELISTS, EMBEDDED.has(name) ? "embedded" : "non-embedded", `${name}.xml`);
  const xml = readFileSync(file, "utf8");
  const codes = new Set(
    [...xml.matchAll(/<codelist-item[^>]*>\s*<code>([^<]*)<\/code>/g)].map((match) => match[1] ?? ""),
  );
  if (codes.size === 0) throw new Error(`no codes read from ${file}`);
  cache.set(name, codes);
  return codes;
}

/** The withdrawn codes of a list: a publisher should not emit them. */
export function withdrawnCodes(name: string): ReadonlySet<string> {
  const file = join(CODELISTS, EMBEDDED.has(name) ? "embedded" : "non-embedded", `${name}.xml`);
  const xml = readFileSync(file, "utf8");
  return new Set(
    [...xml.matchAll(/<codelist-item[^>]*status="withdrawn"[^>]*>\s*<code>([^<]*)<\/code>/g)].map(
      (match) => match[1] ?? "",
    ),
  );
}

/** One start tag of the exported XML: its name and attributes. */
export interface StartTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The start tags of an XML text Remit wrote (one tag per line, attributes in double quotes). */
export function startTags(xml: string): StartTag[] {
  return [...xml.matchAll(/<([a-z][a-z-]*)((?:\s+[a-z:-]+="[^"]*")*)\s*\/?>/g)].map((match) => ({
    name: match[1] ?? "",
    attributes: Object.fromEntries([...(match[2] ?? "").matchAll(/([a-z:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  }));
}
