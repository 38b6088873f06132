import { isStoreError, pullingRecords } from "@remit/core";
import { Effect } from "effect";
import { ioFailure, usageError } from "../failure/CliFailure";
import { writeFileAtomically } from "../output/AtomicFile";
import { writeStdout } from "../output/Stdout";
import { cliMessage } from "../messages/CliMessage";

/** What a command writes: text or bytes, whole or in chunks. */
export type Output = string | Uint8Array | AsyncIterable<string | Uint8Array>;

async function* chunksOf(output: Output): AsyncGenerator<string | Uint8Array> {
  if (typeof output === "string" || output instanceof Uint8Array) yield output;
  else yield* output;
}

/**
 * Writes a command's output to `-o FILE` atomically (a temporary file in the same folder,
 * renamed when complete: an interrupted export never leaves half a file under the name), or
 * to stdout when no file is given. Binary output (XLSX, DOCX) is refused on a terminal.
 * Returns the number of bytes written. A store that fails while the output is read from it
 * fails the write with its own tagged error.
 */
export function writeOutput(
  file: string | undefined,
  output: Output,
  options: { readonly binary: boolean; readonly format: string },
) {
  return Effect.gen(function* () {
    if (file !== undefined && file.trim() === "") {
      return yield* Effect.fail(usageError(cliMessage("cli.outputName", {})));
    }
    if (file === undefined || file === "-") {
      if (options.binary && process.stdout.isTTY === true) {
        return yield* Effect.fail(usageError(cliMessage("cli.binaryToStdout", { format: options.format })));
      }
      return yield* pullingRecords(async () => {
        let bytes = 0;
        for await (const chunk of chunksOf(output)) {
          bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
          await writeStdout(chunk);
        }
        return bytes;
      });
    }
    let written = 0;
    yield* Effect.tryPromise({
      try: () =>
        writeFileAtomically(file, async (sink) => {
          for await (const chunk of chunksOf(output)) await sink.write(chunk);
          written = sink.bytesWritten();
        }),
      // Output read from the store as it is written fails with the store's error, not the file's.
      catch: (cause) => (isStoreError(cause) ? cause : ioFailure("write", file, cause)),
    });
    return written;
  });
}
