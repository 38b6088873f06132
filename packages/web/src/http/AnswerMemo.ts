/** One kept answer: its JSON text and ETag, and the store generation it was computed at. */
interface KeptAnswer {
  readonly generation: number;
  readonly text: string;
  readonly etag: string;
}

/** How much the memo keeps. */
export interface AnswerMemoLimits {
  /** Answers kept at most (default 512). */
  readonly entries: number;
  /** Characters of JSON kept at most, all answers together (default 32 Mi, about 64 MiB of strings). */
  readonly characters: number;
}

/** The default limits: a few hundred pages, a few tens of megabytes. */
export const DEFAULT_MEMO_LIMITS: AnswerMemoLimits = { entries: 512, characters: 32 * 1024 * 1024 };

/**
 * Answers to reads, kept by request (method and URL) and store generation: an answer is
 * served again only while the store's generation is the one read BEFORE it was computed, so
 * a write by anyone (this server, another one, `remit import` on the same database) makes it
 * stale at once. Least recently used answers go first when a limit is reached.
 */
export class AnswerMemo {
  private readonly answers = new Map<string, KeptAnswer>();
  private characters = 0;

  constructor(private readonly limits: AnswerMemoLimits = DEFAULT_MEMO_LIMITS) {}

  /** The answer kept for `key` at `generation`, if any (a stale one is dropped). */
  get(key: string, generation: number): { readonly text: string; readonly etag: string } | undefined {
    const kept = this.answers.get(key);
    if (kept === undefined) return undefined;
    this.answers.delete(key);
    if (kept.generation !== generation) {
      this.characters -= kept.text.length;
      return undefined;
    }
    this.answers.set(key, kept); // most recently used last
    return kept;
  }

  /** Keeps an answer computed from the store at `generation`. */
  set(key: string, generation: number, text: string, etag: string): void {
    if (text.length > this.limits.characters / 4) return; // one huge answer would push out all others
    const old = this.answers.get(key);
    if (old !== undefined) {
      this.answers.delete(key);
      this.characters -= old.text.length;
    }
    this.answers.set(key, { generation, text, etag });
    this.characters += text.length;
    for (const [oldest, answer] of this.answers) {
      if (this.answers.size <= this.limits.entries && this.characters <= this.limits.characters) break;
      this.answers.delete(oldest);
      this.characters -= answer.text.length;
    }
  }

  /** How many answers are kept. */
  get size(): number {
    return this.answers.size;
  }
}
