// Not cli-progress 3.12: its tokens have no rate (computed here all the same, as payload), its
// bar needs a total where an import knows only the share of bytes read, it redraws on its own
// timer (setTimeout, Date.now) where this bar takes a clock its tests drive, and it brings
// string-width 4 along (a second copy, counting "مَرْحَبًا" 9 columns where string-width 8 counts 5).
/** A progress bar for long work: counts, rate and elapsed time on one line of stderr. */
export interface ProgressBar {
  /**
   * Reports `done` items; `fraction` (0–1) is how far along the work is when the item count
   * is not known in advance but the bytes are (an import reads a file of known size);
   * `detail` is a few more words at the end ("120,000 written").
   */
  readonly update: (done: number, fraction?: number, detail?: string) => void;
  /** Clears the bar's line, so the summary printed next stands alone. */
  readonly finish: () => void;
}

/** How to draw a bar. */
export interface ProgressBarOptions {
  /** Draw anything at all: stderr is a terminal and --quiet is off. */
  readonly enabled: boolean;
  /** What is counted, plural: "records". */
  readonly unit: string;
  /** How many items there will be, when known. */
  readonly total?: number;
  /** Where to draw (default process.stderr). */
  readonly stream?: { write(text: string): boolean; readonly columns?: number };
  /** The clock, in milliseconds. */
  readonly now?: () => number;
}

const REDRAW_EVERY_MS = 80;
const BAR_WIDTH = 24;

const number = new Intl.NumberFormat("en");

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** A bar that draws nothing: for pipes and --quiet. */
const NO_PROGRESS: ProgressBar = { update: () => undefined, finish: () => undefined };

/**
 * A progress bar on stderr: `importing big.jsonl  ████████░░░░  42%  84,000 records  31,200/s  0:02`.
 * Redrawn at most every 80 ms; with neither a total nor a fraction it shows counts and rate
 * only. Disabled, it costs one comparison per update.
 * @example const bar = progressBar("importing big.jsonl", { enabled: process.stderr.isTTY, unit: "records" });
 */
export function progressBar(label: string, options: ProgressBarOptions): ProgressBar {
  if (!options.enabled) return NO_PROGRESS;
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastDrawn = -Infinity;
  let drawn = false;

  const draw = (done: number, fraction: number | undefined, detail: string | undefined): void => {
    const elapsed = now() - started;
    const rate = elapsed > 0 ? Math.round((done * 1000) / elapsed) : 0;
    const share = options.total !== undefined && options.total > 0 ? done / options.total : fraction;
    const parts = [label];
    if (share !== undefined) {
      const clamped = Math.min(1, Math.max(0, share));
      const filled = Math.round(clamped * BAR_WIDTH);
      parts.push(
        `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`,
        `${String(Math.floor(clamped * 100)).padStart(3)}%`,
      );
    }
    const counted =
      options.total === undefined ? number.format(done) : `${number.format(done)}/${number.format(options.total)}`;
    parts.push(`${counted} ${options.unit}`, `${number.format(rate)}/s`, clock(elapsed));
    if (detail !== undefined) parts.push(detail);
    const line = parts.join("  ");
    const width = stream.columns ?? 120;
    stream.write(`\r\x1b[2K${line.length >= width ? line.slice(0, width - 1) : line}`);
    drawn = true;
  };

  return {
    update: (done, fraction, detail) => {
      const at = now();
      if (at - lastDrawn < REDRAW_EVERY_MS) return;
      lastDrawn = at;
      draw(done, fraction, detail);
    },
    finish: () => {
      if (drawn) stream.write("\r\x1b[2K");
    },
  };
}
