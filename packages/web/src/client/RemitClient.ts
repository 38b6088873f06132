import { ROUTES, type OperationId } from "../contract/Routes";
import type { ApiError, ClientResult, RemitClient, RequestBody } from "./ClientTypes";

/** How to reach the API. */
export interface ClientOptions {
  /** The API's base URL, e.g. `http://127.0.0.1:4310` (or `/api` in a page served beside it). */
  readonly baseUrl: string;
  /** A bearer token (from `remit token create`), or a function returning the current one. */
  readonly token?: string | (() => string | undefined);
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
}

interface AnyInput {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly revision?: number;
  readonly create?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

const JSON_TYPE = /^application\/(.+\+)?json/;

function urlOf(baseUrl: string, path: string, input: AnyInput): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(input.params?.[name] ?? ""));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(input.query ?? {}))
    if (value !== undefined) search.set(name, typeof value === "string" ? value : JSON.stringify(value));
  const query = search.toString();
  return `${baseUrl.replace(/\/$/, "")}${filled}${query === "" ? "" : `?${query}`}`;
}

async function errorOf(response: Response): Promise<ApiError> {
  const type = response.headers.get("content-type") ?? "";
  if (type.startsWith("application/problem+json")) {
    const problem = (await response.json()) as Record<string, unknown>;
    const { type: _type, title: _title, detail, status, instance: _instance, ...fields } = problem;
    return {
      ...fields,
      _tag: typeof fields._tag === "string" ? fields._tag : "UnexpectedResponse",
      message: typeof detail === "string" ? detail : "",
      status: typeof status === "number" ? status : response.status,
    };
  }
  return {
    _tag: "UnexpectedResponse",
    message: `The server answered ${response.status} ${response.statusText} with ${type || "no content type"}, not the API's problem+json.`,
    status: response.status,
  };
}

/**
 * A typed client of the Remit API: one method per operation, parameters and answers typed
 * from the contract (nothing written by hand), errors as the same tagged values as core's.
 * Uses fetch, so it runs in browsers and on Node ≥ 20; it carries no schema and no Effect.
 * @example
 * const remit = createClient({ baseUrl: "http://127.0.0.1:4310", token: process.env.REMIT_TOKEN });
 * const got = await remit.getActivity({ params: { id: "act-2020-guatemala-campaign" } });
 * if (got.ok) await remit.patchActivity({ params: { id: got.value.record.id }, body: { status: "completed" }, revision: got.value.revision });
 */
export function createClient(options: ClientOptions): RemitClient {
  const fetcher = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const call = async (id: OperationId, input: AnyInput = {}): Promise<ClientResult<unknown>> => {
    const route = ROUTES[id];
    const headers = new Headers(input.headers);
    const token = typeof options.token === "function" ? options.token() : options.token;
    if (token !== undefined) headers.set("authorization", `Bearer ${token}`);
    if (input.revision !== undefined) headers.set("if-match", `"${input.revision}"`);
    if (input.create === true) headers.set("if-none-match", "*");
    let body: RequestBody | undefined;
    if (input.body !== undefined) {
      if (input.contentType !== undefined) {
        headers.set("content-type", input.contentType);
        body = input.body as RequestBody;
      } else {
        headers.set("content-type", route.method === "patch" ? "application/merge-patch+json" : "application/json");
        body = JSON.stringify(input.body);
      }
    }
    let response: Response;
    try {
      response = await fetcher(urlOf(options.baseUrl, route.path, input), {
        method: route.method.toUpperCase(),
        headers,
        ...(body === undefined ? {} : { body }),
        ...(input.signal === undefined ? {} : { signal: input.signal }),
      });
    } catch (error) {
      return {
        ok: false,
        error: {
          _tag: "NetworkError",
          message: `No answer from ${options.baseUrl}: ${error instanceof Error ? error.message : String(error)}`,
          status: 0,
        },
      };
    }
    if (!response.ok) return { ok: false, error: await errorOf(response) };
    const etag = response.headers.get("etag") ?? undefined;
    const meta = { status: response.status, ...(etag === undefined ? {} : { etag }) };
    if (response.status === 204) return { ok: true, value: undefined, ...meta };
    if (JSON_TYPE.test(response.headers.get("content-type") ?? ""))
      return { ok: true, value: await response.json(), ...meta };
    return { ok: true, value: response, ...meta };
  };
  return Object.fromEntries(
    (Object.keys(ROUTES) as OperationId[]).map((id) => [id, (input?: AnyInput) => call(id, input)]),
  ) as unknown as RemitClient;
}
