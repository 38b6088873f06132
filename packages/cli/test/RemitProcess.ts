import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's folder and its built executable. */
export const CLI_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BINARY = join(CLI_ROOT, "dist", "main.js");

/** What a run of `remit` did. */
export interface RemitRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run `remit`: where, with which environment, and what to do once it started. */
export interface RemitOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly onStart?: (child: ReturnType<typeof spawn>) => void;
  /** Run as this user id (from root): to see what a user who cannot write a file sees. */
  readonly uid?: number;
}

/**
 * Runs the built `remit` as a child process, stdout and stderr on pipes (not a terminal), in
 * a neutral environment: English, no colours, no REMIT_DB, unless `env` says otherwise.
 */
export function remit(args: readonly string[], options: RemitOptions = {}): Promise<RemitRun> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LANG: "C",
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    REMIT_LANG: undefined,
    REMIT_DB: undefined,
    NO_COLOR: "1",
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BINARY, ...args], {
      cwd: options.cwd ?? CLI_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(options.uid === undefined ? {} : { uid: options.uid }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    options.onStart?.(child);
  });
}

/** Runs `remit … --json`, expects exit 0 and returns the parsed document. */
export async function remitJson<T = unknown>(args: readonly string[], options: RemitOptions = {}): Promise<T> {
  const run = await remit([...args, "--json"], options);
  if (run.code !== 0) throw new Error(`remit ${args.join(" ")} exited ${String(run.code)}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** The lines of a run's stderr, without the empty last one. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}
