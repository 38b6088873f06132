import type { MiddlewareHandler } from "hono";
import type { ApiEnv } from "./ApiEnv";

/** Makes a compressing stream: gzip from the platform, brotli where the runtime has one (see `@remit/web/node`). */
export type Compressor = () => TransformStream<Uint8Array, Uint8Array>;

/** The encodings the API may use, best first. */
export interface Compressors {
  readonly br?: Compressor;
  readonly gzip?: Compressor;
}

// An event stream is never compressed: a compressor holds back each event until its buffer fills.
const COMPRESSIBLE =
  /^(application\/(json|problem\+json|x-ndjson|xml|merge-patch\+json)|text\/(?!event-stream)|image\/svg)/;
/** Answers smaller than this go uncompressed: the saving would not pay for the work. */
export const MIN_COMPRESSED_BYTES = 1024;

/** The platform's gzip (`CompressionStream`, in browsers, Node ≥ 18, Deno, Bun, workers). */
export const platformGzip: Compressor = () => new CompressionStream("gzip");

function accepts(header: string, encoding: string): boolean {
  return header.split(",").some((part) => {
    const [name, ...parameters] = part.trim().toLowerCase().split(";");
    if (name !== encoding && name !== "*") return false;
    const q = parameters
      .map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1])
      .find((value) => value !== undefined);
    return q === undefined || Number(q) > 0;
  });
}

/** The best encoding the caller accepts (`Accept-Encoding`) among the compressors, if any. */
export function chooseEncoding(accepted: string, compressors: Compressors): "br" | "gzip" | undefined {
  return (["br", "gzip"] as const).find((name) => compressors[name] !== undefined && accepts(accepted, name));
}

/** The whole of `bytes` compressed (for answers that are kept and sent again, compressed once). */
export async function compressWhole(
  bytes: Uint8Array<ArrayBuffer>,
  compressor: Compressor,
): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = new Response(new Blob([bytes]).stream().pipeThrough(compressor()));
  return new Uint8Array(await compressed.arrayBuffer());
}

/**
 * Compresses text answers (JSON, CSV, XML, Markdown, HTML, calendars) with brotli or gzip, as
 * the caller accepts, streaming: an export is compressed as it is produced. Small bodies
 * (under 1 KB, when their size is known) and binary formats (XLSX, DOCX are already zipped)
 * go as they are.
 */
export function compression(compressors: Compressors): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    await next();
    if (context.get("answerComplete") === true) return;
    const response = context.res;
    const accepted = context.req.header("accept-encoding") ?? "";
    const type = response.headers.get("content-type") ?? "";
    const length = response.headers.get("content-length");
    if (response.headers.has("content-encoding") || !COMPRESSIBLE.test(type)) return;
    if (length !== null && Number(length) < MIN_COMPRESSED_BYTES) return;
    const encoding = chooseEncoding(accepted, compressors);
    // `response.body` is read only when compressing: on Node, reading it turns the server's
    // light Response (a string, written in one go) into a stream read chunk by chunk.
    if (encoding !== undefined && response.body !== null) {
      const make = compressors[encoding] as Compressor;
      // Hono copies the old response's headers onto the new one: adjust them after the swap.
      context.res = new Response(response.body.pipeThrough(make()), {
        status: response.status,
        headers: new Headers(response.headers),
      });
      context.res.headers.set("content-encoding", encoding);
      context.res.headers.delete("content-length");
    }
    const vary = context.res.headers.get("vary");
    context.res.headers.set("vary", vary === null ? "Accept-Encoding" : `${vary}, Accept-Encoding`);
  };
}
