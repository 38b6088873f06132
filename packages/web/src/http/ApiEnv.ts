/** What the API's middleware keeps on each request's context. */
export interface ApiEnv {
  Variables: {
    /** The request's id: the caller's X-Request-Id when it is sane, else a new UUID. */
    requestId: string;
    /** Who called (token:NAME or anonymous), for the request log. */
    actor: string;
    /** An unexpected failure, for the request log (never sent to the caller). */
    error: unknown;
    /**
     * Set when the handler's answer already carries every header the middleware would add
     * (security headers, request id, Vary) and is encoded as the caller accepts: the
     * middleware then leaves it alone. On Node, opening a light Response's headers makes a
     * full Headers object, which costs more than the rest of serving a kept answer.
     */
    answerComplete: boolean;
  };
}
