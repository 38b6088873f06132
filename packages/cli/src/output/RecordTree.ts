/**
 * A record as indented lines for a person, in the spirit of YAML: `key: value` for scalars,
 * nested objects indented, lists of scalars on one line, lists of objects as `- ` items.
 * Every field and every language of a localized text is shown: `remit show` prints records
 * in full. Text is shown as stored (Arabic in its logical order, Chinese as is).
 * @example renderRecordTree({ id: "ccpcj-30", number: 30, title: { en: "30th session" } })
 * // ["id: ccpcj-30", "number: 30", "title:", "  en: 30th session"]
 */
export function renderRecordTree(value: unknown, indent = ""): string[] {
  if (Array.isArray(value)) return renderList(value, indent);
  if (isObject(value)) return renderObject(value, indent);
  return [`${indent}${scalar(value)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return !isObject(value) && !Array.isArray(value);
}

function scalar(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value === "" || /^\s|\s$|\n/.test(value) ? JSON.stringify(value) : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value) ?? "";
}

function renderObject(value: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (isScalar(field)) lines.push(`${indent}${key}: ${scalar(field)}`);
    else if (Array.isArray(field) && field.length === 0) lines.push(`${indent}${key}: []`);
    else if (Array.isArray(field) && field.every(isScalar))
      lines.push(`${indent}${key}: [${field.map(scalar).join(", ")}]`);
    else if (isObject(field) && Object.keys(field).length === 0) lines.push(`${indent}${key}: {}`);
    else lines.push(`${indent}${key}:`, ...renderRecordTree(field, `${indent}  `));
  }
  return lines;
}

function renderList(value: readonly unknown[], indent: string): string[] {
  if (value.length === 0) return [`${indent}[]`];
  const lines: string[] = [];
  for (const item of value) {
    if (isScalar(item)) {
      lines.push(`${indent}- ${scalar(item)}`);
      continue;
    }
    const nested = renderRecordTree(item, `${indent}  `);
    const [first, ...rest] = nested;
    lines.push(`${indent}- ${(first ?? "").slice(indent.length + 2)}`, ...rest);
  }
  return lines;
}
