import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryBody } from "../testing/arbitraries/body";
import { Body } from "./Body";

const ccpcj = {
  id: "ccpcj",
  name: { en: "Commission on Crime Prevention and Criminal Justice", zh: "预防犯罪和刑事司法委员会" },
  acronym: "CCPCJ",
  kind: "functional-commission",
  parentId: "ecosoc",
  symbolPrefix: "E/CN.15",
  sessionNumbering: "by-number",
};

function messages(value: unknown): string[] {
  return Body.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
}

describe("Body", () => {
  it("the Commission is a functional commission of ECOSOC whose documents start E/CN.15", () => {
    expect(Body.parse(ccpcj)).toEqual(ccpcj);
  });

  it("a symbol prefix is stored in its written form, and a full symbol is not a prefix", () => {
    expect(Body.parse({ ...ccpcj, symbolPrefix: "E/CN.15" }).symbolPrefix).toBe("E/CN.15");
    expect(messages({ ...ccpcj, symbolPrefix: "e/cn.15" })[0]).toContain("at character 0");
    expect(messages({ ...ccpcj, symbolPrefix: "E/CN.15/2011/2" })[0]).toContain(
      "more than a prefix's organ and series at character 8",
    );
  });

  it("the Secretary-General and UNODC need no session numbering", () => {
    expect(
      Body.safeParse({ id: "secretary-general", name: { en: "Secretary-General" }, kind: "official" }).success,
    ).toBe(true);
    expect(
      Body.safeParse({
        id: "unodc",
        name: { en: "United Nations Office on Drugs and Crime" },
        acronym: "UNODC",
        kind: "office",
        symbolPrefix: "UNODC",
      }).success,
    ).toBe(true);
  });

  it("the Commission is cited by session (22/8), so it cannot be numbered by year", () => {
    expect(messages({ ...ccpcj, sessionNumbering: "by-year" })).toEqual([
      '"ccpcj" is cited by session (74/173, 22/8): sessionNumbering must be "by-number"',
    ]);
    expect(messages({ ...ccpcj, sessionNumbering: undefined })).toHaveLength(1);
  });

  it("ECOSOC's symbols and decisions carry years, so a session-numbered ECOSOC is rejected twice over", () => {
    const ecosoc = {
      id: "ecosoc",
      name: { en: "Economic and Social Council" },
      acronym: "ECOSOC",
      kind: "principal-organ",
      symbolPrefix: "E",
      sessionNumbering: "by-number",
    };
    expect(messages(ecosoc)).toEqual([
      '"ecosoc" is cited by year (2010/243): sessionNumbering must be "by-year"',
      'the symbols of the Economic and Social Council (prefix "E") are numbered by-year, so its sessionNumbering must be "by-year"',
    ]);
    expect(Body.safeParse({ ...ecosoc, sessionNumbering: "by-year" }).success).toBe(true);
  });

  it("a body whose documents start with A numbers by session, like the General Assembly", () => {
    const assemblyLike = {
      id: "assembly",
      name: { en: "Assembly" },
      kind: "principal-organ",
      symbolPrefix: "A",
      sessionNumbering: "by-year",
    };
    expect(messages(assemblyLike)[0]).toContain('prefix "A") are numbered by-number');
  });

  it("cites where the sources state it: the expert group, established by the Commission under GA 65/230 (2021 report ¶35)", () => {
    const expertGroup = Body.parse({
      id: "eg-cybercrime",
      name: { en: "Expert Group to Conduct a Comprehensive Study on Cybercrime" },
      kind: "expert-group",
      parentId: "ccpcj",
      provenance: [
        {
          source: "document",
          symbol: "E/CN.15/2021/…",
          paragraphs: [35],
          quote: "该专家组由预防犯罪和刑事司法委员会根据大会第 65/230 号决议设立",
        },
      ],
    });
    expect(expertGroup.provenance?.[0]).toMatchObject({ symbol: "E/CN.15/2021/…", paragraphs: [35] });
    expect(Body.parse(ccpcj).provenance).toBeUndefined();
    expect(messages({ ...ccpcj, provenance: [{ source: "document", symbol: "CCPCJ", paragraphs: [] }] })[0]).toContain(
      '"CCPCJ" names no source document',
    );
  });

  it("a body cannot be its own parent", () => {
    expect(messages({ ...ccpcj, parentId: "ccpcj" })).toEqual(['body "ccpcj" cannot be its own parent']);
  });

  it("ids are record ids, kinds come from the list, and unknown fields are refused", () => {
    expect(Body.safeParse({ ...ccpcj, id: "CCPCJ" }).success).toBe(false);
    expect(Body.safeParse({ ...ccpcj, kind: "commission" }).success).toBe(false);
    expect(Body.safeParse({ ...ccpcj, chair: "someone" }).success).toBe(false);
  });

  it("every generated body is valid", () => {
    fc.assert(
      fc.property(arbitraryBody, (body) => {
        const result = Body.safeParse(body);
        expect(result.success ? result.data : result.error.message).toEqual(body);
      }),
      { numRuns: 300 },
    );
  });
});
