import type { Indicator } from "@remit/core";
import type { Connection } from "../DialectInfo";

/** The stored indicators, in id order: those of `ids` when given, else every one. */
export async function storedIndicators(connection: Connection, ids?: readonly string[]): Promise<Indicator[]> {
  let rows = connection.selectFrom("records").select("body").where("kind", "=", "indicator");
  if (ids !== undefined) rows = rows.where("id", "in", ids);
  return (await rows.orderBy("id").execute()).map((row) => JSON.parse(row.body) as Indicator);
}
