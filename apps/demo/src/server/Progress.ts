/** Says what the demo is doing while it starts, one line per step with its time. */
export interface Progress {
  /** Runs one step, printing what it does before and how long it took after. */
  readonly step: <A>(doing: string, run: () => Promise<A>, done?: (value: A) => string) => Promise<A>;
  /** Prints a line as it is. */
  readonly say: (line: string) => void;
}

/** Progress on a stream (the terminal), timed with `now` in milliseconds. */
export function progressOn(write: (text: string) => void, now: () => number = () => performance.now()): Progress {
  return {
    say: (line) => write(`${line}\n`),
    step: async (doing, run, done) => {
      write(`  ${doing}…`);
      const started = now();
      try {
        const value = await run();
        const seconds = ((now() - started) / 1000).toFixed(1);
        write(` ${done === undefined ? "done" : done(value)} (${seconds} s)\n`);
        return value;
      } catch (error) {
        write(" failed\n");
        throw error;
      }
    },
  };
}
