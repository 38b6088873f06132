/**
 * `@remit/web/node`: the API on Node's HTTP server (`@hono/node-server`), with brotli from
 * `node:zlib` and the reference page's assets read from swagger-ui-dist.
 * @module
 */
export { serveApi, nodeApiOptions, type ServeOptions, type RunningApi } from "./serveApi";
