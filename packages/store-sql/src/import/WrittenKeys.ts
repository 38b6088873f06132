/** Bits of the filter: 2 MB, so that a million keys give about one false "maybe" in two thousand. */
const BITS = 1 << 24;
/** Bit positions set per key. */
const PROBES = 7;

/** FNV-1a of a text, from a given start: two starts give the two hashes of double hashing. */
function fnv1a(text: string, start: number): number {
  let hash = start;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * The records an import has written so far, as a Bloom filter of their kind and id: `mayHave`
 * is false only for a record certainly not written, and may be true for one that was not.
 * An import into an empty store looks up in `records` only the ids it may have written
 * itself (a record met twice in the file), instead of every id of every batch; a wrong
 * "maybe" costs a lookup, never a wrong answer. Its memory is fixed (2 MB) whatever the
 * size of the import; past several million records it says "maybe" more and more often,
 * and the import looks up more ids, as it did without it.
 */
export class WrittenKeys {
  private readonly bits = new Uint32Array(BITS / 32);

  /** Remembers that the record `kind`/`id` was written. */
  add(kind: string, id: string): void {
    for (const bit of this.positions(kind, id)) this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** False when the record `kind`/`id` was certainly not written; true when it may have been. */
  mayHave(kind: string, id: string): boolean {
    for (const bit of this.positions(kind, id)) if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    return true;
  }

  private positions(kind: string, id: string): number[] {
    const key = `${kind}\u0000${id}`;
    const first = fnv1a(key, 0x811c9dc5);
    const second = fnv1a(key, 0x01000193) | 1;
    const positions: number[] = [];
    for (let probe = 0; probe < PROBES; probe += 1)
      positions.push(((first + Math.imul(probe, second)) >>> 0) & (BITS - 1));
    return positions;
  }
}
