import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { helpText } from "../messages/HelpTranslation";

const force = Flag.Boolean("force").pipe(
  Flag.withDescription(helpText("remit db backup --force")),
  Flag.withDefault(false),
);

const migrate = Command.make(
  "migrate",
  {},
  lazyHandler(() => import("../store/MigrateHandler"), "migrateHandler"),
).pipe(
  Command.withDescription(helpText("remit db migrate")),
  Command.withShortDescription(helpText("remit db migrate (short)")),
);

const status = Command.make(
  "status",
  {},
  lazyHandler(() => import("../store/StatusHandler"), "statusHandler"),
).pipe(
  Command.withDescription(helpText("remit db status")),
  Command.withShortDescription(helpText("remit db status (short)")),
);

const backup = Command.make(
  "backup",
  { file: Argument.String("file").pipe(Argument.withDescription(helpText("remit db backup <file>"))), force },
  lazyHandler(() => import("../store/BackupHandler"), "backupHandler"),
).pipe(
  Command.withDescription(helpText("remit db backup")),
  Command.withShortDescription(helpText("remit db backup (short)")),
  Command.withExamples([{ command: "remit db backup remit-2021-05-17.db" }]),
);

const restore = Command.make(
  "restore",
  {
    file: Argument.String("file").pipe(Argument.withDescription(helpText("remit db restore <file>"))),
    force,
  },
  lazyHandler(() => import("../store/RestoreHandler"), "restoreHandler"),
).pipe(
  Command.withDescription(helpText("remit db restore")),
  Command.withShortDescription(helpText("remit db restore (short)")),
  Command.withExamples([{ command: "remit db restore remit-2021-05-17.db --db restored.db" }]),
);

/** `remit db migrate|status|backup FILE|restore FILE`. */
export const dbCommand = Command.make("db").pipe(
  Command.withDescription(helpText("remit db")),
  Command.withShortDescription(helpText("remit db (short)")),
  Command.withSubcommands([migrate, status, backup, restore]),
);
