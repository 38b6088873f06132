import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryPathFor, writeFileAtomically } from "./AtomicFile";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "remit-atomic-"));
}

describe("files written atomically", () => {
  it("writes the whole file under its name, and no temporary file is left", async () => {
    const dir = folder();
    const target = join(dir, "activities.csv");
    await writeFileAtomically(target, async (sink) => {
      await sink.write("id,title_en\r\n");
      await sink.write(new TextEncoder().encode("act-1,Training\r\n"));
    });
    expect(readFileSync(target, "utf8")).toBe("id,title_en\r\nact-1,Training\r\n");
    expect(readdirSync(dir)).toEqual(["activities.csv"]);
  });

  it("leaves the old file untouched when writing fails half-way", async () => {
    const dir = folder();
    const target = join(dir, "report.md");
    writeFileSync(target, "the previous report");
    const failing = writeFileAtomically(target, async (sink) => {
      await sink.write("half of a new report");
      throw new Error("the store went away");
    });
    await expect(failing).rejects.toThrow("the store went away");
    expect(readFileSync(target, "utf8")).toBe("the previous report");
    expect(readdirSync(dir)).toEqual(["report.md"]);
  });

  it("puts the temporary file in the target's folder, so the rename stays on one file system", () => {
    const temporary = temporaryPathFor("out/report.docx");
    expect(temporary.startsWith(join("out", ".report.docx."))).toBe(true);
    expect(temporary.endsWith(".tmp")).toBe(true);
  });
});
