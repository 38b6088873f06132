import { describe, expect, it } from "vitest";
import { russianNameIn } from "./RussianCases";

describe("Russian names in a case", () => {
  it("a partner after «совместно с» is in the instrumental, adjectives and head noun alike", () => {
    expect(russianNameIn("Международный союз электросвязи", "ins")).toBe("Международным союзом электросвязи");
    expect(russianNameIn("Детский фонд Организации Объединенных Наций", "ins")).toBe(
      "Детским фондом Организации Объединенных Наций",
    );
    expect(russianNameIn("Международная организация уголовной полиции", "ins")).toBe(
      "Международной организацией уголовной полиции",
    );
  });

  it("a neuter name in «-ство» declines, with its neuter adjective", () => {
    expect(russianNameIn("Глобальное партнерство за искоренение насилия в отношении детей", "ins")).toBe(
      "Глобальным партнерством за искоренение насилия в отношении детей",
    );
    expect(russianNameIn("Агентство Европейского союза по сотрудничеству", "gen")).toBe(
      "Агентства Европейского союза по сотрудничеству",
    );
  });

  it("a plural partner stays plural in every case", () => {
    expect(russianNameIn("технологические компании", "ins")).toBe("технологическими компаниями");
    expect(russianNameIn("глобальные технологические компании", "dat")).toBe("глобальным технологическим компаниям");
    expect(russianNameIn("Министерства образования Гватемалы, Гондураса и Сальвадора", "ins")).toBe(
      "Министерствами образования Гватемалы, Гондураса и Сальвадора",
    );
    expect(russianNameIn("Секретариаты по борьбе с торговлей людьми", "prep")).toBe(
      "Секретариатах по борьбе с торговлей людьми",
    );
    expect(russianNameIn("Объединенные Арабские Эмираты", "prep")).toBe("Объединенных Арабских Эмиратах");
  });

  it("foreign and indeclinable names stay as they are", () => {
    for (const name of ["Буркина-Фасо", "Мали", "Чили", "Марокко", "Facebook", "TV Azteca"]) {
      expect(russianNameIn(name, "ins")).toBe(name);
    }
  });

  it("a noun's case is not mistaken for an adjective's: «решение» is a noun, «Латинский» an adjective", () => {
    expect(russianNameIn("Управление", "ins")).toBe("Управлением");
    expect(russianNameIn("Латинский центр", "gen")).toBe("Латинского центра");
    expect(russianNameIn("Верхний совет", "dat")).toBe("Верхнему совету");
  });

  it("names whose plural the ending does not show come from the table", () => {
    expect(russianNameIn("Филиппины", "gen")).toBe("Филиппин");
    expect(russianNameIn("Соединенные Штаты Америки", "ins")).toBe("Соединенными Штатами Америки");
  });
});
