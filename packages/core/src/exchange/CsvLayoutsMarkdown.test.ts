import { describe, expect, it } from "vitest";
import { CSV_LAYOUTS } from "./CsvLayouts";
import { csvLayoutsMarkdown } from "./CsvLayoutsMarkdown";

// core's tsconfig has no Node types (core runs in browsers); only this test reads a file.
interface FileSystem {
  readonly readFileSync: (path: URL, encoding: "utf8") => string;
}

describe("CSV_LAYOUTS.md", () => {
  it("is exactly what the layouts generate, so the documentation cannot drift from the code", async () => {
    const fileSystemModule: string = "node:fs";
    const fs = (await import(/* @vite-ignore */ fileSystemModule)) as FileSystem;
    const written = fs.readFileSync(new URL("./CSV_LAYOUTS.md", import.meta.url), "utf8");
    expect(written).toBe(csvLayoutsMarkdown());
  });

  it("has a table row for every column of every layout, and says which kind is JSON only", () => {
    const markdown = csvLayoutsMarkdown();
    for (const layout of Object.values(CSV_LAYOUTS)) {
      if (!layout.tabular) {
        expect(markdown).toContain(`## ${layout.kind}\n\n**JSON only**`);
        continue;
      }
      for (const column of layout.columns) expect(markdown).toContain(`| \`${column.header}\` |`);
    }
  });
});
