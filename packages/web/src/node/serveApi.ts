import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { constants, createBrotliCompress, createGzip } from "node:zlib";
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createApi, type ApiOptions, type RemitApi } from "../createApi";
import type { Compressor } from "../http/Compression";
import type { DocsAssets } from "../routes/DocsRoutes";
import { pacedTransform } from "./PacedTransform";

/** Brotli at quality 4: most of the size gain of higher levels at a fraction of their CPU, for answers made on each request. */
const brotli: Compressor = () =>
  pacedTransform(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }));

/**
 * Gzip from zlib, paced like brotli: Node 20's `CompressionStream` (the platform gzip) has the
 * same gap in its backpressure as `Duplex.toWeb`.
 */
const gzip: Compressor = () => pacedTransform(createGzip());

/** The reference page's files, from the swagger-ui-dist package installed beside this one. */
const swaggerAssets: DocsAssets = async (name) => {
  const folder = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  try {
    return new Uint8Array(await readFile(join(folder, name)));
  } catch {
    return undefined;
  }
};

/** `createApi`'s options with what Node adds: brotli, a paced gzip and the reference page's assets. */
export function nodeApiOptions(options: ApiOptions): ApiOptions {
  return { compressors: { br: brotli, gzip }, docsAssets: swaggerAssets, ...options };
}

/** Where to listen. */
export interface ServeOptions extends ApiOptions {
  /** Default 4310; 0 picks a free port (tests). */
  readonly port?: number;
  /** Default 127.0.0.1: only this machine. Set 0.0.0.0 to serve a network, behind TLS. */
  readonly host?: string;
}

/** A running API: its address, the app, and `close` (stops listening, then closes the store). */
export interface RunningApi {
  readonly url: string;
  readonly port: number;
  readonly api: RemitApi;
  readonly close: () => Promise<void>;
}

/**
 * Starts the API on Node's HTTP server. Resolves once it listens.
 * @example
 * const running = await serveApi({ store: SqliteStore.layer({ path: "remit.db" }), auth: { publicReads: true } });
 * console.log(running.url); // http://127.0.0.1:4310
 */
export function serveApi(options: ServeOptions): Promise<RunningApi> {
  const api = createApi(nodeApiOptions(options));
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: api.fetch, port: options.port ?? 4310, hostname: host }, (info: AddressInfo) => {
      const shownHost = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        api,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive sockets would hold close() open until their timeout.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }).then(() => api.close()),
      });
    });
    server.once("error", reject);
  });
}
