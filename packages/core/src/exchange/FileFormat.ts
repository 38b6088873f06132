/** The file formats Remit exchanges records in. */
export type FileFormat = "json" | "jsonl" | "csv" | "xlsx";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
const BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The first byte that is not whitespace, after a BOM. */
function firstSignificant(bytes: Uint8Array): number | undefined {
  let index = startsWith(bytes, BOM) ? BOM.length : 0;
  while (
    index < bytes.length &&
    (bytes[index] === 0x20 || bytes[index] === 0x09 || bytes[index] === 0x0a || bytes[index] === 0x0d)
  )
    index += 1;
  return bytes[index];
}

/**
 * The format of a file, from its name and its first bytes (a few kilobytes are plenty).
 * - XLSX by the ZIP signature "PK\x03\x04" (an .xlsx file is a ZIP archive), whatever the name;
 * - otherwise by extension: .jsonl / .ndjson, .json, .csv (.tsv is not supported);
 * - without a known extension, by content: `[` starts a JSON array; `{` starts JSON Lines
 *   when a second JSON object follows on a later line, else a JSON document; anything else
 *   is CSV.
 * @example detectFormat("activities.xlsx", firstBytes) // "xlsx"
 * @example detectFormat("export.txt", new TextEncoder().encode('{"kind":"body","record":{}}\n{"kind":…')) // "jsonl"
 */
export function detectFormat(fileName: string, firstBytes: Uint8Array): FileFormat {
  if (startsWith(firstBytes, ZIP_SIGNATURE)) return "xlsx";
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "jsonl" || extension === "ndjson") return "jsonl";
  if (extension === "json") return "json";
  if (extension === "csv") return "csv";
  const byte = firstSignificant(firstBytes);
  if (byte === 0x5b) return "json";
  if (byte === 0x7b) return looksLikeJsonLines(firstBytes) ? "jsonl" : "json";
  return "csv";
}

/** Whether a later line of the text also starts with "{" after its line break: one object per line. */
function looksLikeJsonLines(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes);
  return /\}\s*\r?\n\s*\{/.test(text);
}
