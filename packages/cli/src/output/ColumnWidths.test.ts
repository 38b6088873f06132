import { describe, expect, it } from "vitest";
import { shareWidth, type SizedColumn } from "./ColumnWidths";

/** The seed activities as `remit list activities` lays them out: their widest id, kind, period, countries, title. */
const activities: SizedColumn[] = [
  { natural: 63, heading: 2 },
  { natural: 35, heading: 4 },
  { natural: 12, heading: 6 },
  { natural: 19, heading: 9, shrink: true },
  { natural: 152, heading: 5, shrink: true },
];
const GAP = 2;
const lineWidth = (widths: readonly number[]) =>
  widths.reduce((sum, width) => sum + width, 0) + GAP * (widths.length - 1);

describe("sharing a terminal line between a table's columns", () => {
  it("gives every column its whole width when the line is wide enough", () => {
    expect(shareWidth(activities, 300, GAP)).toEqual([63, 35, 12, 19, 152]);
  });

  it("at 120 columns keeps a third of the line for titles and cuts the identifiers instead", () => {
    const [id, kind, period, countries, title] = shareWidth(activities, 120, GAP);
    expect(lineWidth([id ?? 0, kind ?? 0, period ?? 0, countries ?? 0, title ?? 0])).toBe(120);
    expect(title).toBe(40);
    expect(id).toBeLessThan(30);
    expect([period, countries]).toEqual([12, 19]);
  });

  it("at 80 columns fits in 80, every heading whole and no column emptied", () => {
    const widths = shareWidth(activities, 80, GAP);
    expect(lineWidth(widths)).toBe(80);
    widths.forEach((width, index) => expect(width).toBeGreaterThanOrEqual(activities[index]?.heading ?? 0));
    expect(widths[0]).toBe(12);
  });

  it("never cuts a number, even when the table then stays wider than the line", () => {
    const numbers: SizedColumn[] = [
      { natural: 10, heading: 5, align: "right" },
      { natural: 10, heading: 5, align: "right" },
    ];
    expect(shareWidth(numbers, 15, GAP)).toEqual([10, 10]);
  });
});
