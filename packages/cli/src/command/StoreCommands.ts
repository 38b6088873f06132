import { Command } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { helpText } from "../messages/HelpTranslation";

/**
 * `remit init` and `remit seed`. Handlers are imported when the command runs, so parsing
 * the command line (and `--help`, `--version`) loads no store, core or dataset code.
 */
export const initCommand = Command.make(
  "init",
  {},
  lazyHandler(() => import("../store/MigrateHandler"), "migrateHandler"),
).pipe(
  Command.withDescription(helpText("remit init")),
  Command.withShortDescription(helpText("remit init (short)")),
  Command.withExamples([
    { command: "remit init", description: helpText("remit init # remit init") },
    {
      command: "remit init --db postgres://127.0.0.1:5432/remit?schema=remit",
      description: helpText("remit init # remit init --db postgres://127.0.0.1:5432/remit?schema=remit"),
    },
  ]),
);

export const seedCommand = Command.make(
  "seed",
  {},
  lazyHandler(() => import("../store/SeedHandler"), "seedHandler"),
).pipe(
  Command.withDescription(helpText("remit seed")),
  Command.withShortDescription(helpText("remit seed (short)")),
  Command.withExamples([{ command: "remit seed" }]),
);
