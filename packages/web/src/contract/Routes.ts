/**
 * Every operation of the HTTP API by id, with its method and path, as plain data: the typed
 * client imports this table (a few hundred bytes) and takes everything else about an
 * operation — its parameters, body and responses — as types from the contract, so a browser
 * bundle carries no schema. The contract (`Operations.ts`) gives each id its schemas; a type
 * test holds the two tables to the same ids.
 */

/** An HTTP method the API uses. */
export type Method = "get" | "put" | "patch" | "delete" | "post";

/** The path segment of each kind of record: `/activities`, `/discussions`, … */
export const RECORD_PATHS = {
  activity: "activities",
  observation: "observations",
  indicator: "indicators",
  mandate: "mandates",
  session: "sessions",
  thematicDiscussion: "discussions",
  instrument: "instruments",
  body: "bodies",
} as const;

/** The kinds of record, by their own name (core's `EntityKind`). */
export type RecordKind = keyof typeof RECORD_PATHS;

/** How operation ids name each kind: `getActivity`, `listActivities`. */
export const RECORD_NAMES = {
  activity: ["Activity", "Activities"],
  observation: ["Observation", "Observations"],
  indicator: ["Indicator", "Indicators"],
  mandate: ["Mandate", "Mandates"],
  session: ["Session", "Sessions"],
  thematicDiscussion: ["Discussion", "Discussions"],
  instrument: ["Instrument", "Instruments"],
  body: ["Body", "Bodies"],
} as const satisfies Record<RecordKind, readonly [string, string]>;

type Singular<K extends RecordKind> = (typeof RECORD_NAMES)[K][0];
type Plural<K extends RecordKind> = (typeof RECORD_NAMES)[K][1];
type PathOf<K extends RecordKind> = (typeof RECORD_PATHS)[K];

/** The six operations every kind of record has. */
export type RecordRoutes<K extends RecordKind> = {
  readonly [Id in `list${Plural<K>}`]: { readonly method: "get"; readonly path: `/${PathOf<K>}` };
} & {
  readonly [Id in `get${Singular<K>}`]: { readonly method: "get"; readonly path: `/${PathOf<K>}/{id}` };
} & {
  readonly [Id in `put${Singular<K>}`]: { readonly method: "put"; readonly path: `/${PathOf<K>}/{id}` };
} & {
  readonly [Id in `patch${Singular<K>}`]: { readonly method: "patch"; readonly path: `/${PathOf<K>}/{id}` };
} & {
  readonly [Id in `delete${Singular<K>}`]: { readonly method: "delete"; readonly path: `/${PathOf<K>}/{id}` };
} & {
  readonly [Id in `get${Singular<K>}History`]: {
    readonly method: "get";
    readonly path: `/${PathOf<K>}/{id}/history`;
  };
};

function recordRoutes<K extends RecordKind>(kind: K): RecordRoutes<K> {
  const [one, many] = RECORD_NAMES[kind];
  const base = `/${RECORD_PATHS[kind]}`;
  return {
    [`list${many}`]: { method: "get", path: base },
    [`get${one}`]: { method: "get", path: `${base}/{id}` },
    [`put${one}`]: { method: "put", path: `${base}/{id}` },
    [`patch${one}`]: { method: "patch", path: `${base}/{id}` },
    [`delete${one}`]: { method: "delete", path: `${base}/{id}` },
    [`get${one}History`]: { method: "get", path: `${base}/{id}/history` },
  } as RecordRoutes<K>;
}

/** The operations that are not plain record reads and writes. */
const QUERY_ROUTES = {
  getHealth: { method: "get", path: "/healthz" },
  getReadiness: { method: "get", path: "/readyz" },
  getMandateLineage: { method: "get", path: "/mandates/{id}/lineage" },
  getSessionCheck: { method: "get", path: "/sessions/{id}/decision-18-1" },
  listBodySessions: { method: "get", path: "/bodies/{id}/sessions" },
  getInstrumentParties: { method: "get", path: "/instruments/{id}/parties" },
  listCountries: { method: "get", path: "/countries" },
  getReportsDue: { method: "get", path: "/reports-due" },
  getAggregates: { method: "get", path: "/aggregates" },
  countActivities: { method: "get", path: "/activity-counts" },
  getLanguageCompleteness: { method: "get", path: "/languages" },
  getLiveSession: { method: "get", path: "/discussions/{id}/live" },
  postLiveAction: { method: "post", path: "/discussions/{id}/live" },
  streamLiveSession: { method: "get", path: "/discussions/{id}/live/events" },
  explainSymbol: { method: "get", path: "/symbols/{text}" },
  getReport: { method: "get", path: "/reports/{mandate}" },
  getExport: { method: "get", path: "/exports/{format}" },
  postImport: { method: "post", path: "/imports" },
  listTokens: { method: "get", path: "/tokens" },
  createToken: { method: "post", path: "/tokens" },
  revokeToken: { method: "delete", path: "/tokens/{id}" },
} as const;

/** Every operation: method and path by operation id. */
export const ROUTES = {
  ...recordRoutes("activity"),
  ...recordRoutes("observation"),
  ...recordRoutes("indicator"),
  ...recordRoutes("mandate"),
  ...recordRoutes("session"),
  ...recordRoutes("thematicDiscussion"),
  ...recordRoutes("instrument"),
  ...recordRoutes("body"),
  ...QUERY_ROUTES,
};

/** An operation id. */
export type OperationId = keyof typeof ROUTES;
