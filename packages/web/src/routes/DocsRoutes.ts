import type { Hono } from "hono";
import type { ApiEnv } from "../http/ApiEnv";
import { contentETag, noneMatch } from "../http/Conditional";
import { DOCS_POLICY } from "../http/Security";

/** Reads a file of the reference page (swagger-ui-dist's, served from this server, never a CDN). */
export type DocsAssets = (name: string) => Promise<Uint8Array | undefined>;

const ASSET_TYPES: Readonly<Record<string, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Remit HTTP API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<main id="reference"></main>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/start.js"></script>
</body>
</html>
`;

// No validator badge (it would call a server elsewhere); try-it-out sends requests to this server only.
const START = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#reference", validatorUrl: "none", deepLinking: true, tryItOutEnabled: false });\n`;

/**
 * `/openapi.json` (the contract, computed once) and `/docs`, a reference page whose every
 * asset this server serves: the page, swagger-ui-dist's script and style, and a start script
 * (no inline script, so the page runs under a strict CSP).
 */
export function bindDocs(app: Hono<ApiEnv>, document: () => string, assets: DocsAssets | undefined): void {
  app.get("/openapi.json", (context) => {
    const text = document();
    const etag = contentETag(text);
    const headers = { etag, "cache-control": "public, max-age=300", "access-control-allow-origin": "*" };
    if (noneMatch(context.req.header("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return new Response(text, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  });
  const html = (body: string, type: string) =>
    new Response(body, {
      headers: {
        "content-type": type,
        "cache-control": "public, max-age=3600",
        "content-security-policy": DOCS_POLICY,
      },
    });
  app.get("/docs", () => html(PAGE, "text/html; charset=utf-8"));
  app.get("/docs/start.js", () => html(START, "text/javascript; charset=utf-8"));
  app.get("/docs/:asset", async (context) => {
    const name = context.req.param("asset");
    const type = ASSET_TYPES[name];
    const bytes = type === undefined || assets === undefined ? undefined : await assets(name);
    if (bytes === undefined || type === undefined) return context.notFound();
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": type, "cache-control": "public, max-age=86400" },
    });
  });
}
