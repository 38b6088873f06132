import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { helpText } from "../messages/HelpTranslation";

export const serveCommand = Command.make(
  "serve",
  {
    port: Flag.Int("port").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription(helpText("remit serve --port")),
      Flag.withDefault(4310),
    ),
    host: Flag.String("host").pipe(
      Flag.withMetavar("ADDRESS"),
      Flag.withDescription(helpText("remit serve --host")),
      Flag.withDefault("127.0.0.1"),
    ),
    publicReads: Flag.Boolean("public-reads").pipe(
      Flag.withDescription(helpText("remit serve --public-reads")),
      Flag.withDefault(false),
    ),
    cors: Flag.String("cors").pipe(
      Flag.withMetavar("ORIGINS"),
      Flag.withDescription(helpText("remit serve --cors")),
      Flag.optional,
    ),
  },
  lazyHandler(() => import("../serve/ServeHandler"), "serveHandler"),
).pipe(
  Command.withDescription(helpText("remit serve")),
  Command.withShortDescription(helpText("remit serve (short)")),
  Command.withExamples([
    { command: "remit serve --public-reads", description: helpText("remit serve # remit serve --public-reads") },
    { command: "remit serve --db postgres://127.0.0.1:5432/remit --port 8080" },
  ]),
);

const create = Command.make(
  "create",
  {
    name: Flag.String("name").pipe(
      Flag.withMetavar("NAME"),
      Flag.withDescription(helpText("remit token create --name")),
    ),
    role: Flag.Literals("role", ["viewer", "editor", "admin"]).pipe(
      Flag.withDescription(helpText("remit token create --role")),
    ),
  },
  lazyHandler(() => import("../serve/TokenHandler"), "createTokenHandler"),
).pipe(
  Command.withDescription(helpText("remit token create")),
  Command.withShortDescription(helpText("remit token create (short)")),
  Command.withExamples([{ command: "remit token create --role editor --name ci-import" }]),
);

const revoke = Command.make(
  "revoke",
  { token: Argument.String("id-or-name").pipe(Argument.withDescription(helpText("remit token revoke <id-or-name>"))) },
  lazyHandler(() => import("../serve/TokenHandler"), "revokeTokenHandler"),
).pipe(
  Command.withDescription(helpText("remit token revoke")),
  Command.withShortDescription(helpText("remit token revoke (short)")),
);

const list = Command.make(
  "list",
  {},
  lazyHandler(() => import("../serve/TokenHandler"), "listTokensHandler"),
).pipe(
  Command.withDescription(helpText("remit token list")),
  Command.withShortDescription(helpText("remit token list (short)")),
);

/** `remit token create|revoke|list`. */
export const tokenCommand = Command.make("token").pipe(
  Command.withDescription(helpText("remit token")),
  Command.withShortDescription(helpText("remit token (short)")),
  Command.withSubcommands([create, revoke, list]),
);
