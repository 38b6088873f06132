/** One kept answer: its JSON as UTF-8 bytes, its ETag, and the store generation it was computed at. */
interface KeptAnswer {
  readonly generation: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly etag: string;
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
 * encodes nor measures a string. Least recently used answers go first when a limit is reached.
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
      this.bytes -= kept.bytes.byteLength;
      return undefined;
    }
    this.answers.set(key, kept); // most recently used last
    return kept;
  }

  /** Keeps an answer computed from the store at `generation`. */
  set(key: string, generation: number, bytes: Uint8Array<ArrayBuffer>, etag: string): void {
    if (bytes.byteLength > this.limits.bytes / 4) return; // one huge answer would push out all others
    const old = this.answers.get(key);
    if (old !== undefined) {
      this.answers.delete(key);
      this.bytes -= old.bytes.byteLength;
    }
    this.answers.set(key, { generation, bytes, etag });
    this.bytes += bytes.byteLength;
    for (const [oldest, answer] of this.answers) {
      if (this.answers.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.answers.delete(oldest);
      this.bytes -= answer.bytes.byteLength;
    }
  }

  /** How many answers are kept. */
  get size(): number {
    return this.answers.size;
  }
}
