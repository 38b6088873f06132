import { ReportNarratives } from "@remit/core";
import narratives from "../data/report-narratives.json";

/**
 * The paragraphs of the 2021 report that no record kind holds (the year's threat picture, ¶6;
 * what the expert group's sixth meeting discussed and concluded and what its seventh is to
 * do, ¶37–39), transcribed from the seed with the paragraph each comes from, for the
 * cybercrime report outline's narrative slots. Validated against core's `ReportNarratives`.
 */
export const REPORT_2021_NARRATIVES: ReportNarratives = ReportNarratives.parse(narratives);
