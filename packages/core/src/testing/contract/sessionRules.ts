import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentDueSession, dueReports, type Mandate, type ReportingObligation } from "../../mandate";
import type { Session } from "../../session";
import { ARBITRARY_RECORDS, sampleRecord } from "./sampleRecords";
import { succeeds, type StoreHarness } from "./StoreHarness";

/** A session record of `bodyId` with the given designation and number (none for an unnumbered one). */
function sessionOf(id: string, bodyId: string, designation: Session["designation"], number?: number): Session {
  const { number: _sampled, ...rest } = sampleRecord("session", id);
  return { ...rest, bodyId, designation, ...(number === undefined ? {} : { number }) };
}

/** GA 74/173's report, asked of the CCPCJ's 29th session and deferred to its 30th (2021 report, summary). */
const deferredReport: ReportingObligation = {
  id: "a-res-74-173-report",
  reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
  deferrals: [
    { fromSession: 29, toSession: 30, reason: { en: "the 29th session met in reduced format" }, provenance: [] },
  ],
  status: "deferred",
  provenance: [],
};

/** Sessions of a body in order, and the reports due at a session after deferrals. */
export function sessionRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("sessions of a body", () => {
    it("come by number, then id, with unnumbered sessions last and other bodies' left out", testOptions, () =>
      withStore(async (store) => {
        const sessions = [
          sessionOf("ccpcj-30", "ccpcj", "session", 30),
          sessionOf("ccpcj-org", "ccpcj", "organizational-session"),
          sessionOf("ccpcj-20", "ccpcj", "session", 20),
          sessionOf("ccpcj-30-resumed", "ccpcj", "resumed-session", 30),
          sessionOf("eg-cybercrime-6", "eg-cybercrime", "meeting", 6),
          sessionOf("ccpcj-29", "ccpcj", "session", 29),
        ];
        for (const session of sessions) await succeeds(store.put("session", session, { actor: "editor" }));
        const listed = await succeeds(store.sessionsOf("ccpcj"));
        expect(listed.map((stored) => stored.record.id)).toEqual([
          "ccpcj-20",
          "ccpcj-29",
          "ccpcj-30",
          "ccpcj-30-resumed",
          "ccpcj-org",
        ]);
        expect(listed[0]!.record).toEqual(sessions[2]);
        expect((await succeeds(store.sessionsOf("eg-cybercrime"))).map((stored) => stored.record.id)).toEqual([
          "eg-cybercrime-6",
        ]);
        expect(await succeeds(store.sessionsOf("ga"))).toEqual([]);
      }),
    );
  });

  describe("reports due at a session", () => {
    it("a report deferred from the 29th session is due at the 30th and not at the 29th", testOptions, () =>
      withStore(async (store) => {
        const mandate: Mandate = { ...sampleRecord("mandate", "a-res-74-173"), reportingObligations: [deferredReport] };
        await succeeds(store.put("mandate", mandate, { actor: "editor" }));
        await succeeds(
          store.put(
            "mandate",
            { ...sampleRecord("mandate", "a-res-74-174"), reportingObligations: [] },
            { actor: "editor" },
          ),
        );
        const due = await succeeds(store.reportsDue("ccpcj", 30));
        expect(due).toHaveLength(1);
        expect(due[0]).toMatchObject({ disposition: "due", dueSession: { bodyId: "ccpcj", sessionNumber: 30 } });
        expect(due[0]!.mandate).toEqual(mandate);
        expect(due[0]!.obligation).toEqual(deferredReport);
        expect(await succeeds(store.reportsDue("ccpcj", 29))).toEqual([]);
        expect(await succeeds(store.reportsDue("ga", 30))).toEqual([]);
        const away = await succeeds(store.reportsDue("ccpcj", 29, { includeDeferredAway: true }));
        expect(away).toHaveLength(1);
        expect(away[0]).toMatchObject({ disposition: "deferred-away", dueSession: { sessionNumber: 30 } });
        expect(await succeeds(store.reportsDue("ccpcj", 30, { includeDeferredAway: true }))).toEqual(due);
      }),
    );

    it("agree with dueReports over the same mandates, with and without the reports deferred away", testOptions, () =>
      withStore(async (store) => {
        const model = new Map<string, Mandate>();
        await fc.assert(
          fc.asyncProperty(
            fc.array(ARBITRARY_RECORDS.mandate, { maxLength: 5 }),
            fc.record({
              bodyId: fc.constantFrom("ccpcj", "ga", "ecosoc"),
              sessionNumber: fc.integer({ min: 1, max: 80 }),
            }),
            async (mandates, extra) => {
              for (const mandate of mandates) {
                await succeeds(store.put("mandate", mandate, { actor: "property" }));
                model.set(mandate.id, mandate);
              }
              const byId = [...model.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
              // The sessions this run's mandates name, checked against every stored mandate: asking
              // every stored mandate's sessions in every run made the property quadratic.
              const asked = mandates.flatMap((mandate) =>
                mandate.reportingObligations.flatMap((obligation) => [
                  currentDueSession(obligation),
                  obligation.reportTo,
                ]),
              );
              const deferredFrom = mandates.flatMap((mandate) =>
                mandate.reportingObligations.flatMap((obligation) =>
                  obligation.deferrals.map((deferral) => ({
                    bodyId: obligation.reportTo.bodyId,
                    sessionNumber: deferral.fromSession,
                  })),
                ),
              );
              for (const { bodyId, sessionNumber } of [...asked, ...deferredFrom, extra]) {
                expect(await succeeds(store.reportsDue(bodyId, sessionNumber))).toEqual(
                  dueReports(byId, bodyId, sessionNumber),
                );
                const options = { includeDeferredAway: true };
                expect(await succeeds(store.reportsDue(bodyId, sessionNumber, options))).toEqual(
                  dueReports(byId, bodyId, sessionNumber, options),
                );
              }
            },
          ),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );
  });
}
