/**
 * Repeated values in one CSV cell, joined by ";" as IATI's CSV does ("BFA;BLZ;SLV"). A
 * literal ";" inside a value is written "\;" and a literal backslash "\\", so any list of
 * values survives the trip. On reading, a backslash before anything else is kept as it is
 * (so a hand-typed "C:\docs" stays intact).
 *
 * An empty cell is the empty list. The one list that cannot be told apart from it is a list
 * of a single empty value, which the record schemas never hold.
 */

/**
 * The cell for a list of values.
 * @example joinListCell(["BFA", "BLZ"]) // "BFA;BLZ"
 * @example joinListCell(["INTERPOL; Europol"]) // "INTERPOL\\; Europol"
 */
export function joinListCell(values: readonly string[]): string {
  return values.map((value) => value.replaceAll("\\", "\\\\").replaceAll(";", "\\;")).join(";");
}

/**
 * The values of a list cell: split at each ";" not escaped by a backslash.
 * @example splitListCell("BFA;BLZ") // ["BFA", "BLZ"]
 * @example splitListCell("") // []
 */
export function splitListCell(cell: string): string[] {
  if (cell === "") return [];
  if (!cell.includes("\\")) return cell.split(";");
  const values: string[] = [];
  let value = "";
  for (let index = 0; index < cell.length; index += 1) {
    const char = cell[index];
    const next = cell[index + 1];
    if (char === "\\" && (next === ";" || next === "\\")) {
      value += next;
      index += 1;
    } else if (char === ";") {
      values.push(value);
      value = "";
    } else {
      value += char;
    }
  }
  values.push(value);
  return values;
}
