import type { Transform } from "node:stream";

/**
 * A Node transform (zlib's brotli) as a web TransformStream that passes the socket's pace back
 * to whatever produces the body: a chunk goes in only once the transform has taken the one
 * before, and not while its output waits unread. (`Duplex.toWeb` on Node 20 let an export be
 * pulled as fast as it was made and held it compressed-to-be in memory: 346 MB of buffers for
 * an export of 337 MB.)
 */
export function pacedTransform(node: Transform): TransformStream<Uint8Array, Uint8Array> {
  let output: TransformStreamDefaultController<Uint8Array> | undefined;
  node.on("data", (chunk: Buffer) => {
    try {
      output?.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } catch {
      // The reader went away (the client disconnected): nothing is waiting for the output.
      node.destroy();
    }
  });
  return new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      output = controller;
    },
    transform(chunk) {
      return new Promise<void>((resolve, reject) =>
        node.write(chunk, (error) => (error === undefined || error === null ? resolve() : reject(error))),
      );
    },
    flush() {
      return new Promise<void>((resolve, reject) => {
        node.once("end", resolve);
        node.once("error", reject);
        node.end();
      });
    },
  });
}
