// Written here, not with write-file-atomic or atomically: both take the whole contents as one
// string or Buffer, and an export streams (1,000,000 activities are 2,550 MiB of IATI XML,
// written in 156 MiB of memory, packages/export/README.md): one Buffer would hold 2,550 MiB,
// one string cannot (V8's longest is 536,870,888 characters). fs-write-stream-atomic 1.0
// streams, but renames without an fsync: after a power cut the name may hold no data.
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { unlinkSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** Where an atomic write puts its bytes, a chunk at a time. */
export interface FileSink {
  readonly write: (chunk: string | Uint8Array) => Promise<void>;
  /** Bytes written so far. */
  readonly bytesWritten: () => number;
}

/**
 * The temporary file of an atomic write: in the target's own folder (a rename across file
 * systems is not atomic), hidden, and unique to this process.
 * @example temporaryPathFor("out/report.docx") // "out/.report.docx.4711.9f2c1a.tmp"
 */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(3).toString("hex")}.tmp`);
}

const pending = new Set<string>();
let cleanupInstalled = false;

/** Removes unfinished temporary files when the process exits early (Ctrl-C, a crash). */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", () => {
    for (const path of pending) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone: nothing to clean.
      }
    }
  });
}

/**
 * Writes a file atomically: everything goes to a temporary file next to the target, which
 * is flushed to disk and then renamed over the target. A reader sees the old file or the
 * whole new one, never half; a failed or interrupted write leaves the target untouched and
 * removes the temporary file.
 * @example await writeFileAtomically("activities.csv", async (sink) => { for (const line of lines) await sink.write(line); });
 */
export async function writeFileAtomically(target: string, write: (sink: FileSink) => Promise<void>): Promise<void> {
  installCleanup();
  const temporary = temporaryPathFor(resolve(target));
  const handle = await open(temporary, "wx");
  pending.add(temporary);
  let written = 0;
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  const flush = async (): Promise<void> => {
    if (bufferedBytes === 0) return;
    const chunk = Buffer.concat(buffered, bufferedBytes);
    buffered = [];
    bufferedBytes = 0;
    await handle.write(chunk);
  };
  const sink: FileSink = {
    write: async (chunk) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      buffered.push(bytes);
      bufferedBytes += bytes.length;
      written += bytes.length;
      if (bufferedBytes >= 1 << 20) await flush();
    },
    bytesWritten: () => written,
  };
  try {
    await write(sink);
    await flush();
    await handle.sync();
    await handle.close();
    await rename(temporary, target);
    pending.delete(temporary);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    pending.delete(temporary);
    throw error;
  }
}
