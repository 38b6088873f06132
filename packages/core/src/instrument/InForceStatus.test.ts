import { describe, expect, it } from "vitest";
import { LegalInstrument } from "./LegalInstrument";
import { inForceStatus, isInForce } from "./InForceStatus";

const budapest = LegalInstrument.parse({
  id: "budapest-convention",
  name: { zh: "欧洲委员会网上犯罪公约" },
  kind: "convention",
  adoptedOn: "2001-11-08",
  openedForSignatureOn: "2001-11-23",
  enteredIntoForceOn: "2004-07-01",
  partiesCounts: [],
  citedArticles: [],
  provenance: [],
});

const frameworkDecision = LegalInstrument.parse({
  id: "eu-framework-decision-2004-68-jha",
  name: { zh: "第 2004/68/JHA 号框架决定" },
  kind: "framework-decision",
  adoptedOn: "2003-12-22",
  partiesCounts: [],
  citedArticles: [],
  provenance: [],
});

describe("isInForce", () => {
  it("the Budapest Convention is in force from 1 July 2004, not the day before", () => {
    expect(isInForce(budapest, "2004-07-01")).toBe(true);
    expect(isInForce(budapest, "2011")).toBe(true);
    expect(isInForce(budapest, "2004-06-30")).toBe(false);
    expect(inForceStatus(budapest, "2004-06-30").status).toBe("not-in-force");
  });

  it("a year that contains the entry into force cannot be answered yes or no", () => {
    const status = inForceStatus(budapest, "2004");
    expect(status.status).toBe("undetermined");
    expect(status.message).toContain("more precise date");
    expect(isInForce(budapest, "2004")).toBe(false);
  });

  it("a month that starts with the entry into force is in force throughout", () => {
    expect(inForceStatus(budapest, "2004-07").status).toBe("in-force");
    expect(inForceStatus(budapest, "2004-06").status).toBe("not-in-force");
  });

  it("an entry into force known only to the month is in force from the next month on", () => {
    const monthOnly = { ...budapest, enteredIntoForceOn: "2004-07" };
    expect(inForceStatus(monthOnly, "2004-07-15").status).toBe("undetermined");
    expect(inForceStatus(monthOnly, "2004-08-01").status).toBe("in-force");
    expect(inForceStatus(monthOnly, "2004-06").status).toBe("not-in-force");
  });

  it("without a recorded entry into force the answer is undetermined, not 'not in force'", () => {
    expect(inForceStatus(frameworkDecision, "2011")).toMatchObject({ status: "undetermined" });
    expect(inForceStatus(frameworkDecision, "2011").message).toContain("no recorded date of entry into force");
  });
});
