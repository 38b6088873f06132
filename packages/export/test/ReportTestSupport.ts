// Reports built from @remit/dataset for the renderer tests: the 2021 report in any of the
// six official languages, written from the dataset's content (outline, templates and the
// paragraphs no record kind holds).
import { buildReport, type Language, type Report } from "@remit/core";
import { CYBERCRIME_REPORT_CONTENT, formatDatasetProblem, loadDataset } from "@remit/dataset";

/** The 2021 report under GA 74/173, built from the dataset in a language, with the drafter's ¶6. */
export function datasetReport(language: Language): Report {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(loaded.error.problems.map(formatDatasetProblem).join("\n"));
  const result = buildReport({
    symbol: "A/RES/74/173",
    period: { start: "2020" },
    records: loaded.value,
    language,
    content: CYBERCRIME_REPORT_CONTENT,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
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
