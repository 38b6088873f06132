import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatBytes, readableChunks, textChunks, withoutBom, type ByteChunks } from "./ByteChunks";

async function joined(chunks: ByteChunks): Promise<number[]> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return [...concatBytes(all)];
}

async function* of(...chunks: number[][]): ByteChunks {
  for (const chunk of chunks) yield new Uint8Array(chunk);
}

describe("withoutBom", () => {
  it("drops a leading UTF-8 BOM however it is split, and nothing else", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (bom, rest, cuts) => {
          const bytes = [...(bom ? [0xef, 0xbb, 0xbf] : []), ...rest];
          const chunks: number[][] = [];
          let start = 0;
          for (const cut of [...cuts].map((at) => at % (bytes.length + 1)).sort((a, b) => a - b)) {
            chunks.push(bytes.slice(start, cut));
            start = cut;
          }
          chunks.push(bytes.slice(start));
          expect(await joined(withoutBom(of(...chunks)))).toEqual(rest);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps a file shorter than a BOM, even one that starts like a BOM", async () => {
    expect(await joined(withoutBom(of([0xef, 0xbb])))).toEqual([0xef, 0xbb]);
    expect(await joined(withoutBom(of([0xef], [0x41])))).toEqual([0xef, 0x41]);
  });
});

describe("readableChunks", () => {
  it("reads a ReadableStream, as a browser File gives one", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("网络"));
        controller.enqueue(new TextEncoder().encode("犯罪"));
        controller.close();
      },
    });
    expect(new TextDecoder().decode(new Uint8Array(await joined(readableChunks(stream))))).toBe("网络犯罪");
  });

  it("textChunks cuts a text at byte offsets, even inside a character", async () => {
    const chunks: number[] = [];
    for await (const chunk of textChunks("网", [1, 2])) chunks.push(chunk.length);
    expect(chunks).toEqual([1, 1, 1]);
  });
});
