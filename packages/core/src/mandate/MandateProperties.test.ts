import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryMandate, arbitraryMandateSet } from "../testing/arbitraries/mandate";
import { deferReport } from "./DeferReport";
import { dueReports } from "./DueReports";
import { detectCycles } from "./LineageCycles";
import { buildLineageGraph } from "./LineageGraph";
import { descendantsOf, lineageOf, mandateIdsIn } from "./LineageTree";
import { Mandate } from "./Mandate";
import { currentDueSession } from "./ReportingObligation";

const idsOf = (result: ReturnType<typeof lineageOf>): string[] => (result.ok ? mandateIdsIn(result.value) : []);

describe("mandate properties", () => {
  it("every generated mandate is valid and survives parsing unchanged", () => {
    fc.assert(
      fc.property(arbitraryMandate, (mandate) => {
        expect(Mandate.parse(mandate)).toEqual(mandate);
      }),
    );
  });

  it("a generated set of mandates has no cycle, no unknown target and no duplicate", () => {
    fc.assert(
      fc.property(arbitraryMandateSet(), (mandates) => {
        mandates.forEach((mandate) => Mandate.parse(mandate));
        const graph = buildLineageGraph(mandates);
        expect(detectCycles(mandates)).toEqual([]);
        expect(graph.unknownTargets).toEqual([]);
        expect(graph.duplicates).toEqual([]);
      }),
    );
  });

  it("B is an ancestor of A exactly when A is a descendant of B", () => {
    fc.assert(
      fc.property(arbitraryMandateSet({ maxLength: 8 }), (mandates) => {
        const graph = buildLineageGraph(mandates);
        for (const a of mandates) {
          const ancestors = new Set(idsOf(lineageOf(graph, a.id)));
          for (const b of mandates) {
            expect(ancestors.has(b.id)).toBe(idsOf(descendantsOf(graph, b.id)).includes(a.id));
          }
        }
      }),
    );
  });

  it("an edge back from an ancestor to its descendant closes a cycle made of real edges", () => {
    fc.assert(
      fc.property(
        arbitraryMandateSet().filter((mandates) => mandates.some((mandate) => mandate.lineage.length > 0)),
        (mandates) => {
          const descendant = mandates.find((mandate) => mandate.lineage.length > 0)!;
          const ancestorId = idsOf(lineageOf(buildLineageGraph(mandates), descendant.id))[1]!;
          const closed = mandates.map((mandate) =>
            mandate.id === ancestorId
              ? {
                  ...mandate,
                  lineage: [
                    ...mandate.lineage,
                    { relation: "reaffirms" as const, target: { mandateId: descendant.id }, provenance: [] },
                  ],
                }
              : mandate,
          );
          const cycles = detectCycles(closed);
          expect(cycles.length).toBeGreaterThan(0);
          const graph = buildLineageGraph(closed);
          for (const cycle of cycles) {
            cycle.mandateIds.forEach((id, index) => {
              const next = cycle.mandateIds[(index + 1) % cycle.mandateIds.length];
              expect(graph.outgoing.get(id)?.some((edge) => edge.toId === next)).toBe(true);
            });
          }
        },
      ),
    );
  });

  it("a deferred report is due where it was sent and deferred away from where it was", () => {
    const withOpenReport = arbitraryMandate.filter((mandate) =>
      mandate.reportingObligations.some((obligation) => obligation.status !== "submitted"),
    );
    fc.assert(
      fc.property(withOpenReport, fc.integer({ min: 1, max: 5 }), (mandate, step) => {
        const obligation = mandate.reportingObligations.find((candidate) => candidate.status !== "submitted")!;
        const from = currentDueSession(obligation);
        const result = deferReport(mandate, obligation.id, {
          toSession: from.sessionNumber + step,
          reason: { en: "deferred" },
        });
        if (!result.ok) throw new Error(result.error.message);
        expect(Mandate.parse(result.value)).toEqual(result.value);
        const isThis = (report: { obligation: { id: string } }) => report.obligation.id === obligation.id;
        const dueThere = dueReports([result.value], from.bodyId, from.sessionNumber + step).filter(isThis);
        expect(dueThere.map((report) => report.disposition)).toEqual(["due"]);
        expect(dueReports([result.value], from.bodyId, from.sessionNumber).filter(isThis)).toEqual([]);
        const away = dueReports([result.value], from.bodyId, from.sessionNumber, {
          includeDeferredAway: true,
        }).filter(isThis);
        expect(away.map((report) => report.disposition)).toEqual(["deferred-away"]);
      }),
    );
  });
});
