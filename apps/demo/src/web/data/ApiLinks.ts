import { ROUTES, type OperationId } from "@remit/web/client";

/**
 * The address of a GET operation of the API served beside the app, for a link or a download:
 * `apiHref("getExport", { format: "csv" }, { topic: "cryptocurrency" })` is
 * `/api/exports/csv?topic=cryptocurrency`. Paths come from the client's route table.
 */
export function apiHref(
  operation: OperationId,
  params: Readonly<Record<string, string>>,
  query: Readonly<Record<string, string | undefined>> = {},
): string {
  const path = ROUTES[operation].path.replace(/\{(\w+)\}/g, (_whole, name: string) =>
    encodeURIComponent(params[name] ?? ""),
  );
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  ).toString();
  return `/api${path}${search === "" ? "" : `?${search}`}`;
}
