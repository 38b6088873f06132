import type { EntityKind, EntityOf, Result } from "@remit/core";
import { claimedId, decodeRecord } from "@remit/core";
import type { Dataset } from "./Dataset";
import type { DatasetFile } from "./DatasetFiles";
import { DATASET_FILES, DATASET_KEYS } from "./DatasetFiles";
import type { DatasetProblem } from "./DatasetProblem";
import { invalidDataset, type InvalidDataset } from "./DatasetProblem";
import { checkReferences } from "./DatasetReferences";
import { translatedRecords } from "./RecordTranslations";

/**
 * The dataset under `value`, or under `error` the `InvalidDataset` that lists every problem
 * keeping it from loading: core's one `Result` shape.
 */
export type DatasetResult = Result<Dataset, InvalidDataset>;

function validateFile<K extends EntityKind>(file: DatasetFile<K>, problems: DatasetProblem[]): EntityOf<K>[] {
  const records: EntityOf<K>[] = [];
  file.records.forEach((record, index) => {
    const decoded = decodeRecord(file.kind, record, { file: file.file });
    if (decoded.ok) {
      records.push(decoded.value);
      return;
    }
    const id = claimedId(record);
    for (const problem of decoded.error.problems) {
      problems.push({
        file: file.file,
        kind: file.kind,
        index,
        ...(id === undefined ? {} : { id }),
        path: problem.path,
        reason: problem.reason,
        ...(problem.expected === undefined ? {} : { expected: problem.expected }),
      });
    }
  });
  return records;
}

/**
 * Validates data files against core's schema of each file's kind, then checks that every id
 * a record names resolves and that no id repeats. Returns the typed records, or an
 * `InvalidDataset` listing every problem with its file, record index, id and field path.
 * The records returned are the parsed ones (symbols, citations and agenda numbers
 * normalised), which is what a store keeps.
 * @example
 * const result = validateDataset([{ kind: "body", file: "bodies.json", records: [{ id: "ga" }] }]);
 * if (!result.ok) console.error(result.error.problems.map(formatDatasetProblem).join("\n"));
 */
export function validateDataset(files: readonly DatasetFile[]): DatasetResult {
  const problems: DatasetProblem[] = [];
  const byKey: Record<string, unknown[]> = Object.fromEntries(Object.values(DATASET_KEYS).map((key) => [key, []]));
  for (const file of files) byKey[DATASET_KEYS[file.kind]]?.push(...validateFile(file, problems));
  // Only records that validated are in byKey, so the cast states what validation established.
  const dataset = byKey as unknown as Dataset;
  if (problems.length === 0) problems.push(...checkReferences(dataset));
  return problems.length === 0 ? { ok: true, value: dataset } : { ok: false, error: invalidDataset(problems) };
}

let loaded: DatasetResult | undefined;

/**
 * Loads the records of the two seed documents (E/CN.15/2011/2 and the 2021 report of the
 * Secretary-General on cybercrime technical assistance) from the package's data files, adds the
 * project's translations of their texts (`data/translations/`), and validates them with core's
 * schemas. The result is computed once and shared: the records are
 * plain data, so do not mutate them.
 * @example
 * const result = loadDataset();
 * if (result.ok) console.log(result.value.activities.length);
 */
export function loadDataset(): DatasetResult {
  loaded ??= validateDataset(
    DATASET_FILES.map((file) => ({ ...file, records: translatedRecords(file.file, file.records) })),
  );
  return loaded;
}
