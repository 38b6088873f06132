import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { helpText } from "../messages/HelpTranslation";

const KINDS = ["activities", "mandates", "sessions", "instruments", "observations"] as const;

function filter(name: string, metavar: string, description: string) {
  return Flag.String(name).pipe(Flag.withMetavar(metavar), Flag.withDescription(description), Flag.optional);
}

/** The filters of `remit list` (and `remit export`): which apply to which kind is checked by the handler. */
export const listFilterFlags = {
  country: filter("country", "ISO3", helpText("remit list --country")),
  region: filter("region", "M49", helpText("remit list --region")),
  topic: filter("topic", "TOPIC", helpText("remit list --topic")),
  kind: filter("kind", "KIND", helpText("remit list --kind")),
  partner: filter("partner", "NAME", helpText("remit list --partner")),
  audience: filter("audience", "AUDIENCE", helpText("remit list --audience")),
  mandate: filter("mandate", "ID|SYMBOL", helpText("remit list --mandate")),
  from: filter("from", "DATE", helpText("remit list --from")),
  to: filter("to", "DATE", helpText("remit list --to")),
  text: filter("text", "WORDS", helpText("remit list --text")),
  body: filter("body", "BODY", helpText("remit list --body")),
  indicator: filter("indicator", "ID", helpText("remit list --indicator")),
} as const;

export const listCommand = Command.make(
  "list",
  {
    what: Argument.Literals("what", KINDS).pipe(Argument.withDescription(helpText("remit list <what>"))),
    ...listFilterFlags,
    limit: Flag.Int("limit").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription(helpText("remit list --limit")),
      Flag.withDefault(50),
    ),
    sort: filter("sort", "ORDER", helpText("remit list --sort")),
    cursor: filter("cursor", "CURSOR", helpText("remit list --cursor")),
  },
  lazyHandler(() => import("../handlers/ListHandler"), "listHandler"),
).pipe(
  Command.withDescription(helpText("remit list")),
  Command.withShortDescription(helpText("remit list (short)")),
  Command.withExamples([
    {
      command: "remit list activities --topic cryptocurrency --from 2020",
      description: helpText("remit list # remit list activities --topic cryptocurrency --from 2020"),
    },
    {
      command: "remit list activities --mandate A/RES/74/173 --lang zh",
      description: helpText("remit list # remit list activities --mandate A/RES/74/173 --lang zh"),
    },
    {
      command: "remit list activities --country SLV --sort start:desc",
      description: helpText("remit list # remit list activities --country SLV --sort start:desc"),
    },
    { command: "remit list sessions --body ccpcj --json" },
  ]),
);

export const showCommand = Command.make(
  "show",
  {
    reference: Argument.String("id-or-symbol").pipe(Argument.withDescription(helpText("remit show <id-or-symbol>"))),
    kind: filter("kind", "KIND", helpText("remit show --kind")),
  },
  lazyHandler(() => import("../handlers/ShowHandler"), "showHandler"),
).pipe(
  Command.withDescription(helpText("remit show")),
  Command.withShortDescription(helpText("remit show (short)")),
  Command.withExamples([{ command: "remit show A/RES/74/173" }, { command: "remit show ccpcj-30 --json" }]),
);
