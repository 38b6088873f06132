import type { Result } from "@remit/core";
import { apiProblem, type TaggedProblem } from "./Problem";

/** The ETag of a stored record: its revision. Weak, so that a compressed copy keeps it. */
export function revisionETag(revision: number): string {
  return `W/"${revision}"`;
}

/** FNV-1a over UTF-16 code units, twice with different seeds: 16 hex digits. */
function fingerprint(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x5bd1e995) ^ (second >>> 15);
  }
  return (first >>> 0).toString(16).padStart(8, "0") + (second >>> 0).toString(16).padStart(8, "0");
}

/** The ETag of a computed answer (a page, a tree, a report): a fingerprint of its bytes. */
export function contentETag(body: string): string {
  return `W/"${fingerprint(body)}"`;
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, "");
}

/** Whether If-None-Match names the ETag (weak comparison, as RFC 9110 asks for it). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/**
 * What a write's preconditions ask, under `value`: the revision to expect, or "absent" to
 * create only; or under `error` the problem (the header it concerns) that refuses the write.
 */
export type WritePrecondition = Result<number | "absent", TaggedProblem>;

/**
 * Reads a write's precondition: If-Match with one revision ETag (`"3"` or `W/"3"`), or, when
 * `mayCreate`, `If-None-Match: *`. Anything else is refused before the store is touched:
 * without either, 428; with an ETag that is not a revision, 400 (it cannot match).
 */
export function writePrecondition(
  ifMatch: string | undefined,
  ifNoneMatch: string | undefined,
  mayCreate: boolean,
): WritePrecondition {
  if (ifMatch !== undefined) {
    const tags = ifMatch.split(",").map(opaque);
    const revision = /^"([1-9][0-9]{0,15})"$/.exec(tags[0] ?? "")?.[1];
    if (tags.length !== 1 || revision === undefined) {
      return {
        ok: false,
        error: apiProblem(
          "InvalidRequest",
          `If-Match ${JSON.stringify(ifMatch)} is not one revision ETag; send the ETag you read, e.g. If-Match: "3".`,
          { header: "If-Match" },
        ),
      };
    }
    return { ok: true, value: Number(revision) };
  }
  if (mayCreate && ifNoneMatch?.trim() === "*") return { ok: true, value: "absent" };
  return {
    ok: false,
    error: apiProblem(
      "PreconditionRequired",
      mayCreate
        ? 'This write needs If-Match with the revision you read (If-Match: "3"), or If-None-Match: * to create a new record, so that no change made since you read it is lost.'
        : 'This write needs If-Match with the revision you read (If-Match: "3"), so that no change made since you read it is lost.',
    ),
  };
}
