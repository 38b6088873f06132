import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GUIDE_2011, REPORT_2021, type SeedDocument } from "../src";

const SEED_DIR = join(fileURLToPath(new URL(".", import.meta.url)), "seeds");

/** The raw text of a seed document, as shipped beside the tests (test/seeds/). */
function seedText(document: SeedDocument): string {
  return readFileSync(join(SEED_DIR, document.seedFile), "utf8");
}

/**
 * A seed's running text with page furniture removed (link lines, footnote blocks) and all
 * white space dropped, so that a quote can be looked up across line and page breaks.
 */
export function runningText(document: SeedDocument): string {
  const kept: string[] = [];
  let inFootnotes = false;
  for (const line of seedText(document).split("\n")) {
    const trimmed = line.trim();
    if (/^https?:\/\//.test(trimmed)) continue;
    if (/^_{5,}$/.test(trimmed)) {
      inFootnotes = true;
      continue;
    }
    if (inFootnotes && (trimmed === "" || /^(\*|\d+)\s+\S/.test(trimmed))) continue;
    inFootnotes = false;
    kept.push(line);
  }
  return withoutSpace(kept.join(""));
}

/** Text without white space, the form quotes are compared in. */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The seed a citation names. */
export function seedOf(symbol: string): SeedDocument | undefined {
  return [GUIDE_2011, REPORT_2021].find((document) => document.citation === symbol);
}
