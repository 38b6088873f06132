import { Effect, Stream } from "effect";
import { REPORT_TEMPLATES } from "../report/ReportTemplateSets";
import { streamAll, type ReadError } from "../store/AllRecords";
import { ENTITY_KINDS } from "../store/EntityKind";
import type { Store } from "../store/Store";
import { checkLanguages, recordTexts, type LanguageCompleteness, type RecordText } from "./LanguageCompleteness";

/**
 * How complete each official language is in a store: whether the report has templates in
 * it, and how many of the stored records' texts (titles, narratives, asks, names) exist in
 * it, with every missing text by record and field (`checkLanguages` over every kind, read
 * page by page).
 * @example const rows = yield* storeLanguageCompleteness; rows.find((row) => row.language === "ar")?.missing
 */
export const storeLanguageCompleteness: Effect.Effect<LanguageCompleteness[], ReadError, Store> = Effect.gen(
  function* () {
    const texts: RecordText[] = [];
    for (const kind of ENTITY_KINDS) {
      yield* Stream.runForEach(streamAll(kind), (stored) =>
        Effect.sync(() => texts.push(...recordTexts(kind, stored.record))),
      );
    }
    return checkLanguages({
      reportTemplates: Object.values(REPORT_TEMPLATES).map((set) => set.language),
      recordTexts: texts,
    });
  },
);
