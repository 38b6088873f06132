import { describe, expect, it } from "vitest";
import { parseSymbol } from "../symbol/SymbolParser";
import { Body } from "./Body";
import { bodyAncestors, bodyForSymbol } from "./BodyRelations";

// Test fixtures shaped like the project's bodies; the dataset records the real ones.
const bodies = [
  {
    id: "ga",
    name: { en: "General Assembly" },
    kind: "principal-organ",
    symbolPrefix: "A",
    sessionNumbering: "by-number",
  },
  {
    id: "ecosoc",
    name: { en: "Economic and Social Council" },
    kind: "principal-organ",
    symbolPrefix: "E",
    sessionNumbering: "by-year",
  },
  {
    id: "ccpcj",
    name: { en: "Commission on Crime Prevention and Criminal Justice" },
    kind: "functional-commission",
    parentId: "ecosoc",
    symbolPrefix: "E/CN.15",
    sessionNumbering: "by-number",
  },
  { id: "unodc", name: { en: "UNODC" }, kind: "office", symbolPrefix: "UNODC" },
  {
    id: "eg-cybercrime",
    name: { en: "Expert Group on Cybercrime" },
    kind: "expert-group",
    parentId: "ccpcj",
    symbolPrefix: "UNODC/CCPCJ/EG.4",
    sessionNumbering: "by-number",
  },
  { id: "secretary-general", name: { en: "Secretary-General" }, kind: "official" },
  {
    id: "cescr",
    name: { en: "Committee on Economic, Social and Cultural Rights" },
    kind: "expert-group",
    parentId: "ecosoc",
    symbolPrefix: "E/C.12",
    sessionNumbering: "by-number",
  },
  { id: "spt", name: { en: "Subcommittee on Prevention of Torture" }, kind: "expert-group", symbolPrefix: "CAT/OP" },
].map((body) => Body.parse(body));

function owner(text: string): string | undefined {
  const result = parseSymbol(text, { referenceDate: new Date("2021-06-01T00:00:00Z") });
  if (!result.ok) throw new Error(result.error.message);
  return bodyForSymbol(bodies, result.value)?.id;
}

describe("which body a document belongs to", () => {
  it("the longest matching prefix wins: E/CN.15/2021/1 is the Commission's, E/RES/2019/19 ECOSOC's", () => {
    expect(owner("E/CN.15/2021/1")).toBe("ccpcj");
    expect(owner("E/RES/2019/19")).toBe("ecosoc");
    expect(owner("A/RES/74/173")).toBe("ga");
  });

  it("the expert group's report is the expert group's, not only UNODC's", () => {
    expect(owner("UNODC/CCPCJ/EG.4/2020/2")).toBe("eg-cybercrime");
    expect(owner("UNODC/CCPCJ/2020/1")).toBe("unodc");
  });

  it("a treaty body's documents are its own: E/C.12/GC/24 is the Committee's, CAT/OP/MDV/1 the Subcommittee's", () => {
    expect(owner("E/C.12/GC/24")).toBe("cescr");
    expect(owner("E/C.12/GBR/CO/6")).toBe("cescr");
    expect(owner("CAT/OP/MDV/1")).toBe("spt");
    expect(owner("CAT/C/GBR/CO/6")).toBeUndefined();
  });

  it("a symbol no body's prefix matches belongs to none", () => {
    expect(owner("S/RES/1019")).toBeUndefined();
  });
});

describe("the chain of parents", () => {
  it("the expert group reports to the Commission, which reports to ECOSOC", () => {
    expect(bodyAncestors(bodies, "eg-cybercrime")).toEqual({ ok: true, value: ["ccpcj", "ecosoc"] });
    expect(bodyAncestors(bodies, "ga")).toEqual({ ok: true, value: [] });
  });

  it("a missing parent is named", () => {
    const orphan = Body.parse({
      id: "unodc-gpc",
      name: { en: "Global Programme on Cybercrime" },
      kind: "programme",
      parentId: "nowhere",
    });
    const result = bodyAncestors([...bodies, orphan], "unodc-gpc");
    expect(result).toMatchObject({ ok: false, error: { _tag: "BrokenBodyChain", bodyId: "unodc-gpc" } });
    if (!result.ok) expect(result.error.message).toContain('parent "nowhere", which is not among the bodies');
  });

  it("a cycle of parents is caught instead of looping", () => {
    const a = Body.parse({ id: "a", name: { en: "A" }, kind: "office", parentId: "b" });
    const b = Body.parse({ id: "b", name: { en: "B" }, kind: "office", parentId: "a" });
    expect(bodyAncestors([a, b], "a")).toMatchObject({ ok: false, error: { bodyId: "b" } });
  });
});
