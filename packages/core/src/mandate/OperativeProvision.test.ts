import { describe, expect, it } from "vitest";
import { isAddresseeKind } from "./Addressee";
import { OperativeProvision, provisionsAddressedTo } from "./OperativeProvision";

// Asks as the 2021 report paraphrases them: 74/173 to UNODC (¶5) and to Member States
// (¶15–16), 74/174 to Member States to contribute resources (¶20).
const provisions = [
  {
    addressees: ["unodc-gpc"],
    action: "provide-technical-assistance",
    ask: { zh: "提供技术援助和可持续能力建设" },
    provenance: [],
  },
  { addressees: ["member-states"], action: "encourage", ask: { zh: "制定和执行措施" }, provenance: [] },
  {
    addressees: ["member-states"],
    action: "urge",
    ask: { zh: "鼓励对执法人员、调查机关、检察官和法官进行网络犯罪领域的培训" },
    provenance: [],
  },
  { addressees: [{ other: { zh: "技术公司" } }], action: "invite", ask: { zh: "报告" }, provenance: [] },
].map((provision) => OperativeProvision.parse(provision));

describe("OperativeProvision", () => {
  it("asks to Member States are found among a mandate's provisions", () => {
    expect(provisionsAddressedTo(provisions, "member-states").map((provision) => provision.action)).toEqual([
      "encourage",
      "urge",
    ]);
  });

  it("an ask to the Global Programme on Cybercrime is an ask to UNODC, not the other way round", () => {
    expect(provisionsAddressedTo(provisions, "unodc")).toHaveLength(1);
    const toUnodc = OperativeProvision.parse({ ...provisions[0], addressees: ["unodc"] });
    expect(provisionsAddressedTo([toUnodc], "unodc-gpc")).toEqual([]);
  });

  it("free-text addressees are kept but never match a kind", () => {
    expect(isAddresseeKind(provisions[3]!.addressees[0]!)).toBe(false);
    expect(provisionsAddressedTo(provisions, "private-sector")).toEqual([]);
  });

  it("GA 74/247 establishes the ad hoc committee: an act of the Assembly itself asks no one", () => {
    const establish = OperativeProvision.parse({
      addressees: [],
      action: "establish",
      ask: { zh: "设立一个代表所有区域的不限成员名额特设政府间专家委员会" },
      provenance: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [10] }],
    });
    expect(establish.addressees).toEqual([]);
    for (const action of ["decide", "postpone", "endorse", "reaffirm"] as const) {
      expect(OperativeProvision.safeParse({ ...establish, action }).success, action).toBe(true);
    }
  });

  it("any other ask names whom it asks, and the error says which actions may ask no one", () => {
    const result = OperativeProvision.safeParse({ ...provisions[1], addressees: [] });
    expect(result.error?.issues[0]).toMatchObject({ path: ["addressees"] });
    expect(result.error?.issues[0]?.message).toBe(
      "an operative provision asks someone: give at least one addressee (only establish, decide, endorse, reaffirm, postpone may have none, being done by the adopting body itself)",
    );
  });

  it("a paragraph number, when given, is a positive whole number", () => {
    expect(OperativeProvision.safeParse({ ...provisions[1], paragraph: 0 }).success).toBe(false);
    expect(OperativeProvision.safeParse({ ...provisions[1], paragraph: 2.5 }).success).toBe(false);
    expect(OperativeProvision.parse({ ...provisions[1], paragraph: 3 }).paragraph).toBe(3);
  });
});
