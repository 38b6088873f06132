import { chineseNumeral } from "../text/ChineseWords";
import type { PartialDate } from "../time/PartialDate";
import { dateParts, spanShape, type DateParts } from "./DateParts";
import type { ReportFormat } from "./ReportTemplates";

function date(parts: DateParts): string {
  const month = parts.month === undefined ? "" : `${parts.month}月`;
  const day = parts.day === undefined ? "" : `${parts.day}日`;
  return `${parts.year}年${month}${day}`;
}

function span(start: PartialDate, end?: PartialDate): string {
  const a = dateParts(start);
  const b = end === undefined ? undefined : dateParts(end);
  switch (spanShape(a, b)) {
    case "single":
      return date(a);
    case "same-month":
      return `${date(a)}至${b?.day}日`;
    case "same-year":
      return `${date(a)}至${b?.month}月${b?.day === undefined ? "" : `${b.day}日`}`;
    case "apart":
      return `${date(a)}至${date(b ?? a)}`;
  }
}

/** Chinese dates ("2020年4月6日至8日"), ordinals ("第三十届会议") and names ("大会第74/173号决议"). */
export const CHINESE_FORMAT: ReportFormat = {
  mandate: ({ kind, number, body, title }) => {
    if (kind === "declaration" || number === undefined) {
      const name = title ?? body ?? (kind === "declaration" ? "宣言" : kind === "decision" ? "决定" : "决议");
      return { short: name, full: name };
    }
    const act = kind === "decision" ? "决定" : "决议";
    return { short: `第${number}号${act}`, full: `${body ?? ""}第${number}号${act}` };
  },
  session: (n) => `第${chineseNumeral(n)}届会议`,
  meeting: (n) => chineseNumeral(n),
  cardinal: (n) =>
    Number.isInteger(n) && n >= 1 && n < 100 ? chineseNumeral(n) : new Intl.NumberFormat("zh").format(n),
  date: (value) => date(dateParts(value)),
  span,
  bound: (notBefore, notAfter) =>
    [
      notBefore === undefined ? "" : `不早于${date(dateParts(notBefore))}`,
      notAfter === undefined ? "" : `最迟不迟于${date(dateParts(notAfter))}`,
    ]
      .filter((part) => part !== "")
      .join("、"),
  ageBand: (band) => band.replace("-", "至").replace("+", "及以上"),
  partner: (name) => name,
  agendaItem: (item) => `临时议程项目${item}`,
  placeAndDates: (place, dates) => [dates, place].filter((part) => part !== undefined).join("，"),
};
