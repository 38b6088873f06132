import type { InvalidCursor, Language, Store, StoreFailure } from "@remit/core";
import { Effect } from "effect";
import { createServer, type Server } from "node:http";
import { listAll } from "./listAll";
import { reportPages } from "./ReportPages";
import { activitiesSection, page, sessionsSection, walkthroughSection } from "./DemoPages";

/** One file the site serves. */
export interface SitePage {
  readonly type: string;
  readonly body: string | Uint8Array;
}

/**
 * Renders the site from the store once: the demo's data does not change while it serves, so
 * every page is a snapshot held in memory.
 */
export function renderSite(
  language: Language,
  walkthroughLines: readonly string[],
): Effect.Effect<Map<string, SitePage>, StoreFailure | InvalidCursor, Store> {
  return Effect.gen(function* () {
    const sessions = (yield* listAll("session")).map((s) => s.record);
    const activities = (yield* listAll("activity")).map((a) => a.record);
    const html = "text/html; charset=utf-8";
    const body =
      walkthroughSection(walkthroughLines) +
      sessionsSection(sessions, language) +
      activitiesSection(activities, language);
    const pages = yield* reportPages(language);
    pages.set("/", { type: html, body: page("Remit: from mandate to report", body, language) });
    return pages;
  });
}

/** Serves the rendered pages on 127.0.0.1; resolves once listening. */
export function serveSite(pages: ReadonlyMap<string, SitePage>, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const found = pages.get(path);
    if (found === undefined) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      response.end(`No page at ${path}. Try /.`);
      return;
    }
    response.writeHead(200, { "content-type": found.type });
    response.end(found.body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
