// Reports built from @remit/dataset for the renderer tests: the 2021 report in Chinese and
// English, and one with an Arabic template set (English wording, Arabic language and
// direction) to exercise right-to-left output until real Arabic templates exist.
import {
  buildReport,
  ENGLISH_REPORT_TEMPLATES,
  REPORT_TEMPLATES,
  type Language,
  type Report,
  type ReportTemplateSet,
} from "@remit/core";
import { formatDatasetProblem, loadDataset, REPORT_2021 } from "@remit/dataset";

const ARABIC_SHELL: ReportTemplateSet = {
  ...ENGLISH_REPORT_TEMPLATES,
  language: "ar",
  headings: { ...ENGLISH_REPORT_TEMPLATES.headings, introduction: "مقدمة" },
};

/** ¶6 (the year's threat picture) is not held in records: a drafter supplies it, in Remit's own words. */
export const NARRATIVES = {
  "developments.context": {
    text: {
      en: "Throughout 2020 and the COVID-19 pandemic, cybercrime kept changing and posed new challenges worldwide; offenders played on people's need for information, and health care suffered from pandemic-themed phishing and from ransomware aimed at hospitals.",
      zh: "2020年及COVID-19大流行期间，网络犯罪不断演变，在全球带来新的挑战；犯罪分子利用人们对信息的需求，与大流行相关的网络钓鱼和针对医院的勒索软件损害了医疗保健。",
    },
    provenance: [{ source: "document" as const, symbol: REPORT_2021.citation, paragraphs: [6] }],
  },
};

/** The 2021 report under GA 74/173, built from the dataset in a language, with the drafter's ¶6. */
export function datasetReport(language: Language): Report {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(loaded.error.problems.map(formatDatasetProblem).join("\n"));
  const result = buildReport({
    symbol: "A/RES/74/173",
    period: { start: "2020" },
    records: loaded.dataset,
    language,
    narratives: NARRATIVES,
    templates: { ...REPORT_TEMPLATES, ar: ARABIC_SHELL },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

/** A report whose title and one paragraph carry markup, to check that renderers escape them. */
export function hostileReport(): Report {
  const report = datasetReport("en");
  const [first, ...rest] = report.sections;
  if (first === undefined) throw new Error("no section");
  const [sub, ...otherSubs] = first.subsections;
  if (sub === undefined) throw new Error("no sub-section");
  const [paragraph, ...others] = sub.paragraphs;
  if (paragraph === undefined) throw new Error("no paragraph");
  const hostile = `<script>alert("x")</script> & *bold* [link](http://x) | cell # 'q'`;
  return {
    ...report,
    title: `Report <b>"A&B"</b> *not bold*`,
    sections: [
      {
        ...first,
        subsections: [
          { ...sub, paragraphs: [{ ...paragraph, text: hostile, segments: [{ text: hostile }] }, ...others] },
          ...otherSubs,
        ],
      },
      ...rest,
    ],
  };
}
