import { describe, expect, it } from "vitest";
import { detectFormat } from "./FileFormat";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("detectFormat", () => {
  it("an XLSX workbook is known by the ZIP signature, whatever its name", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(detectFormat("activities.xlsx", zip)).toBe("xlsx");
    expect(detectFormat("activities.csv", zip)).toBe("xlsx");
  });

  it("otherwise the extension decides, in any case", () => {
    expect(detectFormat("activities.JSONL", bytes("{}"))).toBe("jsonl");
    expect(detectFormat("activities.ndjson", bytes("{}"))).toBe("jsonl");
    expect(detectFormat("remit.json", bytes("{}"))).toBe("json");
    expect(detectFormat("sessions.csv", bytes("[not json"))).toBe("csv");
  });

  it("without a known extension the first bytes decide", () => {
    expect(detectFormat("export", bytes('\uFEFF\n  [{"id": "ga"}]'))).toBe("json");
    expect(
      detectFormat(
        "export.txt",
        bytes('{"kind":"body","record":{"id":"ga"}}\r\n{"kind":"body","record":{"id":"ecosoc"}}\n'),
      ),
    ).toBe("jsonl");
    expect(detectFormat("export.txt", bytes('{\n  "body": [\n    {"id": "ga"},\n    {"id": "ecosoc"}\n  ]\n}'))).toBe(
      "json",
    );
    expect(detectFormat("export.txt", bytes("id,name_en,kind\nga,General Assembly,principal-organ\n"))).toBe("csv");
    expect(detectFormat("empty", new Uint8Array(0))).toBe("csv");
  });
});
