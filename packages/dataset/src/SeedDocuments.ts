import type { LocalizedText } from "@remit/core";

/**
 * One of the two UN documents the dataset is drawn from, and how its records cite it.
 */
export interface SeedDocument {
  /**
   * The text every record's document provenance carries as `symbol` for this document: its
   * full symbol, or for the 2021 report the partial symbol "E/CN.15/2021/…" (core's
   * `DocumentReferenceText`): the seed does not state the report's number, and an invented
   * number would be a defect (see `symbolKnownPart`).
   */
  readonly citation: string;
  /** The full document symbol, when the seed states it. */
  readonly symbol?: string;
  /** The part of the symbol that is known when the full symbol is not ("E/CN.15/2021/"). */
  readonly symbolKnownPart?: string;
  readonly title: LocalizedText;
  /** The session the document was issued for (`ccpcj-20`, `ccpcj-30`). */
  readonly sessionId: string;
  /** The provisional agenda item it was issued under ("4", "6(d)"). */
  readonly agendaItem: string;
  /** The seed file (Chinese original) the records were transcribed from. */
  readonly seedFile: string;
}

/** E/CN.15/2011/2: the discussion guide for the CCPCJ 20th session's thematic discussion (agenda item 4). */
export const GUIDE_2011: SeedDocument = {
  citation: "E/CN.15/2011/2",
  symbol: "E/CN.15/2011/2",
  title: {
    zh: "关于“保护数字时代的儿童：滥用技术虐待和剥削儿童问题”专题讨论的讨论指南",
    en: "Discussion guide for the thematic discussion on “Protecting children in a digital age: the misuse of technology to abuse and exploit children”",
  },
  sessionId: "ccpcj-20",
  agendaItem: "4",
  seedFile: "E_CN.15_2011_2.zh.txt",
};

/**
 * The 2021 report of the Secretary-General under GA resolution 74/173, for the CCPCJ 30th
 * session (agenda item 6(d)). Its symbol is E/CN.15/2021/ followed by a number the seed does
 * not state.
 */
export const REPORT_2021: SeedDocument = {
  citation: "E/CN.15/2021/…",
  symbolKnownPart: "E/CN.15/2021/",
  title: {
    zh: "促进技术援助和能力建设以加强打击网络犯罪的国家措施和国际合作，包括信息共享：秘书长的报告",
    en: "Promoting technical assistance and capacity-building to strengthen national measures and international cooperation to combat cybercrime, including information-sharing: report of the Secretary-General",
  },
  sessionId: "ccpcj-30",
  agendaItem: "6(d)",
  seedFile: "SG_report_cybercrime_TA_2021.zh.txt",
};

/** Both seed documents, oldest first. */
export const SEED_DOCUMENTS: readonly SeedDocument[] = [GUIDE_2011, REPORT_2021];
