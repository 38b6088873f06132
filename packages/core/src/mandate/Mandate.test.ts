import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import { Mandate, mandateLabel } from "./Mandate";

// The seed gives the 2021 report's symbol only as "E/CN.15/2021/…": tests cite it by that
// partial symbol rather than invent a document number.
const REPORT_2021 = "E/CN.15/2021/…";

// GA 74/173 as the 2021 report states it: adopted in 2019 (¶5), asking UNODC for technical
// assistance (¶5) and the Secretary-General for a report to the 29th session, which went
// to the 30th because the 29th met in reduced format (summary).
const resolution74173 = {
  id: "a-res-74-173",
  symbol: "A/RES/74/173",
  kind: "resolution",
  adoptingBodyId: "ga",
  adoptedOn: "2019",
  title: { zh: "促进技术援助和能力建设以加强打击网络犯罪的国家措施和国际合作，包括信息共享" },
  provisions: [
    {
      addressees: ["unodc", "unodc-gpc"],
      action: "provide-technical-assistance",
      ask: { zh: "继续依请求并根据国家需要……向会员国提供技术援助和可持续能力建设，以应对网络犯罪" },
      provenance: [cite(REPORT_2021, 5)],
    },
    {
      addressees: ["member-states"],
      action: "encourage",
      ask: { zh: "制定和执行措施，确保能够在国家一级有效调查和起诉涉及电子证据的网络犯罪和其他犯罪" },
      provenance: [cite(REPORT_2021, 15)],
    },
    {
      addressees: ["secretary-general"],
      action: "report",
      ask: { zh: "向预防犯罪和刑事司法委员会第二十九届会议报告该决议的执行情况" },
      dueSessionRef: { bodyId: "ccpcj", sessionNumber: 29 },
      provenance: [cite(REPORT_2021)],
    },
  ],
  reportingObligations: [
    {
      id: "a-res-74-173-report",
      reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
      deferrals: [
        {
          fromSession: 29,
          toSession: 30,
          reason: { zh: "由于 2019 冠状病毒病（COVID-19）大流行，第二十九届会议不得不以缩小规模的形式举行" },
          provenance: [cite(REPORT_2021)],
        },
      ],
      status: "submitted",
      provenance: [cite(REPORT_2021)],
    },
  ],
  lineage: [
    { relation: "reaffirms", target: { reference: "CCPCJ resolution 22/8" }, provenance: [cite(REPORT_2021, 28)] },
  ],
  status: "active",
  provenance: [cite(REPORT_2021, 5)],
};

