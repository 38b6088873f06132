import { describe, expect, it } from "vitest";
import { readReportNarratives } from "./NarrativesFile";

const context = {
  text: { en: "Cybercrime evolved during the pandemic." },
  provenance: [{ source: "document", symbol: "E/CN.15/2021/2", paragraphs: [6] }],
};

describe("reading a drafter's narratives file", () => {
  it("reads each paragraph id's text and sources", () => {
    const read = readReportNarratives(JSON.stringify({ "developments.context": context }));
    expect(read.ok && read.value["developments.context"]?.text.en).toBe("Cybercrime evolved during the pandemic.");
  });

  it("says a file that is not JSON is not, with the parser's words", () => {
    const read = readReportNarratives("{ developments");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.problems[0]).toMatch(/^is not valid JSON: /);
  });

  it("names the paragraph id, dots and all, and the field of every problem", () => {
    const read = readReportNarratives(
      JSON.stringify({
        "developments.context": { ...context, provenance: [] },
        "conclusions.experts": { text: context.text },
      }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error._tag).toBe("InvalidNarratives");
    expect(read.error.problems).toHaveLength(2);
    expect(read.error.problems[0]).toMatch(/^developments\.context\.provenance: .*cites the document paragraph/);
    expect(read.error.problems[1]).toMatch(/^conclusions\.experts\.provenance: /);
  });

  it("names the file itself when it holds no object of paragraphs", () => {
    const read = readReportNarratives("[1, 2]");
    expect(!read.ok && read.error.problems[0]).toMatch(/^\(file\): /);
  });
});
