/**
 * One kept answer: its JSON as UTF-8 bytes, its ETag, the store generation it was computed
 * at, and the same bytes compressed in each encoding a caller has asked for so far.
 */
export interface KeptAnswer {
  readonly generation: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  readonly encoded: Map<string, Uint8Array<ArrayBuffer>>;
}

function sizeOf(answer: KeptAnswer): number {
  let size = answer.bytes.byteLength;
  for (const encoded of answer.encoded.values()) size += encoded.byteLength;
  return size;
}

/** How much the memo keeps. */
export interface AnswerMemoLimits {
  /** Answers kept at most (default 512). */
  readonly entries: number;
  /** Bytes of JSON kept at most, all answers together (default 64 MiB). */
  readonly bytes: number;
}

/** The default limits: a few hundred pages, a few tens of megabytes. */
export const DEFAULT_MEMO_LIMITS: AnswerMemoLimits = { entries: 512, bytes: 64 * 1024 * 1024 };

/**
 * Answers to reads, kept by request (method and URL) and store generation: an answer is
 * served again only while the store's generation is the one read BEFORE it was computed, so
 * a write by anyone (this server, another one, `remit import` on the same database) makes it
 * stale at once. Answers are kept as the bytes sent, so that serving one again neither
 * encodes nor measures a string, and compressed once per encoding asked for. Least
 * recently used answers go first when a limit is reached.
 */
export class AnswerMemo {
  private readonly answers = new Map<string, KeptAnswer>();
  private bytes = 0;

  constructor(private readonly limits: AnswerMemoLimits = DEFAULT_MEMO_LIMITS) {}

  /** The answer kept for `key` at `generation`, if any (a stale one is dropped). */
  get(key: string, generation: number): KeptAnswer | undefined {
    const kept = this.answers.get(key);
    if (kept === undefined) return undefined;
    this.answers.delete(key);
    if (kept.generation !== generation) {
      this.bytes -= sizeOf(kept);
      return undefined;
    }
    this.answers.set(key, kept); // most recently used last
    return kept;
  }

  /** Keeps an answer computed from the store at `generation`, and gives it back (none if too large to keep). */
  set(key: string, generation: number, bytes: Uint8Array<ArrayBuffer>, etag: string): KeptAnswer | undefined {
    if (bytes.byteLength > this.limits.bytes / 4) return undefined; // one huge answer would push out all others
    const old = this.answers.get(key);
    if (old !== undefined) {
      this.answers.delete(key);
      this.bytes -= sizeOf(old);
    }
    const answer: KeptAnswer = { generation, bytes, etag, encoded: new Map() };
    this.answers.set(key, answer);
    this.bytes += bytes.byteLength;
    this.keepWithin();
    return answer;
  }

  /**
   * Keeps `answer` compressed in `encoding` beside its bytes, counted in the memo's size, if
   * the answer is still kept under `key` (a write may have dropped it while it was compressed).
   */
  keepEncoded(key: string, answer: KeptAnswer, encoding: string, bytes: Uint8Array<ArrayBuffer>): void {
    if (this.answers.get(key) !== answer || answer.encoded.has(encoding)) return;
    answer.encoded.set(encoding, bytes);
    this.bytes += bytes.byteLength;
    this.keepWithin();
  }

  private keepWithin(): void {
    for (const [oldest, answer] of this.answers) {
      if (this.answers.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.answers.delete(oldest);
      this.bytes -= sizeOf(answer);
    }
  }

  /** How many answers are kept. */
  get size(): number {
    return this.answers.size;
  }
}
