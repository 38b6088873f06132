import { Effect, Stream } from "effect";
import { reportContentLanguages, type ReportContentFor } from "../report/ReportContent";
import type { Language } from "../text/Language";
import { streamAll, type ReadError } from "../store/AllRecords";
import { ENTITY_KINDS } from "../store/EntityKind";
import type { Store } from "../store/Store";
import { checkLanguages, recordTexts, type LanguageCompleteness, type RecordText } from "./LanguageCompleteness";

/**
 * How complete each official language is in a store: whether a stored mandate's report has
 * templates in it (its content as `contentFor` chooses it), and how many of the stored
 * records' texts (titles, narratives, asks, names) exist in it, with every missing text by
 * record and field (`checkLanguages` over every kind, read page by page).
 * @example const rows = yield* storeLanguageCompleteness(reportContentFor); rows.find((row) => row.language === "ar")?.missing
 */
export function storeLanguageCompleteness(
  contentFor: ReportContentFor,
): Effect.Effect<LanguageCompleteness[], ReadError, Store> {
  return Effect.gen(function* () {
    const texts: RecordText[] = [];
    const reportLanguages = new Set<Language>();
    for (const kind of ENTITY_KINDS) {
      yield* Stream.runForEach(streamAll(kind), (stored) =>
        Effect.sync(() => {
          texts.push(...recordTexts(kind, stored.record));
          const content = kind === "mandate" ? contentFor(stored.record.id) : undefined;
          if (content !== undefined)
            for (const language of reportContentLanguages(content)) reportLanguages.add(language);
        }),
      );
    }
    return checkLanguages({ reportTemplates: [...reportLanguages], recordTexts: texts });
  });
}
