import { createGzip } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pacedTransform } from "../src/node/PacedTransform";

/** A body of `count` chunks of 64 KiB that gzip cannot shrink, counting how many were asked for. */
function countedBody(count: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === count) return controller.close();
        pulled += 1;
        const chunk = new Uint8Array(64 * 1024);
        for (let offset = 0; offset < chunk.length; offset += 65_536)
          crypto.getRandomValues(chunk.subarray(offset, offset + 65_536));
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 1 },
  );
  return { body, pulled: () => pulled };
}

describe("compressing an answer at the reader's pace", () => {
  it("asks the body for a few chunks while nobody reads, and for all of them once read", async () => {
    const { body, pulled } = countedBody(200);
    const reader = body.pipeThrough(pacedTransform(createGzip())).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulled()).toBeLessThan(10);
    let bytes = 0;
    for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
    expect(pulled()).toBe(200);
    expect(bytes).toBeGreaterThan(200 * 64 * 1024 * 0.9);
  });
});
