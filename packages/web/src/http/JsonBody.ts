import { readableChunks } from "@remit/core";
import { apiProblem, type TaggedProblem } from "./Problem";

/** The limits a request body is held to. */
export interface BodyLimits {
  /** Bytes of a JSON body (default 1 MiB). */
  readonly jsonBytes: number;
  /** Nesting of arrays and objects in a JSON body (default 32). */
  readonly jsonDepth: number;
  /** Bytes of an import (default 256 MiB). */
  readonly importBytes: number;
}

/** The default limits. */
export const DEFAULT_BODY_LIMITS: BodyLimits = {
  jsonBytes: 1024 * 1024,
  jsonDepth: 32,
  importBytes: 256 * 1024 * 1024,
};

/** A body read whole, or why it was refused. */
export type BodyReading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TaggedProblem };

function tooLarge(limit: number, what: string): TaggedProblem {
  return apiProblem(
    "PayloadTooLarge",
    `The ${what} is larger than ${limit.toLocaleString("en")} bytes, the most this API accepts.`,
    { limit },
  );
}

/**
 * The bytes of a body, refused as soon as they pass `limit` (by Content-Length when it is
 * given, else while reading), so an oversized upload is never held in memory.
 */
async function readLimited(request: Request, limit: number, what: string): Promise<BodyReading<Uint8Array>> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return { ok: false, error: tooLarge(limit, what) };
  if (request.body === null) return { ok: true, value: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of readableChunks(request.body)) {
    size += chunk.byteLength;
    // Returning ends the iteration, which cancels the rest of the upload.
    if (size > limit) return { ok: false, error: tooLarge(limit, what) };
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}

/** The deepest nesting of arrays and objects in JSON text, counted outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92)
        index += 1; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 || char === 91) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === 125 || char === 93) depth -= 1;
  }
  return deepest;
}

/**
 * A JSON body, held to the size and depth limits, parsed. The depth is checked on the text
 * before parsing, so a deeply nested body costs one scan and no recursion.
 */
export async function readJsonBody(request: Request, limits: BodyLimits): Promise<BodyReading<unknown>> {
  const bytes = await readLimited(request, limits.jsonBytes, "request body");
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.value);
  } catch {
    return { ok: false, error: apiProblem("InvalidRequest", "The request body is not valid UTF-8.") };
  }
  if (jsonDepth(text) > limits.jsonDepth) {
    return {
      ok: false,
      error: apiProblem(
        "InvalidRequest",
        `The JSON body nests deeper than ${limits.jsonDepth} levels, the most this API accepts.`,
      ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      error: apiProblem(
        "InvalidRequest",
        `The request body is not JSON: ${error instanceof Error ? error.message : String(error)}.`,
      ),
    };
  }
}
