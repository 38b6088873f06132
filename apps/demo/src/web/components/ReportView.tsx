import type { Report, ReportFigure, ReportSegment } from "@remit/core";
import { useLocale } from "../i18n/Locale";
import { Sources } from "../pages/ActivityPage";

function figureAnchor(paragraph: number | "summary", key: string): string {
  return `figure-${paragraph}-${key}`;
}

/** A passage's runs, each figure a link to its row in the figures table (its value and sources). */
function Segments(props: { readonly segments: readonly ReportSegment[]; readonly paragraph: number | "summary" }) {
  return (
    <>
      {props.segments.map((segment, index) =>
        segment.figureKey === undefined ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <a key={index} class="report-figure" href={`#${figureAnchor(props.paragraph, segment.figureKey)}`}>
            {segment.text}
          </a>
        ),
      )}
    </>
  );
}

interface Numbered {
  readonly paragraph: number | "summary";
  readonly figure: ReportFigure;
}

/** Every figure of the report, in order, with the paragraph that states it. */
function figuresOf(report: Report): Numbered[] {
  const summary = report.summary.flatMap((passage) =>
    passage.figures.map((figure) => ({ paragraph: "summary" as const, figure })),
  );
  const body = report.sections.flatMap((section) =>
    [...section.paragraphs, ...section.subsections.flatMap((sub) => sub.paragraphs)].flatMap((paragraph) =>
      paragraph.figures.map((figure) => ({ paragraph: paragraph.number, figure })),
    ),
  );
  return [...summary, ...body];
}

/**
 * The Secretary-General's report as the API computes it, in its own language and direction:
 * front matter, summary, chapters with numbered paragraphs, each figure (its qualifier kept:
 * "more than 5,600") linked to the table of figures with the documents and records it comes from.
 */
export function ReportView(props: { readonly report: Report }) {
  const { t } = useLocale();
  const { report } = props;
  const figures = figuresOf(report);
  return (
    <article class="report" lang={report.language} dir={report.direction}>
      <header class="report-front">
        {report.destination.lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
        <h2 class="report-title">{report.title}</h2>
      </header>
      <section aria-labelledby="report-summary">
        <h3 id="report-summary">{report.labels.summary}</h3>
        {report.summary.map((passage, index) => (
          <p key={index}>
            <Segments segments={passage.segments} paragraph="summary" />
          </p>
        ))}
      </section>
      {report.sections.map((section) => (
        <section key={section.id} aria-labelledby={`report-${section.id}`}>
          <h3 id={`report-${section.id}`}>
            {section.numeral}. {section.heading}
          </h3>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.number} class="report-paragraph">
              <span class="paragraph-number">{paragraph.number}.</span>{" "}
              <Segments segments={paragraph.segments} paragraph={paragraph.number} />
            </p>
          ))}
          {section.subsections.map((sub) => (
            <section key={sub.id} aria-labelledby={`report-${sub.id}`}>
              <h4 id={`report-${sub.id}`}>{sub.heading}</h4>
              {sub.paragraphs.map((paragraph) => (
                <p key={paragraph.number} class="report-paragraph">
                  <span class="paragraph-number">{paragraph.number}.</span>{" "}
                  <Segments segments={paragraph.segments} paragraph={paragraph.number} />
                </p>
              ))}
            </section>
          ))}
        </section>
      ))}
      <section aria-labelledby="report-figures">
        <h3 id="report-figures">{report.labels.figures}</h3>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{report.labels.paragraph}</th>
              <th scope="col">{report.labels.value}</th>
              <th scope="col">{report.labels.figure}</th>
              <th scope="col">{report.labels.sources}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map(({ paragraph, figure }) => (
              <tr key={figureAnchor(paragraph, figure.key)} id={figureAnchor(paragraph, figure.key)} tabIndex={-1}>
                <td>{paragraph === "summary" ? report.labels.summary : paragraph}</td>
                <td>
                  <strong>{figure.text}</strong>
                </td>
                <td>{figure.label}</td>
                <td>
                  <Sources provenance={figure.provenance} />
                  {figure.records.length === 0 ? null : (
                    <details>
                      <summary>{report.labels.records}</summary>
                      <ul>
                        {figure.records.map((record) => (
                          <li key={record.id}>{record.title}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {figures.length === 0 ? <p>{t("noFigures")}</p> : null}
      </section>
    </article>
  );
}
