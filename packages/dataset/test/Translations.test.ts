import { recordTexts } from "@remit/core";
import { describe, expect, it } from "vitest";
import narratives from "../data/report-narratives.json";
import {
  DATASET_FILES,
  datasetEntries,
  RECORD_TRANSLATIONS,
  REPORT_2021_NARRATIVES,
  loadDataset,
  translatedRecords,
  translationProblems,
  type RecordTranslation,
} from "../src";

const mandate = {
  id: "ga-res-1-1",
  title: { en: "Countering cybercrime", zh: "打击网络犯罪" },
  provisions: [{ ask: { en: "Requests the Office to report", zh: "请该办公室报告" } }],
};

function french(texts: RecordTranslation["texts"]): RecordTranslation {
  return { language: "fr", status: "working translation", texts };
}

describe("a record text gains the languages translated for it", () => {
  it("puts a translation where its key points, beside the English and Chinese", () => {
    const translation = french({
      "mandates.json#ga-res-1-1/provisions/0/ask": {
        en: "Requests the Office to report",
        text: "Prie l'Office de faire rapport",
      },
    });
    const [record] = translatedRecords("data/mandates.json", [mandate], [translation]) as (typeof mandate & {
      provisions: { ask: Record<string, string> }[];
    })[];
    expect(record?.provisions[0]?.ask).toEqual({
      en: "Requests the Office to report",
      zh: "请该办公室报告",
      fr: "Prie l'Office de faire rapport",
    });
    expect(mandate.provisions[0]?.ask).not.toHaveProperty("fr");
  });

  it("leaves out a translation whose English has changed since, and says it is stale", () => {
    const translation = french({
      "mandates.json#ga-res-1-1/title": { en: "Combating cybercrime", text: "Lutter contre la cybercriminalité" },
    });
    const [record] = translatedRecords("data/mandates.json", [mandate], [translation]) as (typeof mandate)[];
    expect(record?.title).toEqual(mandate.title);
    expect(translationProblems([{ file: "data/mandates.json", records: [mandate] }], {}, [translation])).toEqual([
      {
        language: "fr",
        key: "mandates.json#ga-res-1-1/title",
        reason: "stale: the record's English has changed since this was translated",
      },
    ]);
  });

  it("never overwrites a language the record already holds, and names a key that reaches no text", () => {
    const translation: RecordTranslation = {
      language: "zh",
      status: "working translation",
      texts: {
        "mandates.json#ga-res-1-1/title": { en: "Countering cybercrime", text: "另一个标题" },
        "mandates.json#ga-res-9-9/title": { en: "Countering cybercrime", text: "标题" },
        "mandates.json#ga-res-1-1/symbol": { en: "Countering cybercrime", text: "标题" },
      },
    };
    const [record] = translatedRecords("data/mandates.json", [mandate], [translation]) as (typeof mandate)[];
    expect(record?.title.zh).toBe("打击网络犯罪");
    expect(
      translationProblems([{ file: "data/mandates.json", records: [mandate] }], {}, [translation]).map(
        (problem) => problem.reason,
      ),
    ).toEqual([
      "the record already holds a zh text here",
      "no record has this file and id",
      "the record has no localized text at this path",
    ]);
  });
});

describe("the project's translation files", () => {
  it("cover French, Spanish, Russian and Arabic and say they are not UN translations", () => {
    expect(RECORD_TRANSLATIONS.map((translation) => translation.language).sort()).toEqual(["ar", "es", "fr", "ru"]);
    for (const translation of RECORD_TRANSLATIONS) expect(translation.status).toMatch(/not an official United Nations/);
  });

  it("each reach a record text in the English they were made from: none stale, none astray, none left to do", () => {
    expect(translationProblems(DATASET_FILES, { "data/report-narratives.json": narratives })).toEqual([]);
  });

  it("put every text of the loaded dataset and of the report's narratives in all six official languages", () => {
    const result = loadDataset();
    if (!result.ok) throw new Error(result.error.message);
    const texts = [
      ...[...datasetEntries(result.value)].flatMap(({ kind, record }) => recordTexts(kind, record)),
      ...Object.entries(REPORT_2021_NARRATIVES).flatMap(([id, narrative]) =>
        recordTexts("narrative", { id, ...narrative }),
      ),
    ];
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((text) => text.languages.length < 6)).toEqual([]);
  });

  it("reach the loaded dataset and the report's narratives", () => {
    const result = loadDataset();
    if (!result.ok) throw new Error(result.error.message);
    const translatedKeys = RECORD_TRANSLATIONS.flatMap((translation) =>
      Object.entries(translation.texts)
        .filter(([key, entry]) => key.startsWith("bodies.json#") && entry.text !== "")
        .map(([key, entry]) => ({
          language: translation.language,
          id: key.slice(12, key.indexOf("/")),
          text: entry.text,
        })),
    );
    for (const { language, id, text } of translatedKeys) {
      expect(result.value.bodies.find((body) => body.id === id)?.name[language]).toBe(text);
    }
    const narrativeKeys = RECORD_TRANSLATIONS.flatMap((translation) =>
      Object.entries(translation.texts)
        .filter(([key, entry]) => key.startsWith("report-narratives.json#") && entry.text !== "")
        .map(([key, entry]) => ({
          language: translation.language,
          name: key.slice(23, key.indexOf("/")),
          text: entry.text,
        })),
    );
    for (const { language, name, text } of narrativeKeys) {
      expect(REPORT_2021_NARRATIVES[name]?.text[language]).toBe(text);
    }
  });
});
