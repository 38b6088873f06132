import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryLegalInstrument } from "../testing/arbitraries/instrument";
import { arbitraryPartialDate } from "../testing/arbitraries/mandate";
import { earliestDay, latestDay } from "../time/PartialDate";
import { inForceStatus } from "./InForceStatus";
import { LegalInstrument } from "./LegalInstrument";
import { partiesAsOf } from "./PartiesAsOf";
import { PartiesMeasure } from "./PartiesCount";

describe("legal instrument properties", () => {
  it("every generated instrument is valid and survives parsing unchanged", () => {
    fc.assert(
      fc.property(arbitraryLegalInstrument, (instrument) => {
        expect(LegalInstrument.parse(instrument)).toEqual(instrument);
      }),
    );
  });

  it("partiesAsOf returns a count that may precede the date, and none that may precede it is later", () => {
    fc.assert(
      fc.property(
        arbitraryLegalInstrument,
        arbitraryPartialDate,
        fc.constantFrom(...PartiesMeasure.options),
        (instrument, date, measure) => {
          const result = partiesAsOf(instrument, date, { measure });
          const possible = instrument.partiesCounts.filter(
            (entry) => entry.measure === measure && earliestDay(entry.asOf) <= latestDay(date),
          );
          if (result.ok) {
            const found = result.value;
            expect(earliestDay(found.asOf) <= latestDay(date)).toBe(true);
            expect(possible.every((entry) => earliestDay(entry.asOf) <= earliestDay(found.asOf))).toBe(true);
            expect(found.mayPostdate).toBe(latestDay(found.asOf) > latestDay(date));
          } else {
            expect(possible).toEqual([]);
          }
        },
      ),
    );
  });

  it("once certainly in force, an instrument stays in force at every later date", () => {
    fc.assert(
      fc.property(arbitraryLegalInstrument, arbitraryPartialDate, arbitraryPartialDate, (instrument, a, b) => {
        // Only dates in order at both ends compare: "2004" and "2004-03-05" are nested, not ordered.
        const precedes = (x: string, y: string) => earliestDay(x) <= earliestDay(y) && latestDay(x) <= latestDay(y);
        fc.pre(precedes(a, b) || precedes(b, a));
        const [earlier, later] = precedes(a, b) ? [a, b] : [b, a];
        if (inForceStatus(instrument, earlier).status === "in-force") {
          expect(inForceStatus(instrument, later).status).toBe("in-force");
        }
        if (inForceStatus(instrument, later).status === "not-in-force") {
          expect(inForceStatus(instrument, earlier).status).toBe("not-in-force");
        }
      }),
    );
  });
});
