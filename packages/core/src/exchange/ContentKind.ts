import type { EntityKind } from "../store/EntityKind";
import { parseCsv } from "./CsvParser";
import type { FileFormat } from "./FileFormat";
import { readJsonDocument } from "./JsonDocument";
import { readJsonLines } from "./JsonLines";
import { kindOfCsvHeader, kindOfFileName, kindOfRecord } from "./KindDetection";

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The kind of the first bare record in the head of a JSON or JSON Lines file, if its fields say. */
async function kindOfFirstRecord(format: "json" | "jsonl", head: Uint8Array): Promise<EntityKind | undefined> {
  // The kind given to the reader stands in for any: only the record's fields are looked at.
  const entries =
    format === "jsonl" ? readJsonLines(once(head), { kind: "body" }) : readJsonDocument(once(head), { kind: "body" });
  for await (const entry of entries) {
    if (entry.readProblem === undefined) return kindOfRecord(entry.record);
  }
  return undefined;
}

async function kindOfCsvHead(head: Uint8Array): Promise<EntityKind | undefined> {
  for await (const row of parseCsv(once(head)))
    return row.problem === undefined ? kindOfCsvHeader(row.cells) : undefined;
  return undefined;
}

/**
 * The kind of records a file holds, from its name (`activities.csv`, see `kindOfFileName`),
 * else its first bytes: a CSV header that matches one layout only, or the fields of the first
 * bare record of a JSON or JSON Lines file. Undefined when neither says (records in
 * envelopes say their own kinds) and for a workbook, whose sheets name their kinds.
 * @example await kindOfFile("upload.csv", "csv", new TextEncoder().encode("id,name_en,kind\n")) // "body"
 */
export async function kindOfFile(path: string, format: FileFormat, head: Uint8Array): Promise<EntityKind | undefined> {
  if (format === "xlsx") return undefined;
  const named = kindOfFileName(path);
  if (named !== undefined) return named;
  return format === "csv" ? kindOfCsvHead(head) : kindOfFirstRecord(format, head);
}
