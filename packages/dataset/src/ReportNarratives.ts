import { ReportNarratives } from "@remit/core";
import narratives from "../data/report-narratives.json";
import { translatedEntries } from "./RecordTranslations";

/**
 * The paragraphs of the 2021 report that no record kind holds (the year's threat picture, ¶6;
 * what the expert group's sixth meeting discussed and concluded and what its seventh is to
 * do, ¶37–39), transcribed from the seed with the paragraph each comes from, for the
 * cybercrime report outline's narrative slots, with the project's translations into the languages
 * the seed does not hold. Validated against core's `ReportNarratives`.
 */
export const REPORT_2021_NARRATIVES: ReportNarratives = ReportNarratives.parse(
  translatedEntries("data/report-narratives.json", narratives),
);
