import type { CliContext } from "../command/CliContext";
import { boldWhen } from "./Bold";
import { renderPlain, renderTable, type Table } from "./Table";

/**
 * A table as this run prints it: on a terminal aligned to its width, the heading bold where
 * colours are wanted; on a pipe tab-separated lines (`renderPlain`).
 */
export function tableLines(context: Pick<CliContext, "output" | "columns" | "color">, table: Table): string[] {
  return context.output === "plain" ? renderPlain(table) : renderTable(table, context.columns, boldWhen(context.color));
}
