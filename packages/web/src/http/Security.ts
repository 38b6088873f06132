import type { MiddlewareHandler } from "hono";
import type { ApiEnv } from "./ApiEnv";

/** The content security policy of the API's answers: nothing may load, nothing may frame them. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
/** The reference page at /docs loads its own scripts, styles and the document, from this server only. */
export const DOCS_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'";

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

/** The security headers of an API answer to a request for `url` (HSTS only over HTTPS). */
export function apiSecurityHeaders(url: string): Record<string, string> {
  return url.startsWith("https:")
    ? { ...SECURITY_HEADERS, "content-security-policy": API_POLICY, "strict-transport-security": "max-age=31536000" }
    : { ...SECURITY_HEADERS, "content-security-policy": API_POLICY };
}

/**
 * Security headers on every answer: no sniffing, no framing, no referrer, a strict CSP (the
 * docs page gets its own), and HSTS when the request came over HTTPS. An answer the handler
 * built complete (`answerComplete`) already carries them.
 */
export function securityHeaders(): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    await next();
    if (context.get("answerComplete") === true) return;
    const headers = context.res.headers;
    for (const [name, value] of Object.entries(apiSecurityHeaders(context.req.url))) {
      if (name !== "content-security-policy" || !headers.has(name)) headers.set(name, value);
    }
  };
}
