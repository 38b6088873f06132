import * as z from "zod/mini";
import { Provenance, mergeProvenance } from "../provenance/Provenance";
import { LocalizedText } from "../text/LocalizedText";
import { mandateChain, writeMandateChain } from "./MandateChain";
import type { ReportContext } from "./ReportContext";
import { textIn } from "./ReportContext";
import type { ReportFact, ReportFigure, ReportSegment } from "./ReportFigure";
import type { ReportGap } from "./Report";
import type { ParagraphOrigin } from "./ReportParagraph";
import type { ParagraphSpec } from "./ReportOutline";
import type { WrittenSentence } from "./SentenceFill";
import { writeSentence } from "./SentenceWriter";

/**
 * A drafter's text for a narrative slot of the outline (what the records do not hold, such
 * as the year's threat picture), with where it is sourced: at least one document paragraph,
 * so a reader can check it.
 * @example ReportNarrative.parse({ text: { en: "Cybercrime evolved during the pandemic." }, provenance: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [6] }] })
 */
export const ReportNarrative = z.strictObject({
  text: LocalizedText,
  provenance: z
    .array(Provenance)
    .check(z.minLength(1, { message: "a narrative cites the document paragraph it is drawn from" })),
});
/** A drafter's text for a narrative slot of the outline, with its sources. */
export type ReportNarrative = z.infer<typeof ReportNarrative>;

/** Narratives by the outline paragraph id they fill ("developments.context"). */
export const ReportNarratives = z.record(z.string().check(z.minLength(1)), ReportNarrative);
/** Narratives by the outline paragraph id they fill. */
export type ReportNarratives = z.infer<typeof ReportNarratives>;

/** A paragraph before numbering. */
export interface DraftParagraph {
  readonly specId: string;
  readonly origin: ParagraphOrigin;
  readonly segments: readonly ReportSegment[];
  readonly figures: readonly ReportFigure[];
  readonly facts: readonly ReportFact[];
  readonly provenance: Provenance[];
}

/**
 * Puts sentences together into one paragraph. Figure and fact keys are made unique within
 * the paragraph ("change", "change-2") so that every run points at exactly one of them.
 */
function joinSentences(specId: string, sentences: readonly WrittenSentence[], separator: string): DraftParagraph {
  const taken = new Set<string>();
  const segments: ReportSegment[] = [];
  const figures: ReportFigure[] = [];
  const facts: ReportFact[] = [];
  sentences.forEach((sentence, index) => {
    const renamed = new Map<string, string>();
    const rename = (key: string): string => {
      let unique = key;
      for (let n = 2; taken.has(unique); n += 1) unique = `${key}-${n}`;
      taken.add(unique);
      renamed.set(key, unique);
      return unique;
    };
    sentence.figures.forEach((figure) => figures.push({ ...figure, key: rename(figure.key) }));
    sentence.facts.forEach((fact) => facts.push({ ...fact, key: rename(fact.key) }));
    if (index > 0 && separator !== "") segments.push({ text: separator });
    for (const segment of sentence.segments) {
      const figureKey =
        segment.figureKey === undefined ? undefined : (renamed.get(segment.figureKey) ?? segment.figureKey);
      const factKey = segment.factKey === undefined ? undefined : (renamed.get(segment.factKey) ?? segment.factKey);
      segments.push({
        text: segment.text,
        ...(figureKey !== undefined ? { figureKey } : {}),
        ...(factKey !== undefined ? { factKey } : {}),
      });
    }
  });
  const provenance = mergeProvenance([
    ...figures.flatMap((figure) => figure.provenance),
    ...facts.flatMap((fact) => fact.provenance),
  ]);
  return { specId, origin: "records", segments, figures, facts, provenance };
}

/**
 * Writes the paragraphs of one outline paragraph: none, one, or (for the mandate chain) one
 * per mandate. What the records could not supply goes to `gaps`.
 */
export function writeParagraphs(
  context: ReportContext,
  spec: ParagraphSpec,
  narratives: Readonly<Record<string, ReportNarrative>>,
  gaps: ReportGap[],
): DraftParagraph[] {
  const separator = context.templates.words.sentenceSeparator;
  switch (spec.kind) {
    case "narrative": {
      const narrative = narratives[spec.id];
      if (narrative === undefined) {
        gaps.push({
          specId: spec.id,
          message: `${spec.id}: the records hold nothing for this paragraph and no narrative was supplied; pass narratives["${spec.id}"] to write it`,
        });
        return [];
      }
      const text = textIn(context, narrative.text);
      return [
        {
          specId: spec.id,
          origin: "narrative",
          segments: [{ text }],
          figures: [],
          facts: [],
          provenance: mergeProvenance(narrative.provenance),
        },
      ];
    }
    case "mandate-chain": {
      const chain = mandateChain(context, spec.addressees, spec.actions);
      chain.unplaced.forEach((item) => gaps.push({ specId: spec.id, message: item.message }));
      const written = writeMandateChain(context, chain, spec.template);
      written.problems.forEach((message) => gaps.push({ specId: spec.id, message }));
      if (written.paragraphs.length === 0)
        gaps.push({
          specId: spec.id,
          message: `${spec.id}: no mandate asks ${spec.addressees.join("/")} for ${spec.actions.join("/")}`,
        });
      return written.paragraphs.map((paragraph) =>
        joinSentences(spec.id, [{ segments: paragraph.segments, figures: [], facts: paragraph.facts }], separator),
      );
    }
    case "sentences": {
      const sentences: WrittenSentence[] = [];
      const problems: string[] = [];
      for (const sentence of spec.sentences) {
        const written = writeSentence(context, sentence);
        if (written.ok) sentences.push(...written.value);
        else problems.push(written.error.message);
      }
      if (sentences.length === 0) {
        gaps.push({ specId: spec.id, message: `${spec.id}: not written: ${problems.join("; ")}` });
        return [];
      }
      problems.forEach((message) =>
        gaps.push({ specId: spec.id, message: `${spec.id}: a sentence was left out: ${message}` }),
      );
      const joined = joinSentences(spec.id, sentences, separator);
      const more = spec.narrative === undefined ? undefined : narratives[spec.narrative];
      if (spec.narrative !== undefined && more === undefined)
        gaps.push({ specId: spec.id, message: `${spec.id}: its narrative part "${spec.narrative}" was not supplied` });
      if (more === undefined) return [joined];
      return [
        {
          ...joined,
          segments: [...joined.segments, { text: separator }, { text: textIn(context, more.text) }],
          provenance: mergeProvenance([...joined.provenance, ...more.provenance]),
        },
      ];
    }
  }
}
