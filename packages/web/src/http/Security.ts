import type { MiddlewareHandler } from "hono";

/** The content security policy of the API's answers: nothing may load, nothing may frame them. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
/** The reference page at /docs loads its own scripts, styles and the document, from this server only. */
export const DOCS_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'";

/**
 * Security headers on every answer: no sniffing, no framing, no referrer, a strict CSP (the
 * docs page gets its own), and HSTS when the request came over HTTPS.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (context, next) => {
    await next();
    const headers = context.res.headers;
    headers.set("x-content-type-options", "nosniff");
    headers.set("x-frame-options", "DENY");
    headers.set("referrer-policy", "no-referrer");
    headers.set("cross-origin-opener-policy", "same-origin");
    if (!headers.has("content-security-policy")) headers.set("content-security-policy", API_POLICY);
    if (context.req.url.startsWith("https:")) headers.set("strict-transport-security", "max-age=31536000");
  };
}
