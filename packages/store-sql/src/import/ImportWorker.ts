import { parentPort, workerData } from "node:worker_threads";
import { readJsonLines, type ReadOptions } from "@remit/core";
import { checkEntry, type CheckedEntry } from "./CheckedEntry";
import type { FromImportWorker, ImportWorkerSetup, ToImportWorker } from "./ImportWorkerMessages";

// The reading half of an import (see `checkedInWorker`): splits the bytes the import's thread
// sends into lines, parses and validates each, prepares the valid ones for their batch and
// sends them back in input order, a batch per message, at most a few batches ahead of the writer.
const port = parentPort!;
const { options, batchSize, batchesAhead } = workerData as ImportWorkerSetup;

const chunks: (Uint8Array | null)[] = [];
let wake: (() => void) | undefined;
let taken = 0;
let sent = 0;
let consumed = 0;
let preparing = true;
port.on("message", (message: ToImportWorker) => {
  if ("chunk" in message) chunks.push(message.chunk);
  else if ("end" in message) chunks.push(null);
  else {
    taken = message.taken;
    preparing &&= message.preparing;
  }
  wake?.();
});

function nextMessage(): Promise<void> {
  return new Promise((resolve) => {
    wake = () => {
      wake = undefined;
      resolve();
    };
  });
}

async function* received(): AsyncGenerator<Uint8Array> {
  for (;;) {
    // Out of bytes: the import's thread sends more only as it learns what was read.
    if (chunks.length === 0) port.postMessage({ consumed } satisfies FromImportWorker);
    while (chunks.length === 0) await nextMessage();
    const chunk = chunks.shift()!;
    if (chunk === null) return;
    consumed += 1;
    yield chunk;
  }
}

let batch: CheckedEntry[] = [];
async function send(): Promise<void> {
  while (sent - taken >= batchesAhead) await nextMessage();
  port.postMessage({ batch, consumed } satisfies FromImportWorker);
  sent += 1;
  batch = [];
}

for await (const entry of readJsonLines(received(), options satisfies ReadOptions)) {
  batch.push(checkEntry(entry, preparing));
  if (batch.length >= batchSize) await send();
}
if (batch.length > 0) await send();
port.postMessage({ done: true, consumed } satisfies FromImportWorker);
