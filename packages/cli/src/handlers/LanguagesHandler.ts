import { storeLanguageCompleteness, type LanguageCompleteness } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { say } from "../messages/CliMessage";
import { heading, label } from "../output/Labels";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { tableLines } from "../output/TableLines";

/**
 * `remit check languages`: for each official language, whether a stored mandate's report
 * (written from the content `@remit/dataset` chooses for it) has templates in it and how many of the store's record texts (titles, narratives, asks, names) exist in it;
 * `--json` and `--jsonl` list every missing text by record and field.
 */
export function checkLanguagesInStore(context: CliContext) {
  return Effect.gen(function* () {
    const { reportContentFor } = yield* Effect.promise(() => import("@remit/dataset"));
    const rows = yield* storeLanguageCompleteness(reportContentFor);
    return yield* printLanguages(context, rows);
  });
}

function printLanguages(context: CliContext, rows: readonly LanguageCompleteness[]) {
  if (context.output === "json") return printJson(rows);
  if (context.output === "jsonl")
    return printJsonLines(rows.flatMap((row) => row.missing.map((text) => ({ language: row.language, ...text }))));
  const language = context.language;
  const table = {
    columns: [
      { heading: heading("language", language) },
      { heading: heading("reportTemplates", language) },
      { heading: heading("recordTexts", language) },
      { heading: heading("missing", language), shrink: true },
    ],
    rows: rows.map((row) => {
      const records = new Set(row.missing.map((text) => `${text.kind} ${text.id}`));
      return [
        row.language,
        label(row.reportTemplates ? "yes" : "no", language),
        say(language, "languages.texts", { present: row.recordTexts.present, total: row.recordTexts.total }),
        row.missing.length === 0
          ? ""
          : say(language, "languages.missing", { texts: row.missing.length, records: records.size }),
      ];
    }),
  };
  return printLines(tableLines(context, table));
}
