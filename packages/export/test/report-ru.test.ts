// The 2021 report in Russian: cases after prepositions, nouns that agree with their counts,
// dates in the genitive, as UN Russian writes them.
import { russianOrdinal } from "@remit/core";
import { RUSSIAN_REPORT_TEMPLATES } from "@remit/dataset";
import { describe, expect, it } from "vitest";
import {
  bodyText,
  figureText,
  htmlRoot,
  numbering,
  paragraphText,
  reportsIn,
  TEMPLATE_LEFTOVER,
} from "./ReportLanguageSupport";

const { report, english } = reportsIn("ru");
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/gu, " ");

describe("the 2021 report in Russian", () => {
  it("has the paragraphs of the English report, numbered as the source numbers them", () => {
    expect(numbering(report)).toEqual(numbering(english));
    expect(numbering(report)).toHaveLength(39);
  });

  it("writes every qualified figure with «более» and the noun in the genitive plural", () => {
    expect(plain(figureText(report, 25, "teachers"))).toBe("более 5 600");
    expect(plain(paragraphText(report, 25))).toContain("обучило более 5 600 учителей");
    expect(plain(paragraphText(report, 30))).toContain("более 2,8 миллиона показов");
    expect(plain(paragraphText(report, 17))).toContain("для 2 440 человек");
    expect(paragraphText(report, 17)).toContain("из 64 стран");
  });

  it("makes a noun agree with a count of the 'few' class: «42 дела», not «42 дел»", () => {
    expect(plain(paragraphText(report, 29))).toContain("более 1 500 законов о киберпреступности и 42 дела");
  });

  it("puts places after «в» into the prepositional and after «по просьбе» into the genitive", () => {
    expect(paragraphText(report, 13)).toContain("базирующиеся в Австрии, Сальвадоре, Гватемале, Сенегале и Таиланде");
    expect(paragraphText(report, 14)).toContain("По просьбе Буркина-Фасо");
    expect(paragraphText(report, 14)).toContain("В Белизе");
    expect(paragraphText(report, 18)).toMatch(/^В Юго-Восточной Азии/u);
    expect(paragraphText(report, 26)).toContain("предоставило Коста-Рике, Сальвадору, Гватемале и Гондурасу");
  });

  it("names sessions and acts in the case the sentence needs", () => {
    expect(report.destination.lines).toContain("Тридцатая сессия");
    expect(report.summary[0]?.text).toContain("во исполнение резолюции 74/173 Генеральной Ассамблеи");
    expect(report.summary[0]?.text).toContain("на ее двадцать девятой сессии");
    expect(paragraphText(report, 12)).toMatch(/^В соответствии с решением 75\/555 Генеральной Ассамблеи/u);
    expect([1, 3, 7, 29, 30, 40].map(russianOrdinal)).toEqual([
      "первый",
      "третий",
      "седьмой",
      "двадцать девятый",
      "тридцатый",
      "сороковой",
    ]);
  });

  it("writes dates in the genitive and years with «году»/«годах»", () => {
    expect(paragraphText(report, 11)).toContain("1 октября 2020 года государства-члены были уведомлены");
    expect(paragraphText(report, 11)).toContain("не позднее 1 марта 2021 года");
    expect(paragraphText(report, 11)).toContain("в августе 2020 года");
    expect(paragraphText(report, 36)).toContain(
      "провела шесть совещаний — в 2011, 2013, 2017, 2018, 2019 и 2020 годах",
    );
    expect(paragraphText(report, 13)).toContain("С марта 2020 года");
    expect(paragraphText(report, 21)).toContain("к 2020 году");
  });

  it("is Russian HTML, left to right, with no template syntax left in it", () => {
    expect(htmlRoot(report)).toBe('<html lang="ru" dir="ltr">');
    expect(bodyText(report)).not.toMatch(TEMPLATE_LEFTOVER);
    expect(RUSSIAN_REPORT_TEMPLATES.labels.reportBy).toBe("Доклад Генерального секретаря");
  });
});
