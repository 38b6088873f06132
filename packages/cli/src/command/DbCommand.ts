import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";

const force = Flag.Boolean("force").pipe(
  Flag.withDescription("Replace what is there instead of stopping with a conflict (exit 4)"),
  Flag.withDefault(false),
);

const migrate = Command.make(
  "migrate",
  {},
  lazyHandler(() => import("../store/MigrateHandler"), "migrateHandler"),
).pipe(
  Command.withDescription("Bring the store's schema to this version of Remit (creating the store when there is none)."),
  Command.withShortDescription("Migrate the store's schema"),
);

const status = Command.make(
  "status",
  {},
  lazyHandler(() => import("../store/StatusHandler"), "statusHandler"),
).pipe(
  Command.withDescription(
    "The store's schema version, whether it needs migrating, and its records by kind, read without changing it.",
  ),
  Command.withShortDescription("Schema version and record counts"),
);

const backup = Command.make(
  "backup",
  { file: Argument.String("file").pipe(Argument.withDescription("Where to write the backup")), force },
  lazyHandler(() => import("../store/BackupHandler"), "backupHandler"),
).pipe(
  Command.withDescription(
    "Copy the store to FILE, atomically: a SQLite store as a database file (online backup), a PostgreSQL store as JSON Lines records.",
  ),
  Command.withShortDescription("Back the store up to a file"),
  Command.withExamples([{ command: "remit db backup remit-2021-05-17.db" }]),
);

const restore = Command.make(
  "restore",
  {
    file: Argument.String("file").pipe(
      Argument.withDescription("A backup written by `remit db backup` (a SQLite file or JSON Lines)"),
    ),
    force,
  },
  lazyHandler(() => import("../store/RestoreHandler"), "restoreHandler"),
).pipe(
  Command.withDescription(
    "Put a backup back into the store. A store that holds records is not overwritten unless --force.",
  ),
  Command.withShortDescription("Restore the store from a backup"),
  Command.withExamples([{ command: "remit db restore remit-2021-05-17.db --db restored.db" }]),
);

/** `remit db migrate|status|backup FILE|restore FILE`. */
export const dbCommand = Command.make("db").pipe(
  Command.withDescription("Manage the store: migrate its schema, show its status, back it up and restore it."),
  Command.withShortDescription("migrate | status | backup FILE | restore FILE"),
  Command.withSubcommands([migrate, status, backup, restore]),
);
