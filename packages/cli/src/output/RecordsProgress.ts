import type { CliContext } from "../command/CliContext";
import { sayPlain } from "../messages/CliMessage";
import { progressBar, type ProgressBar } from "./ProgressBar";

/**
 * A progress bar that counts records under `label`, drawn only when the run draws progress
 * (stderr is a terminal and --quiet is off): import, validate, export, report, backup, restore.
 */
export function recordsProgress(context: Pick<CliContext, "language" | "progress">, label: string): ProgressBar {
  return progressBar(label, { enabled: context.progress, unit: sayPlain(context.language, "progress.records") });
}