describe("Mandate", () => {
  it("GA 74/173 parses with its asks, its deferred report and its lineage", () => {
    const mandate = Mandate.parse(resolution74173);
    expect(mandate.reportingObligations[0]?.deferrals[0]?.toSession).toBe(30);
    expect(mandate.provisions.map((provision) => provision.action)).toEqual([
      "provide-technical-assistance",
      "encourage",
      "report",
    ]);
    expect(mandateLabel(mandate)).toBe("A/RES/74/173");
  });

  it("a symbol written with full-width characters is stored in its normal form", () => {
    const mandate = Mandate.parse({ ...resolution74173, symbol: "Ａ／ＲＥＳ／７４／１７３" });
    expect(mandate.symbol).toBe("A/RES/74/173");
  });

  it("a decision without a symbol of its own is stored by its citation", () => {
    const decision = Mandate.parse({
      id: "ga-decision-74-567",
      symbol: "GA decision 74/567",
      kind: "decision",
      adoptingBodyId: "ga",
      provisions: [
        {
          addressees: ["ad-hoc-committee"],
          action: "postpone",
          ask: { zh: "将组织会议推迟到条件允许的最早日期，但最迟不迟于 2021 年 3 月 1 日" },
          provenance: [cite(REPORT_2021, 11)],
        },
      ],
      reportingObligations: [],
      lineage: [],
      status: "completed",
      provenance: [cite(REPORT_2021, 11)],
    });
    expect(decision.symbol).toBe("GA decision 74/567");
    expect(decision.adoptedOn).toBeUndefined();
  });

  it("a resolution needs a symbol or a citation, and the error names the field", () => {
    const { symbol: _symbol, ...withoutSymbol } = resolution74173;
    const result = Mandate.safeParse(withoutSymbol);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["symbol"]);
    expect(result.error?.issues[0]?.message).toContain("a resolution needs its symbol");
  });

  it("a declaration may be known by its title alone", () => {
    const doha = Mandate.parse({
      id: "doha-declaration",
      kind: "declaration",
      adoptingBodyId: "crime-congress",
      title: {
        zh: "关于将预防犯罪和刑事司法纳入更广泛的联合国议程以应对社会和经济挑战并促进国内和国际法治及公众参与的多哈宣言",
      },
      provisions: [],
      reportingObligations: [],
      lineage: [
        { relation: "updates", target: { mandateId: "salvador-declaration" }, provenance: [cite(REPORT_2021, 35)] },
      ],
      status: "active",
      provenance: [cite(REPORT_2021, 35)],
    });
    expect(doha.symbol).toBeUndefined();
  });

  it("the Bangkok Declaration, endorsed by GA 60/177, is stored without an adopter the source does not name", () => {
    const bangkok = Mandate.parse({
      id: "bangkok-declaration",
      kind: "declaration",
      adoptedOn: "2005",
      title: { zh: "关于协作与对策的曼谷宣言：建立预防犯罪和刑事司法战略联盟" },
      provisions: [],
      reportingObligations: [],
      lineage: [],
      provenance: [cite("E/CN.15/2011/2", 22)],
    });
    expect(bangkok.adoptingBodyId).toBeUndefined();
    expect(bangkok.status).toBeUndefined();
  });

  it("a resolution or decision names the body that adopted it", () => {
    const { adoptingBodyId: _adopter, ...withoutAdopter } = resolution74173;
    const result = Mandate.safeParse(withoutAdopter);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({ path: ["adoptingBodyId"] });
    expect(result.error?.issues[0]?.message).toContain("a-res-74-173: a resolution is adopted by a body");
  });

  it("a mandate whose status no source states is stored without one; a stated status is checked", () => {
    const { status: _status, ...unstated } = resolution74173;
    expect(Mandate.parse(unstated).status).toBeUndefined();
    expect(Mandate.safeParse({ ...resolution74173, status: "in force" }).success).toBe(false);
  });

  it("a symbol that is neither a symbol nor a citation is rejected with both reasons", () => {
    const result = Mandate.safeParse({ ...resolution74173, symbol: "resolution seventy-four" });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.message).toContain(
      "as a document symbol, a character that cannot appear in a symbol at character 18",
    );
    expect(issue?.message).toContain("as a citation, no body at character 0 (body)");
    expect((issue as { params?: unknown } | undefined)?.params).toMatchObject({
      asSymbol: { part: "segment", offset: 18 },
      asCitation: { part: "body" },
    });
  });

  it("a mandate cannot reaffirm itself, whether named by id or by its own symbol", () => {
    const byId = Mandate.safeParse({
      ...resolution74173,
      lineage: [{ relation: "reaffirms", target: { mandateId: "a-res-74-173" }, provenance: [] }],
    });
    expect(byId.success).toBe(false);
    expect(byId.error?.issues[0]?.message).toContain("reaffirms itself");
    const bySymbol = Mandate.safeParse({
      ...resolution74173,
      lineage: [{ relation: "builds-on", target: { reference: "A/RES/74/173" }, provenance: [] }],
    });
    expect(bySymbol.success).toBe(false);
    expect(bySymbol.error?.issues[0]?.path).toEqual(["lineage", 0, "target"]);
  });

  it("two reports of one mandate cannot share an id", () => {
    const obligation = resolution74173.reportingObligations[0];
    const result = Mandate.safeParse({ ...resolution74173, reportingObligations: [obligation, obligation] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["reportingObligations", 1, "id"]);
  });

  it("a provision must ask someone, and fields outside the schema are refused", () => {
    const noAddressee = { ...resolution74173.provisions[0], addressees: [] };
    expect(Mandate.safeParse({ ...resolution74173, provisions: [noAddressee] }).success).toBe(false);
    expect(Mandate.safeParse({ ...resolution74173, adoptedIn: "2019" }).success).toBe(false);
  });

  it("an addressee outside the closed list is written as free text", () => {
    const provision = {
      addressees: [{ other: { zh: "技术公司" } }],
      action: "encourage",
      ask: { zh: "报告虐待行为" },
      provenance: [],
    };
    expect(Mandate.safeParse({ ...resolution74173, provisions: [provision] }).success).toBe(true);
    expect(
      Mandate.safeParse({ ...resolution74173, provisions: [{ ...provision, addressees: ["technology-companies"] }] })
        .success,
    ).toBe(false);
  });
});
