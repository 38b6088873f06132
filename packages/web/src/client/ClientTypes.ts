import type * as z from "zod";
import type { Operations } from "../contract/Operations";
import type { OperationId } from "../contract/Routes";

type Spec<Id extends OperationId> = Operations[Id];

/** A request body fetch can send: text, bytes, a Blob or a stream. */
export type RequestBody = string | Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;

/** A query's input as a caller writes it: numbers as numbers (the schema coerces them from text). */
type QueryInput<Q extends z.core.$ZodType> = {
  [K in keyof z.input<Q>]: unknown extends z.input<Q>[K] ? z.output<Q>[K & keyof z.output<Q>] : z.input<Q>[K];
};

type ParamsPart<S> = S extends { readonly params: infer P extends z.core.$ZodType }
  ? { readonly params: z.input<P> }
  : unknown;
type QueryPart<S> = S extends { readonly query: infer Q extends z.core.$ZodType }
  ? Record<never, never> extends QueryInput<Q>
    ? { readonly query?: QueryInput<Q> }
    : { readonly query: QueryInput<Q> }
  : unknown;
type BodyPart<S> = S extends { readonly body: { readonly schema: infer B extends z.core.$ZodType } }
  ? { readonly body: z.input<B> }
  : S extends { readonly body: object }
    ? { readonly body: RequestBody; readonly contentType: string }
    : unknown;
type ConditionPart<S> = S extends { readonly conditional: "if-match" }
  ? {
      /** The revision you read: sent as If-Match. A stale one fails with RevisionConflict (412). */
      readonly revision?: number;
      /** Create only: sent as If-None-Match: *. */
      readonly create?: boolean;
    }
  : unknown;

/** What calling an operation takes: its path parameters, query, body and preconditions, typed from the contract. */
export type ClientInput<Id extends OperationId> = ParamsPart<Spec<Id>> &
  QueryPart<Spec<Id>> &
  BodyPart<Spec<Id>> &
  ConditionPart<Spec<Id>> & {
    /** Extra headers (a request id, say). */
    readonly headers?: Readonly<Record<string, string>>;
    readonly signal?: AbortSignal;
  };

/**
 * What an operation answers on success, typed from the contract: the JSON body's parsed
 * type; the Response itself for files (exports, reports as Markdown, HTML or DOCX) so they
 * can be streamed; nothing for 204.
 */
export type ClientOutput<Id extends OperationId> = Spec<Id>["success"] extends { readonly status: 204 }
  ? undefined
  : Spec<Id>["success"] extends { readonly schema: infer R extends z.core.$ZodType }
    ? Spec<Id>["success"] extends { readonly alternatives: readonly string[] }
      ? z.output<R> | Response
      : z.output<R>
    : Response;

/**
 * An error as the API reports it: the same tagged value as core's (`_tag`, `message` and the
 * error's own fields: `problems` of an InvalidRecord, `expected`/`actual` of a
 * RevisionConflict), with the HTTP status and the request id. `NetworkError` when no answer
 * came; `UnexpectedResponse` when the answer was not the API's (a proxy's error page).
 */
export interface ApiError {
  readonly _tag: string;
  readonly message: string;
  readonly status: number;
  readonly requestId?: string;
  readonly [field: string]: unknown;
}

/** The outcome of a call: `{ ok: true, value }` or `{ ok: false, error }`, as every result in Remit. */
export type ClientResult<T> =
  | { readonly ok: true; readonly value: T; readonly status: number; readonly etag?: string }
  | { readonly ok: false; readonly error: ApiError };

/** Inputs that may be left out entirely (no parameter, query or body is required). */
type Call<Id extends OperationId> =
  Record<never, never> extends ClientInput<Id>
    ? (input?: ClientInput<Id>) => Promise<ClientResult<ClientOutput<Id>>>
    : (input: ClientInput<Id>) => Promise<ClientResult<ClientOutput<Id>>>;

/** The typed client: one method per operation of the contract. */
export type RemitClient = { readonly [Id in OperationId]: Call<Id> };
