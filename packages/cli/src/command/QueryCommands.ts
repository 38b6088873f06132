import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";

const KINDS = ["activities", "mandates", "sessions", "instruments", "observations"] as const;

function filter(name: string, metavar: string, description: string) {
  return Flag.String(name).pipe(Flag.withMetavar(metavar), Flag.withDescription(description), Flag.optional);
}

/** The filters of `remit list` (and `remit export`): which apply to which kind is checked by the handler. */
export const listFilterFlags = {
  country: filter(
    "country",
    "ISO3",
    "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
  ),
  region: filter("region", "M49", "Activities in this UN M49 region (e.g. 035 South-eastern Asia)"),
  topic: filter("topic", "TOPIC", "Activities on this topic (e.g. cryptocurrency, digital-forensics)"),
  kind: filter("kind", "KIND", "Activities of this kind (e.g. training, webinar-series)"),
  partner: filter("partner", "NAME", "Activities with this partner (acronym or name, e.g. INTERPOL)"),
  audience: filter("audience", "AUDIENCE", "Activities for this audience (e.g. prosecutors)"),
  mandate: filter(
    "mandate",
    "ID|SYMBOL",
    "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
  ),
  from: filter("from", "DATE", "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)"),
  to: filter("to", "DATE", "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
  text: filter("text", "WORDS", "Every word in the title or summary, in any language, ignoring case and accents"),
  body: filter("body", "BODY", "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)"),
  indicator: filter("indicator", "ID", "Observations of this indicator (e.g. people-trained)"),
} as const;

export const listCommand = Command.make(
  "list",
  {
    what: Argument.Literals("what", KINDS).pipe(
      Argument.withDescription("What to list: activities, mandates, sessions, instruments or observations"),
    ),
    ...listFilterFlags,
    limit: Flag.Int("limit").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("At most N records (default 50, at most 1000)"),
      Flag.withDefault(50),
    ),
    sort: filter(
      "sort",
      "ORDER",
      "Order activities by id, start, title, country or kind; add :desc for the reverse order (e.g. start:desc)",
    ),
    cursor: filter("cursor", "CURSOR", "Continue after the previous page (the cursor it printed)"),
  },
  lazyHandler(() => import("../handlers/ListHandler"), "listHandler"),
).pipe(
  Command.withDescription(
    "List records of a kind, filtered: a table on a terminal, tab-separated lines on a pipe, JSON with --json or --jsonl.",
  ),
  Command.withShortDescription("List activities, mandates, sessions, instruments or observations"),
  Command.withExamples([
    {
      command: "remit list activities --topic cryptocurrency --from 2020",
      description: "Cryptocurrency activities since 2020",
    },
    {
      command: "remit list activities --mandate A/RES/74/173 --lang zh",
      description: "Activities under GA 74/173, titles in Chinese",
    },
    {
      command: "remit list activities --country SLV --sort start:desc",
      description: "Activities in El Salvador, latest first",
    },
    { command: "remit list sessions --body ccpcj --json" },
  ]),
);

export const showCommand = Command.make(
  "show",
  {
    reference: Argument.String("id-or-symbol").pipe(
      Argument.withDescription("A record id (ccpcj-30) or a mandate's symbol or citation (A/RES/74/173)"),
    ),
    kind: filter("kind", "KIND", "The kind of record, when the id names several (session, mandate, activity, …)"),
  },
  lazyHandler(() => import("../handlers/ShowHandler"), "showHandler"),
).pipe(
  Command.withDescription("Show one record in full, with its revision and its history of changes."),
  Command.withShortDescription("One record, in full, with its history"),
  Command.withExamples([{ command: "remit show A/RES/74/173" }, { command: "remit show ccpcj-30 --json" }]),
);
