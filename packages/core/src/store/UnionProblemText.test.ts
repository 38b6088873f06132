import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { Addressee } from "../mandate/Addressee";
import { MandateLink } from "../mandate/MandateLink";
import { FootnoteMark } from "../provenance/Provenance";
import { AdoptionDate } from "../instrument/LegalInstrument";
import type { Language } from "../text/Language";
import { problemsFromIssues } from "./RecordProblems";
import { formatRecordProblemIn } from "./RecordProblemText";

/** The problems a union finds in a value, each in a reader's language. */
function saidIn(schema: z.ZodMiniType, value: unknown, language: Language): string[] {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error("expected the value to be refused");
  return problemsFromIssues(parsed.error.issues, { file: "mandates.jsonl", line: 3 }).map((problem) =>
    formatRecordProblemIn(problem, language),
  );
}

describe("a value that matches none of a union's shapes, in the reader's language", () => {
  it("a footnote mark that is neither a number nor '*' says so in Arabic, Chinese and Russian", () => {
    expect(saidIn(FootnoteMark, "x", "ar")).toEqual([
      'mandates.jsonl:3: (record): "x" لا يطابق أياً من الأشكال المسموح بها (المتوقع: عدد أو "*")',
    ]);
    expect(saidIn(FootnoteMark, "x", "zh")).toEqual([
      'mandates.jsonl:3: (record)："x" 不符合任何一种允许的形式（应为数字或"*"）',
    ]);
    expect(saidIn(FootnoteMark, "x", "ru")).toEqual([
      'mandates.jsonl:3: (record): "x" не соответствует ни одной из допустимых форм (ожидается: число или "*")',
    ]);
  });

  it("an addressee that is neither a known addressee nor an object lists the codes it may be, in French", () => {
    const [said] = saidIn(Addressee, 5, "fr");
    expect(said).toContain(
      '5 ne correspond à aucune des formes admises (attendu : l’une des valeurs "unodc", "unodc-gpc"',
    );
    expect(said).toMatch(/"ad-hoc-committee" ou un objet\)$/u);
  });

  it("two shapes that both expect an object are said once", () => {
    expect(saidIn(MandateLink, 3, "es")).toEqual([
      "mandates.jsonl:3: (record): 3 no corresponde a ninguna de las formas admitidas (se esperaba un objeto)",
    ]);
    const [english] = problemsFromIssues(MandateLink.safeParse(3, { reportInput: true }).error?.issues ?? []);
    expect(english?.expected).toBe("an object");
  });

  it("an adoption date that is neither a date nor a period says both in Chinese", () => {
    expect(saidIn(AdoptionDate, 5, "zh")).toEqual([
      "mandates.jsonl:3: (record)：5 不符合任何一种允许的形式（应为文本或对象）",
    ]);
  });
});
