import type { Result } from "../result/Result";
import { formatPath, problemsFromIssues } from "../store/RecordProblems";
import { ReportNarratives } from "./ParagraphWriter";

/**
 * A narratives file that cannot be used: not JSON, or texts that are not narratives. Each
 * problem is one line naming the paragraph id and field (`developments.context.provenance: …`).
 */
export interface InvalidNarratives {
  readonly _tag: "InvalidNarratives";
  readonly message: string;
  readonly problems: readonly string[];
}

/** The narratives a file holds, or why it holds none that can be used. */
export type NarrativesReading = Result<ReportNarratives, InvalidNarratives>;

function invalid(problems: readonly string[]): NarrativesReading {
  return {
    ok: false,
    error: { _tag: "InvalidNarratives", message: `the narratives do not validate: ${problems.join("; ")}`, problems },
  };
}

/**
 * Reads a drafter's narratives file: a JSON object from an outline's narrative paragraph id
 * to its text and sources (`ReportNarratives`), for what the records do not hold (the year's
 * threat picture, the expert group's conclusions). Every problem is reported, each with its
 * paragraph id and field.
 * @example readReportNarratives('{"developments.context":{"text":{"en":"…"},"provenance":[]}}') // not ok: "developments.context.provenance: …"
 */
export function readReportNarratives(text: string): NarrativesReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return invalid([`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const narratives = ReportNarratives.safeParse(parsed, { reportInput: true });
  if (narratives.success) return { ok: true, value: narratives.data };
  return invalid(
    problemsFromIssues(narratives.error.issues).map(({ path: [id, ...field], reason, expected }) => {
      // Paragraph ids hold dots ("developments.context"): written as they are, then the field path.
      const where = id === undefined ? "(file)" : field.length === 0 ? String(id) : `${id}.${formatPath(field)}`;
      return `${where}: ${reason}${expected === undefined ? "" : ` (expected ${expected})`}`;
    }),
  );
}
