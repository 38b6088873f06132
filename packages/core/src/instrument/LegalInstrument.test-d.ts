import { describe, expectTypeOf, it } from "vitest";
import type { Quantity } from "../metric";
import type { MandateLink } from "../mandate/MandateLink";
import type { Period } from "../time/Period";
import type { CitedArticle } from "./CitedArticle";
import type { AdoptionDate, InstrumentKind, LegalInstrument } from "./LegalInstrument";
import type { PartiesAsOfResult } from "./PartiesAsOf";
import type { PartiesCount, PartiesMeasure } from "./PartiesCount";

describe("LegalInstrument types", () => {
  it("kind and measure are closed unions", () => {
    expectTypeOf<InstrumentKind>().toEqualTypeOf<
      "convention" | "protocol" | "optional-protocol" | "framework-decision" | "directive"
    >();
    expectTypeOf<PartiesMeasure>().toEqualTypeOf<"parties" | "ratifications" | "signatories">();
  });

  it("adoption is a partial date or a period, and adoptedBy links a mandate", () => {
    expectTypeOf<AdoptionDate>().toEqualTypeOf<string | Period>();
    expectTypeOf<LegalInstrument["adoptedOn"]>().toEqualTypeOf<AdoptionDate | undefined>();
    expectTypeOf<LegalInstrument["adoptedBy"]>().toEqualTypeOf<MandateLink | undefined>();
  });

  it("counts are qualified quantities with a date", () => {
    expectTypeOf<PartiesCount["count"]>().toEqualTypeOf<Quantity>();
    expectTypeOf<PartiesCount["asOf"]>().toEqualTypeOf<string>();
    expectTypeOf<LegalInstrument["partiesCounts"]>().toEqualTypeOf<PartiesCount[]>();
  });

  it("article parts are strings, paragraph and subparagraph optional", () => {
    expectTypeOf<CitedArticle["article"]>().toEqualTypeOf<string>();
    expectTypeOf<CitedArticle["subparagraph"]>().toEqualTypeOf<string | undefined>();
  });

  it("a found count carries its date and qualifier; a missing one only its reason", () => {
    type Found = Extract<PartiesAsOfResult, { ok: true }>;
    type Missing = Extract<PartiesAsOfResult, { ok: false }>;
    expectTypeOf<Found["value"]["qualifier"]>().toEqualTypeOf<Quantity["qualifier"]>();
    expectTypeOf<Missing["error"]["_tag"]>().toEqualTypeOf<"NoPartiesCount">();
    expectTypeOf<Missing["error"]["reason"]>().toEqualTypeOf<"no-counts" | "other-measure" | "none-before">();
    expectTypeOf<Missing["error"]>().not.toHaveProperty("count");
  });
});
