import { describe, expectTypeOf, it } from "vitest";
import type { Addressee, AddresseeKind } from "./Addressee";
import type { LineageRelation } from "./LineageEdge";
import type { LineageBranch } from "./LineageTree";
import type { Mandate, MandateKind, MandateStatus } from "./Mandate";
import type { MandateLink } from "./MandateLink";
import type { MandateReference } from "./MandateReference";
import type { OperativeProvision } from "./OperativeProvision";
import type { ReportDeferral, ReportingObligation, ReportStatus } from "./ReportingObligation";
import type { SessionRef } from "./SessionRef";
import type { DueReport } from "./DueReports";
import type { DeferReportResult } from "./DeferReport";
import type { LocalizedText } from "../text/LocalizedText";
import type { Provenance } from "../provenance/Provenance";

describe("Mandate types", () => {
  it("kind, status and relation are closed unions", () => {
    expectTypeOf<MandateKind>().toEqualTypeOf<"resolution" | "decision" | "declaration">();
    expectTypeOf<MandateStatus>().toEqualTypeOf<"active" | "superseded" | "completed">();
    expectTypeOf<ReportStatus>().toEqualTypeOf<"pending" | "deferred" | "submitted">();
    expectTypeOf<LineageRelation>().toEqualTypeOf<
      "reaffirms" | "builds-on" | "updates" | "supersedes" | "continues" | "endorses"
    >();
  });

  it("symbol, adoption date and title are optional strings and text; the lists are required", () => {
    expectTypeOf<Mandate["symbol"]>().toEqualTypeOf<MandateReference | undefined>();
    expectTypeOf<MandateReference>().toEqualTypeOf<string>();
    expectTypeOf<Mandate["adoptedOn"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Mandate["title"]>().toEqualTypeOf<LocalizedText | undefined>();
    expectTypeOf<Mandate["provisions"]>().toEqualTypeOf<OperativeProvision[]>();
    expectTypeOf<Mandate["reportingObligations"]>().toEqualTypeOf<ReportingObligation[]>();
    expectTypeOf<Mandate["provenance"]>().toEqualTypeOf<Provenance[]>();
  });

  it("the adopting body and the status are optional: the sources do not always state them", () => {
    expectTypeOf<Mandate["adoptingBodyId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Mandate["status"]>().toEqualTypeOf<MandateStatus | undefined>();
  });

  it("an addressee is a kind from the list or free text", () => {
    expectTypeOf<Addressee>().toEqualTypeOf<AddresseeKind | { other: LocalizedText }>();
    expectTypeOf<"member-states">().toExtend<AddresseeKind>();
    expectTypeOf<"technology-companies">().not.toExtend<AddresseeKind>();
  });

  it("a mandate link is either an id or a reference, never both", () => {
    expectTypeOf<MandateLink>().toEqualTypeOf<{ mandateId: string } | { reference: string }>();
    expectTypeOf<{ mandateId: string; reference: string }>().not.toEqualTypeOf<MandateLink>();
  });

  it("sessions are referred to by body and number; deferrals by session numbers", () => {
    expectTypeOf<SessionRef>().toEqualTypeOf<{ bodyId: string; sessionNumber: number }>();
    expectTypeOf<ReportDeferral["fromSession"]>().toEqualTypeOf<number>();
    expectTypeOf<ReportDeferral["decidedBy"]>().toEqualTypeOf<MandateLink | undefined>();
    expectTypeOf<ReportingObligation["submittedAs"]>().toEqualTypeOf<string | undefined>();
  });

  it("results narrow on ok and on kind", () => {
    expectTypeOf<Extract<DeferReportResult, { ok: false }>["error"]["_tag"]>().toEqualTypeOf<
      "ObligationNotFound" | "InvalidDeferral"
    >();
    expectTypeOf<Extract<DeferReportResult, { ok: true }>["value"]>().toEqualTypeOf<Mandate>();
    expectTypeOf<DueReport["disposition"]>().toEqualTypeOf<"due" | "deferred-away">();
    expectTypeOf<LineageBranch["kind"]>().toEqualTypeOf<"mandate" | "unresolved" | "cycle">();
  });
});
