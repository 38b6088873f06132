import { LANGUAGES, type Language } from "@remit/core";
import { resolve } from "node:path";

/** How the demo runs, from its arguments and environment. */
export interface DemoConfig {
  /** The SQLite file the dataset is loaded into. */
  readonly databasePath: string;
  /** The port of the local site (0 picks a free one). */
  readonly port: number;
  /** Serve the site after the walkthrough, or stop. */
  readonly serve: boolean;
  /** The language of titles and labels. */
  readonly language: Language;
}

/** Reads `--no-serve`, `--port N`, `--lang xx`, `--db PATH` and REMIT_DEMO_DB / PORT / REMIT_LANG. */
export function readDemoConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): DemoConfig {
  const valueOf = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const language = valueOf("--lang") ?? env["REMIT_LANG"] ?? "en";
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    throw new Error(`--lang ${language}: expected one of ${LANGUAGES.join(", ")}`);
  }
  const port = Number(valueOf("--port") ?? env["PORT"] ?? "4321");
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: "${String(port)}" is not a port number`);
  return {
    databasePath: resolve(valueOf("--db") ?? env["REMIT_DEMO_DB"] ?? ".remit-demo/remit.db"),
    port,
    serve: !argv.includes("--no-serve"),
    language: language as Language,
  };
}
