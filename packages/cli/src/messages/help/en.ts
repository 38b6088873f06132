/**
 * The help of `remit` in English, by the place of each text (see `HelpTranslations`): the commands'
 * definitions take their texts from here, and the other languages' tables translate them.
 */
export const ENGLISH_HELP = {
  remit:
    "Follow UN crime-prevention work from mandate to report: sessions, mandates, technical-assistance activities and metrics, in a SQLite file or a PostgreSQL database.",
  "--db":
    "The store: a SQLite file (default ./remit.db, or REMIT_DB) or a postgres:// URL; add ?schema=NAME to a URL to use that schema",
  "--lang":
    "Language of labels, titles and reports (default REMIT_LANG, else the locale, else en); texts missing in it fall back to another language",
  "--json": "Print one JSON document instead of a table (stable for scripts)",
  "--jsonl": "Print JSON Lines: one JSON value per line (stable for scripts)",
  "--quiet": "No progress bar and no summary lines; errors are still printed",
  "--verbose": "Add detail to errors: causes, store operations, stack traces",
  "remit init (short)": "Create or migrate a store",
  "remit seed (short)": "Load the two-document dataset",
  "remit import (short)": "Import JSON, JSON Lines, CSV or XLSX files",
  "remit validate (short)": "Check files without writing",
  "remit list (short)": "List activities, mandates, sessions, instruments or observations",
  "remit show (short)": "One record, in full, with its history",
  "remit symbol (short)": "Parse and explain document symbols",
  "remit due (short)": "Reports due at a session, with deferrals",
  "remit check (short)": "Decision 18/1 rules for a session's thematic discussion",
  "remit lineage (short)": "A mandate's lineage as a tree",
  "remit report (short)": "The report on a mandate, as md, html or docx",
  "remit export (short)": "Export as csv, xlsx, json, jsonl, iati or ics",
  "remit db (short)": "migrate | status | backup FILE | restore FILE",
  "remit serve (short)": "Serve the HTTP API",
  "remit token (short)": "create | revoke ID | list",
  "remit init":
    "Create the store, or bring an existing one to this version's schema. SQLite file by default (./remit.db or REMIT_DB); a postgres:// URL for PostgreSQL.",
  "remit init # remit init": "A SQLite store in ./remit.db",
  "remit init # remit init --db postgres://127.0.0.1:5432/remit?schema=remit": "PostgreSQL, tables in schema remit",
  "remit seed":
    "Load the curated dataset of the two UN documents (E/CN.15/2011/2 and the 2021 report of the Secretary-General on cybercrime technical assistance). Safe to run twice: the second run writes nothing.",
  "remit import":
    "Import records from JSON, JSON Lines, CSV or XLSX files in one transaction: with any invalid record nothing is written and every problem is listed (exit 1), unless --skip-invalid. Importing the same records again changes nothing.",
  "remit import --entity":
    "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
  "remit import --skip-invalid": "Write the valid records and list the invalid ones, instead of writing nothing",
  "remit import <file>": "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
  "remit validate":
    "Check files as `remit import` would, without a store and without writing: every problem with file:line: field path (exit 1 if any).",
  "remit list":
    "List records of a kind, filtered: a table on a terminal, tab-separated lines on a pipe, JSON with --json or --jsonl.",
  "remit list --country": "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
  "remit list --region": "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
  "remit list --topic": "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
  "remit list --kind": "Activities of this kind (e.g. training, webinar-series)",
  "remit list --partner": "Activities with this partner (acronym or name, e.g. INTERPOL)",
  "remit list --audience": "Activities for this audience (e.g. prosecutors)",
  "remit list --mandate": "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
  "remit list --from": "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
  "remit list --to": "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
  "remit list --text": "Every word in the title or summary, in any language, ignoring case and accents",
  "remit list --body": "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
  "remit list --indicator": "Observations of this indicator (e.g. people-trained)",
  "remit list --limit": "At most N records (default 50, at most 1000)",
  "remit list --sort":
    "Order activities by id, start, title, country or kind; add :desc for the reverse order (e.g. start:desc)",
  "remit list --cursor": "Continue after the previous page (the cursor it printed)",
  "remit list <what>": "What to list: activities, mandates, sessions, instruments or observations",
  "remit list # remit list activities --topic cryptocurrency --from 2020": "Cryptocurrency activities since 2020",
  "remit list # remit list activities --mandate A/RES/74/173 --lang zh":
    "Activities under GA 74/173, titles in Chinese",
  "remit list # remit list activities --country SLV --sort start:desc": "Activities in El Salvador, latest first",
  "remit show": "Show one record in full, with its revision and its history of changes.",
  "remit show --kind": "The kind of record, when the id names several (session, mandate, activity, …)",
  "remit show <id-or-symbol>": "A record id (ccpcj-30) or a mandate's symbol or citation (A/RES/74/173)",
  "remit symbol":
    "Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1).",
  "remit symbol <symbol>": 'Document symbols (A/RES/74/173) or citations ("CCPCJ resolution 22/8")',
  "remit symbol # remit symbol A/624/123": "A misprint in the 2011 guide: says the 624th session does not exist",
  "remit due":
    "The reports due at a session after deferrals, and those that were due there and were deferred to a later session.",
  "remit due --body": "The body the reports go to (ccpcj, ga, ecosoc; any case)",
  "remit due --session": "The session's number (30 for the 30th session)",
  "remit due # remit due --body CCPCJ --session 30": "74/173's report, deferred from the 29th",
  "remit check":
    "Check a session's thematic discussion against CCPCJ decision 18/1: nominations and election of panellists, podium seats, time limits, the discussion guide in six languages. Each rule is ok, violated, or unknown when the record does not say.",
  "remit check --strict": "Exit 1 when a rule is violated",
  "remit check <session>":
    "A session id (ccpcj-20) or a thematic discussion id; `languages` checks each official language's completeness",
  "remit check # remit check languages --json": "which record texts lack which languages",
  "remit lineage":
    "A mandate's lineage as a tree: the earlier mandates it reaffirms, builds on, updates, continues or endorses, and theirs.",
  "remit lineage --descendants": "Show the later mandates that build on it instead",
  "remit lineage <symbol>": "A mandate's symbol, citation or id (A/RES/74/173)",
  "remit report":
    "Write the Secretary-General's report on a mandate for a period, computed from the store: numbered paragraphs, every figure from the activities and observations with its sources. Markdown, HTML or DOCX, in the language of --lang.",
  "remit report --mandate": "The mandate that asked for the report (A/RES/74/173, a citation or an id)",
  "remit report --period": "The reporting period: 2020, 2020-06, or START/END",
  "remit report --format": "md, html or docx (default: from -o's extension, else md)",
  "remit report --output": "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
  "remit report --obligation": "Which report, when the mandate asks for several",
  "remit report --fallback":
    "Write in this language when --lang has no report templates, marking every paragraph (without it, such a language is an error)",
  "remit report --narratives":
    'A JSON file of texts for the paragraphs the records cannot hold: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
  "remit export":
    "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, to a file (written atomically) or stdout. The filters of `remit list` select activities.",
  "remit export --entity":
    "Export this kind only (default: activities for csv and iati, sessions for ics, everything for xlsx, json and jsonl)",
  "remit export --bom": "Start a CSV file with a byte order mark, for Excel",
  "remit export <format>":
    "csv, xlsx, json (one document), jsonl (JSON Lines), iati (IATI 2.03 XML) or ics (iCalendar of sessions)",
  "remit db": "Manage the store: migrate its schema, show its status, back it up and restore it.",
  "remit db migrate (short)": "Migrate the store's schema",
  "remit db status (short)": "Schema version and record counts",
  "remit db backup (short)": "Back the store up to a file",
  "remit db restore (short)": "Restore the store from a backup",
  "remit serve":
    "Serve the store over HTTP: every record and query as JSON, the OpenAPI document at /openapi.json, a reference page at /docs, /healthz and /readyz. One JSON log line per request on stdout. Stops on Ctrl-C.",
  "remit serve --port": "The port (default 4310; 0 picks a free one)",
  "remit serve --host": "The address to listen on (default 127.0.0.1: this machine only)",
  "remit serve --public-reads": "Answer reads without a token (writes always need an editor token)",
  "remit serve --cors": "Comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org",
  "remit serve # remit serve --public-reads": "http://127.0.0.1:4310, reads without a token",
  "remit token": "Manage the HTTP API's access tokens: issue, revoke, list.",
  "remit token create (short)": "Issue a token",
  "remit token revoke (short)": "Revoke a token",
  "remit token list (short)": "List tokens",
  "remit db migrate": "Bring the store's schema to this version of Remit (creating the store when there is none).",
  "remit db status":
    "The store's schema version, whether it needs migrating, and its records by kind, read without changing it.",
  "remit db backup":
    "Copy the store to FILE, atomically: a SQLite store as a database file (online backup), a PostgreSQL store as JSON Lines records.",
  "remit db backup --force": "Replace what is there instead of stopping with a conflict (exit 4)",
  "remit db backup <file>": "Where to write the backup",
  "remit db restore": "Put a backup back into the store. A store that holds records is not overwritten unless --force.",
  "remit db restore <file>": "A backup written by `remit db backup` (a SQLite file or JSON Lines)",
  "remit token create":
    "Issue an access token for the HTTP API. The secret is printed once; the store keeps only its SHA-256.",
  "remit token create --name": "What the token is for (unique among active tokens)",
  "remit token create --role": "viewer reads; editor also writes and imports; admin also manages tokens",
  "remit token revoke": "Revoke an access token: it authenticates nobody from now on.",
  "remit token revoke <id-or-name>": "The token's id (tok_…) or name",
  "remit token list": "The access tokens, revoked ones included (never their secrets).",
} as const;
