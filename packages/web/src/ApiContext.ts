import type { AccessTokens, ReportContentFor, Store } from "@remit/core";
import type { ManagedRuntime } from "effect";
import type { AuthSettings } from "./auth/Caller";
import type { AnswerMemo } from "./http/AnswerMemo";
import type { GenerationReads } from "./http/GenerationReads";
import type { BodyLimits } from "./http/JsonBody";
import type { Compressors } from "./http/Compression";

/** The services every handler may use. */
export type ApiServices = Store | AccessTokens;

/** What the operations share: the one runtime, the clock, the settings. */
export interface ApiContext {
  readonly runtime: ManagedRuntime.ManagedRuntime<ApiServices, unknown>;
  readonly clock: () => Date;
  readonly auth: AuthSettings;
  readonly limits: BodyLimits;
  readonly version: string;
  /** Answers of reads kept by store generation (see `keptByGeneration`). */
  readonly memo: AnswerMemo;
  /** The store's generation, read once for the requests that arrive together (see `GenerationReads`). */
  readonly generations: GenerationReads<unknown>;
  /** The encodings answers may be compressed in (kept answers are compressed once per encoding). */
  readonly compressors: Compressors;
  /** The content of each mandate's report, by mandate id (see `ApiOptions`). */
  readonly reportContent: ReportContentFor;
}
