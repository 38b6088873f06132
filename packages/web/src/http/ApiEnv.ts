/** What the API's middleware keeps on each request's context. */
export interface ApiEnv {
  Variables: {
    /** The request's id: the caller's X-Request-Id when it is sane, else a new UUID. */
    requestId: string;
    /** Who called (token:NAME or anonymous), for the request log. */
    actor: string;
    /** An unexpected failure, for the request log (never sent to the caller). */
    error: unknown;
  };
}
