import { AccessTokens, InMemoryStore } from "@remit/core";
import { timeFuzzInput } from "@remit/core/testing";
import { seedStoreWith } from "@remit/dataset";
import { Effect, Layer } from "effect";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION, createApi, issueToken, openApiDocument, type RemitApi } from "../src";

// Every operation of the API, fed generated and mutated path segments, query strings and
// bodies: no answer may be a 5xx, none may take a second (a read is timed again when it does,
// see `timeFuzzInput`), and every refusal must be a problem document that says what is wrong
// (and, for a body, where). `pnpm fuzz` runs 10,000 requests and prints the figures; the
// normal suite runs a few hundred.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SLOW_MS = 1000;

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly query: readonly string[];
  readonly body: boolean;
}

type JsonObject = Record<string, unknown>;

/** The operations the document lists, but the live event streams (they answer for as long as one listens). */
function operationsOf(document: JsonObject): Operation[] {
  const paths = document.paths as Record<string, Record<string, JsonObject>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) => {
      if (JSON.stringify(operation.responses ?? {}).includes("text/event-stream")) return [];
      const parameters = (operation.parameters ?? []) as { name: string; in: string }[];
      return [
        {
          method: method.toUpperCase(),
          path,
          query: parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name),
          body: operation.requestBody !== undefined,
        },
      ];
    }),
  );
}

/** Values an integrator or an attacker might send: real ones, near misses, and noise. */
const VALID_VALUES = [
  "A/RES/74/173",
  "act-2020-cybercrime-mentors",
  "ccpcj-30",
  "2020",
  "2020-06/2021",
  "AUT",
  "419",
  "start:desc",
  "50",
  "csv",
  "ru",
  "cybercrime",
];
const arbitraryValue = fc.oneof(
  fc.constantFrom(...VALID_VALUES),
  fc
    .constantFrom(...VALID_VALUES)
    .chain((value) =>
      fc
        .tuple(fc.nat(value.length), fc.string({ maxLength: 3 }))
        .map(([at, noise]) => value.slice(0, at) + noise + value.slice(at)),
    ),
  fc.string({ maxLength: 40, unit: "binary" }),
  fc.constantFrom("", " ", "-1", "0", "1e309", "NaN", "%00", "../../etc/passwd", "{}", "[]", "a".repeat(5000)),
);

const VALID_BODY = {
  id: "act-fuzz",
  title: { en: "Fuzzed activity" },
  kind: "training",
  period: { start: "2020" },
};
const arbitraryBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .record({
      key: fc.constantFrom(...Object.keys(VALID_BODY), "extra", "__proto__"),
      value: fc.jsonValue({ maxDepth: 2 }),
    })
    .map(({ key, value }) => JSON.stringify({ ...VALID_BODY, [key]: value })),
  fc.string({ maxLength: 200, unit: "binary" }),
  fc.constant("[".repeat(100)),
);

function fillPath(path: string, segment: string): string {
  return path.replace(/\{[^}]+\}/gu, encodeURIComponent(segment));
}

const figures = { requests: 0, ok: 0, refused: 0, slowestMs: 0, byStatus: new Map<number, number>() };

describe("the API under generated and mutated requests", () => {
  let api: RemitApi;
  let editor = "";
  const operations = operationsOf(openApiDocument({ version: API_VERSION }));

  beforeAll(async () => {
    const issued = await issueToken({ name: "fuzz-editor", role: "admin", by: "fuzz", at: new Date() });
    editor = issued.secret;
    const store = InMemoryStore.layer().pipe(
      Layer.tap((context) =>
        Effect.gen(function* () {
          yield* seedStoreWith({ actor: "fuzz seed" });
          yield* (yield* AccessTokens).add(issued.token);
        }).pipe(Effect.provide(context), Effect.asVoid),
      ),
    );
    api = createApi({ store, auth: { publicReads: true } });
    // The store is built and seeded on the first request: not a fuzzed request's time.
    expect((await api.request("http://127.0.0.1/readyz")).status).toBe(200);
  });
  afterAll(async () => {
    await api?.close();
    if (process.env.FUZZ_RUNS === undefined) return;
    const statuses = [...figures.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
    console.log(
      `API fuzz: ${figures.requests} requests over ${operations.length} operations; ${figures.ok} answered, ${figures.refused} refused (${statuses.join(" ")}); 0 5xx; slowest ${figures.slowestMs.toFixed(1)} ms`,
    );
  });

  it("every operation is reached", () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it("no request gets a 5xx, takes a second, or is refused without saying what is wrong", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        arbitraryValue,
        fc.array(fc.tuple(fc.nat(), arbitraryValue), { maxLength: 4 }),
        arbitraryBody,
        fc.boolean(),
        async (operation, segment, queryValues, body, signedIn) => {
          const query = new URLSearchParams();
          for (const [index, value] of queryValues) {
            const name = operation.query[index % Math.max(operation.query.length, 1)] ?? "unknown";
            query.append(name, value);
          }
          const url = `http://127.0.0.1${fillPath(operation.path, segment)}${query.size > 0 ? `?${query.toString()}` : ""}`;
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (signedIn) headers.authorization = `Bearer ${editor}`;
          if (operation.method === "PUT" || operation.method === "PATCH" || operation.method === "DELETE") {
            headers["if-match"] = '"1"';
          }
          const ask = async () => {
            const answer = await api.request(url, {
              method: operation.method,
              headers,
              ...(operation.body ? { body } : {}),
            });
            return { response: answer, text: await answer.text() };
          };
          // Only a request that changes nothing may be timed again: a repeated write would be
          // refused (its If-Match no longer holds) and timed on another path.
          const safe = operation.method === "GET" || operation.method === "HEAD";
          const {
            value: { response, text },
            ms,
          } = await timeFuzzInput(ask, safe ? SLOW_MS : Number.POSITIVE_INFINITY);
          figures.requests += 1;
          figures.slowestMs = Math.max(figures.slowestMs, ms);
          figures.byStatus.set(response.status, (figures.byStatus.get(response.status) ?? 0) + 1);
          const where = `${operation.method} ${url}`;
          expect(response.status, `${where}: ${text.slice(0, 300)}`).toBeLessThan(500);
          expect(ms, `${where} took ${ms.toFixed(0)} ms`).toBeLessThan(SLOW_MS);
          if (response.status < 400 || response.status === 304) {
            figures.ok += 1;
            return;
          }
          figures.refused += 1;
          expect(response.headers.get("content-type") ?? "", where).toContain("application/problem+json");
          const problem = JSON.parse(text) as { detail?: string; _tag?: string; problems?: { path?: unknown }[] };
          expect(problem.detail?.length ?? 0, where).toBeGreaterThan(0);
          expect(problem._tag, where).toBeTypeOf("string");
          for (const found of problem.problems ?? []) expect(Array.isArray(found.path), where).toBe(true);
        },
      ),
      { numRuns: RUNS, ...(process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) }) },
    );
  }, 600_000);
});
