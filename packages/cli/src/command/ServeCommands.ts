import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";

export const serveCommand = Command.make(
  "serve",
  {
    port: Flag.Int("port").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("The port (default 4310; 0 picks a free one)"),
      Flag.withDefault(4310),
    ),
    host: Flag.String("host").pipe(
      Flag.withMetavar("ADDRESS"),
      Flag.withDescription("The address to listen on (default 127.0.0.1: this machine only)"),
      Flag.withDefault("127.0.0.1"),
    ),
    publicReads: Flag.Boolean("public-reads").pipe(
      Flag.withDescription("Answer reads without a token (writes always need an editor token)"),
      Flag.withDefault(false),
    ),
    cors: Flag.String("cors").pipe(
      Flag.withMetavar("ORIGINS"),
      Flag.withDescription("Comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org"),
      Flag.optional,
    ),
  },
  lazyHandler(() => import("../serve/ServeHandler"), "serveHandler"),
).pipe(
  Command.withDescription(
    "Serve the store over HTTP: every record and query as JSON, the OpenAPI document at /openapi.json, a reference page at /docs, /healthz and /readyz. One JSON log line per request on stdout. Stops on Ctrl-C.",
  ),
  Command.withShortDescription("Serve the HTTP API"),
  Command.withExamples([
    { command: "remit serve --public-reads", description: "http://127.0.0.1:4310, reads without a token" },
    { command: "remit serve --db postgres://127.0.0.1:5432/remit --port 8080" },
  ]),
);

const create = Command.make(
  "create",
  {
    name: Flag.String("name").pipe(
      Flag.withMetavar("NAME"),
      Flag.withDescription("What the token is for (unique among active tokens)"),
    ),
    role: Flag.Literals("role", ["viewer", "editor", "admin"]).pipe(
      Flag.withDescription("viewer reads; editor also writes and imports; admin also manages tokens"),
    ),
  },
  lazyHandler(() => import("../serve/TokenHandler"), "createTokenHandler"),
).pipe(
  Command.withDescription(
    "Issue an access token for the HTTP API. The secret is printed once; the store keeps only its SHA-256.",
  ),
  Command.withShortDescription("Issue a token"),
  Command.withExamples([{ command: "remit token create --role editor --name ci-import" }]),
);

const revoke = Command.make(
  "revoke",
  { token: Argument.String("id-or-name").pipe(Argument.withDescription("The token's id (tok_…) or name")) },
  lazyHandler(() => import("../serve/TokenHandler"), "revokeTokenHandler"),
).pipe(
  Command.withDescription("Revoke an access token: it authenticates nobody from now on."),
  Command.withShortDescription("Revoke a token"),
);

const list = Command.make(
  "list",
  {},
  lazyHandler(() => import("../serve/TokenHandler"), "listTokensHandler"),
).pipe(
  Command.withDescription("The access tokens, revoked ones included (never their secrets)."),
  Command.withShortDescription("List tokens"),
);

/** `remit token create|revoke|list`. */
export const tokenCommand = Command.make("token").pipe(
  Command.withDescription("Manage the HTTP API's access tokens: issue, revoke, list."),
  Command.withShortDescription("create | revoke ID | list"),
  Command.withSubcommands([create, revoke, list]),
);
