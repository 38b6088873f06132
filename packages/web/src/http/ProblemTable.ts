/**
 * The one table from error tags to HTTP statuses (as tRPC's `getHTTPStatusCode`): core's
 * tagged errors and the API's own. A tag not listed is a 500: an error the API does not
 * expect, reported without its details.
 */
export const STATUS_OF_TAG: Readonly<Record<string, number>> = {
  // the request itself
  InvalidRequest: 400,
  InvalidCursor: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotAcceptable: 406,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  PreconditionRequired: 428,
  // records and the store
  NotFound: 404,
  MandateNotFound: 404,
  ObligationNotFound: 404,
  NoReportRequested: 404,
  NothingToReport: 404,
  // The mandate exists but this server knows no report outline for it: no such report here, as NoReportRequested.
  NoReportContent: 404,
  // The report's content has no templates in the language asked for: no such report here either.
  NoReportTemplates: 404,
  AccessTokenNotFound: 404,
  RevisionConflict: 412,
  AccessTokenNameTaken: 409,
  LiveActionRefused: 409,
  InvalidRecord: 422,
  InvalidBody: 422,
  ImportRejected: 422,
  InvalidMandateReference: 422,
  InvalidSymbol: 422,
  InvalidCitation: 422,
  InvalidPeriod: 422,
  LineageNotFound: 404,
  StoreFailure: 503,
};

/** The status for an error tag. */
export function statusOfTag(tag: string): number {
  return STATUS_OF_TAG[tag] ?? 500;
}

/** The standard title of each status a problem may have. */
export const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  406: "Not Acceptable",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  428: "Precondition Required",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
