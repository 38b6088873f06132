import { Effect } from "effect";

/**
 * Writes text or bytes to stdout and waits while the pipe is full, so printing a million
 * records to `| gzip` holds them in the pipe, not in memory.
 */
export function writeStdout(chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (chunk.length === 0) return resolve();
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

/** Prints lines on stdout, each ended by a newline. */
export function printLines(lines: readonly string[]): Effect.Effect<void> {
  return Effect.promise(() => writeStdout(lines.length === 0 ? "" : `${lines.join("\n")}\n`));
}

/** Prints one JSON document on stdout, indented for people and stable for scripts. */
export function printJson(value: unknown): Effect.Effect<void> {
  return Effect.promise(() => writeStdout(`${JSON.stringify(value, null, 2)}\n`));
}

/** Prints JSON Lines on stdout: each value compact on its own line. */
export function printJsonLines(values: Iterable<unknown>): Effect.Effect<void> {
  return Effect.promise(async () => {
    let batch = "";
    for (const value of values) {
      batch += `${JSON.stringify(value)}\n`;
      if (batch.length > 65_536) {
        await writeStdout(batch);
        batch = "";
      }
    }
    await writeStdout(batch);
  });
}

/** Prints a line on stderr: summaries, notes and problems, never data. */
export function printNote(line: string): Effect.Effect<void> {
  return Effect.sync(() => {
    process.stderr.write(`${line}\n`);
  });
}

/**
 * Stops quietly when the reader of stdout goes away (`remit list | head`): an EPIPE is the
 * reader saying it has enough, not an error.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
