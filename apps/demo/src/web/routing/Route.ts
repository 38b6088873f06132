import { LANGUAGES, type Language } from "@remit/core";

/** One page of the app, each with a path of its own under the language. */
export type Page =
  | "dashboard"
  | "activities"
  | "activity"
  | "edit"
  | "mandates"
  | "mandate"
  | "sessions"
  | "session"
  | "report"
  | "exports"
  | "sign-in"
  | "live"
  | "projector";

/** Where the reader is: language, page, the record it shows, and the query (filters, period). */
export interface Route {
  readonly language: Language;
  readonly page: Page;
  readonly id?: string;
  readonly query: URLSearchParams;
}

const SEGMENT_OF: Readonly<Record<Page, string>> = {
  dashboard: "",
  activities: "activities",
  activity: "activities",
  edit: "edit",
  mandates: "mandates",
  mandate: "mandates",
  sessions: "sessions",
  session: "sessions",
  report: "report",
  exports: "exports",
  "sign-in": "sign-in",
  live: "live",
  projector: "projector",
};

const WITH_ID: Readonly<Record<string, Page>> = {
  activities: "activity",
  mandates: "mandate",
  sessions: "session",
  live: "live",
  projector: "projector",
};
const WITHOUT_ID: Readonly<Record<string, Page>> = {
  "": "dashboard",
  activities: "activities",
  mandates: "mandates",
  sessions: "sessions",
  report: "report",
  exports: "exports",
  edit: "edit",
  "sign-in": "sign-in",
};

/** Reads a location (`/ar/activities/act-1?x=y`); undefined when it names no page. */
export function parseRoute(pathname: string, search: string): Route | undefined {
  const [, lang = "", segment = "", ...rest] = pathname.split("/");
  if (!(LANGUAGES as readonly string[]).includes(lang)) return undefined;
  const language = lang as Language;
  const query = new URLSearchParams(search);
  const id = rest
    .filter((part) => part !== "")
    .map(decodeURIComponent)
    .join("/");
  if (id !== "") {
    const page = segment === "edit" ? "edit" : WITH_ID[segment];
    return page === undefined ? undefined : { language, page, id, query };
  }
  const page = WITHOUT_ID[segment];
  return page === undefined ? undefined : { language, page, query };
}

/** The path of a page: `hrefOf({ language: "ar", page: "activity", id: "act-1" })` is `/ar/activities/act-1`. */
export function hrefOf(route: {
  readonly language: Language;
  readonly page: Page;
  readonly id?: string | undefined;
  readonly query?: URLSearchParams | Readonly<Record<string, string | undefined>>;
}): string {
  const segment = SEGMENT_OF[route.page];
  const id = route.id === undefined ? "" : `/${encodeURIComponent(route.id)}`;
  const base = segment === "" ? `/${route.language}/` : `/${route.language}/${segment}${id}`;
  const query =
    route.query instanceof URLSearchParams
      ? route.query
      : new URLSearchParams(
          Object.entries(route.query ?? {}).filter(
            (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "",
          ),
        );
  const text = query.toString();
  return text === "" ? base : `${base}?${text}`;
}
