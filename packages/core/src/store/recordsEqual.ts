/**
 * The canonical JSON text of a value: object keys sorted at every depth, properties whose
 * value is `undefined` left out (as JSON does), arrays kept in order. Two values with the same
 * canonical JSON are the same record, however their keys were ordered; stores use it to
 * compare, and cursors to fingerprint a query.
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "undefined";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== "object") return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortKeys(item);
  }
  return sorted;
}

/**
 * Whether two records are the same once stored, independent of key order: the test a store
 * makes to recognise "a put that changes nothing" (no new revision, no audit entry) and an
 * import line that is already stored (counted as unchanged).
 * @example recordsEqual({ id: "ga", name: { en: "GA" } }, { name: { en: "GA" }, id: "ga" }) // true
 */
export function recordsEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
