import { Command } from "effect/cli";
import { lazyHandler } from "./LazyHandler";

/**
 * `remit init` and `remit seed`. Handlers are imported when the command runs, so parsing
 * the command line (and `--help`, `--version`) loads no store, core or dataset code.
 */
export const initCommand = Command.make(
  "init",
  {},
  lazyHandler(() => import("../store/MigrateHandler"), "migrateHandler"),
).pipe(
  Command.withDescription(
    "Create the store, or bring an existing one to this version's schema. SQLite file by default (./remit.db or REMIT_DB); a postgres:// URL for PostgreSQL.",
  ),
  Command.withShortDescription("Create or migrate a store"),
  Command.withExamples([
    { command: "remit init", description: "A SQLite store in ./remit.db" },
    {
      command: "remit init --db postgres://127.0.0.1:5432/remit?schema=remit",
      description: "PostgreSQL, tables in schema remit",
    },
  ]),
);

export const seedCommand = Command.make(
  "seed",
  {},
  lazyHandler(() => import("../store/SeedHandler"), "seedHandler"),
).pipe(
  Command.withDescription(
    "Load the curated dataset of the two UN documents (E/CN.15/2011/2 and the 2021 report of the Secretary-General on cybercrime technical assistance). Safe to run twice: the second run writes nothing.",
  ),
  Command.withShortDescription("Load the two-document dataset"),
  Command.withExamples([{ command: "remit seed" }]),
);
