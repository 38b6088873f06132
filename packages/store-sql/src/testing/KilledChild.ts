import { spawn } from "node:child_process";

/** How a child import ended. */
export interface ChildRun {
  /** It was killed with SIGKILL by the test. */
  readonly killed: boolean;
  /** It printed "done": the import committed. */
  readonly finished: boolean;
  /** The last count of records read it printed. */
  readonly lastRead: number;
}

/**
 * Runs a node child (`args`: the script and its arguments) that prints `progress <read>
 * <written>` lines and `done <written>` at the end; kills it with SIGKILL as soon as it has
 * read `killAfterRead` records, or lets it finish when that is undefined.
 */
export async function killChildAfter(args: readonly string[], killAfterRead: number | undefined): Promise<ChildRun> {
  const child = spawn(process.execPath, [...args], { stdio: ["ignore", "pipe", "pipe"] });
  let buffer = "";
  let errors = "";
  let lastRead = 0;
  let finished = false;
  let killed = false;
  child.stderr.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      const [word, read] = line.split(" ");
      if (word === "done") finished = true;
      if (word === "progress") lastRead = Number(read);
      if (!killed && !finished && killAfterRead !== undefined && lastRead >= killAfterRead)
        killed = child.kill("SIGKILL");
    }
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (exit, by) => resolve([exit, by])),
  );
  if (killAfterRead === undefined && code !== 0)
    throw new Error(`the import child failed (exit ${String(code)}): ${errors}`);
  return { killed: killed && signal === "SIGKILL", finished, lastRead };
}
