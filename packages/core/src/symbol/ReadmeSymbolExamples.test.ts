import { describe, expect, it } from "vitest";
import { formatSymbol } from "./DocumentSymbol";
import { Organ } from "./Organ";
import { parseSymbolPrefix } from "./SymbolPrefix";
import { parseSymbol } from "./SymbolParser";

// core's tsconfig has no Node types (core runs in browsers); the file is read as in CsvLayoutsMarkdown.test.ts.
interface FileSystem {
  readonly readFileSync: (path: URL, encoding: "utf8") => string;
}

const asOf = { referenceDate: new Date("2024-06-01T00:00:00Z") };
// The README's examples of what is refused, each with the part the parser blames.
const REFUSED: Readonly<Record<string, string>> = {
  "A/624/123": "session",
  "CCPR/C/127/1": "session",
  "A/RES/S-7/1": "session",
  "A/RES/ES-5/1": "session",
  "CCPR/C/GBR-HKG/CO/1": "segment",
  "A/RES/186 (S-II)": "session",
  "A/RES/3362 (S-7)": "session",
  "A/RES/2200 A-C (XXI)": "segment",
};

async function guideSection(): Promise<string> {
  const fileSystemModule: string = "node:fs";
  const fs = (await import(/* @vite-ignore */ fileSystemModule)) as FileSystem;
  const readme = fs.readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const start = readme.indexOf("#### Which rules come from the UN document symbol guide");
  return readme.slice(start, readme.indexOf("\n### ", start));
}

describe("the core README's section on the symbol guide", () => {
  it("gives only examples that the parser reads and writes back as given, or refuses where it says", async () => {
    const quoted = [...(await guideSection()).matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");
    // Whole symbols: an organ first, and more than the organ and series a body's symbols share
    // (not prefixes such as CAT/OP, nor fragments such as GC/n).
    const symbols = quoted.filter(
      (text) =>
        Organ.safeParse(text.split("/")[0]).success &&
        text.includes("/") &&
        !text.endsWith("/") &&
        !parseSymbolPrefix(text).ok,
    );
    expect(symbols.length).toBeGreaterThan(60);
    for (const text of symbols) {
      const result = parseSymbol(text, asOf);
      if (text in REFUSED) expect(result.ok ? "accepted" : result.error.part).toBe(REFUSED[text]);
      else expect(result.ok ? formatSymbol(result.value) : result.error.message).toBe(text);
    }
  });
});
