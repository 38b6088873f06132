import { serve } from "@hono/node-server";
import { reportContentFor } from "@remit/dataset";
import { nodeApiOptions } from "@remit/web/node";
import { createApi } from "@remit/web";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import { readStatic } from "./StaticFiles";
import type { DemoConfig } from "./DemoConfig";
import { demoStoreLayer } from "./DemoStore";

/**
 * The app's policy: scripts, styles, fonts and data from this server only. Styles set from
 * script through the CSSOM (chart bar widths) are not inline styles and need no exception.
 */
const APP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const LANGUAGE_PATH = /^\/(ar|zh|en|fr|ru|es)(\/|$)/;

/** The running demo site: its address and how to stop it (server first, then the store). */
export interface RunningDemo {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/**
 * The demo's site: the HTTP API of `@remit/web` under `/api` (public reads, editor token for
 * writes, the dataset's report content), the built single-page app at `/{lang}/…`, and `/` sending a visitor to the
 * language their browser asks for.
 */
export function demoApp(config: DemoConfig) {
  const api = createApi(
    nodeApiOptions({
      store: demoStoreLayer(config.database),
      auth: { publicReads: true },
      // The report page shows the 2021 report whole, as `remit report` writes it: its outline, templates
      // and ¶6 and ¶37–39 are the dataset's content for GA 74/173; other mandates have no report here.
      reportContent: reportContentFor,
    }),
  );
  const app = new Hono();
  app.route("/api", api);
  app.get("/", (context) => {
    const wanted = (context.req.header("accept-language") ?? "en").toLowerCase();
    const language =
      ["ar", "zh", "fr", "ru", "es"].find((code) => wanted.startsWith(code) || wanted.includes(`,${code}`)) ?? "en";
    return context.redirect(`/${language}/`, 302);
  });
  app.get("*", async (context) => {
    const path = new URL(context.req.url).pathname;
    const file = await readStatic(config.webRoot, path);
    const page = file ?? (LANGUAGE_PATH.test(path) ? await readStatic(config.webRoot, "/index.html") : undefined);
    if (page === undefined)
      return context.text(`No page at ${path}. The app is at /en/ (or /ar/, /zh/, /fr/, /ru/, /es/).`, 404);
    return new Response(new Blob([page.body]), {
      headers: {
        "content-type": page.type,
        "cache-control": page.immutable ? "public, max-age=31536000, immutable" : "no-cache",
        "content-security-policy": APP_POLICY,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
      },
    });
  });
  return { app, api };
}

/** Serves the demo on 127.0.0.1 at `config.port`; resolves once it listens. */
export function serveDemo(config: DemoConfig): Promise<RunningDemo> {
  const { app, api } = demoApp(config);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }).then(() => api.close()),
      });
    });
    server.once("error", reject);
  });
}
