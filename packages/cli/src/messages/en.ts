/**
 * The CLI's messages in English, the language its commands are defined in: the one place a
 * message's key and slots are written (`CliMessageSchema` reads them from here), so the five
 * other catalogs are held to these. Names, paths, symbols and the store's own problem text
 * fill slots and are printed as they are.
 */
export const ENGLISH_CLI_MESSAGES = {
  language: "en",
  messages: {
    "cli.named": "remit: {problem}",
    "settings.language": '{source} "{value}" is not an official UN language; use one of ar, zh, en, fr, ru, es',
    "settings.jsonAndJsonl": "--json and --jsonl cannot be used together; pick one",
    "settings.dbNotUrl":
      '{source} "{value}" is not a valid URL; write postgres://USER@HOST:PORT/DATABASE or a SQLite file path',
    "settings.dbScheme":
      "{source} names a {scheme}:// URL; remit stores data in a SQLite file (a path) or PostgreSQL (postgres://…)",
    "settings.dbSchema": '{source}: schema "{schema}" is not a plain SQL name; use letters, digits and _ (at most 63)',
    "settings.defaultDb": "the default",
    "cli.unknownFlag": "unknown flag {flag}",
    "cli.unknownFlagOf": "unknown flag {flag} for {command}",
    "cli.unknownCommand": 'unknown command "{command}"',
    "cli.unknownCommandOf": 'unknown command "{command}" for {parent}',
    "cli.missingFlag": "the flag --{flag} is required",
    "cli.missingArgument": "the argument {argument} is required",
    "cli.unexpectedArguments":
      "{arguments, list} {count, plural, one {is an argument} other {are arguments}} this command does not take",
    "cli.invalidValue": "{value} is not a valid value of {flag}",
    "cli.didYouMean": " (did you mean {suggestions, list, or}?)",
    "cli.seeHelp": "run ''{command} --help'' for usage",
    "cli.limit": "--limit {value} is not a page size; give a whole number from 1 to {max}",
    "cli.sort":
      "--sort {value} is not an order of activities; give one of {sorts}, with :desc for the reverse order (e.g. start:desc)",
    "cli.sortKind": "--sort orders activities only; {what} are listed by id",
    "cli.port": "--port {port} is not a port; give a number from 0 to 65535",
    "cli.session": "--session {session} is not a session number; give a whole number such as 30",
    "cli.kind": '{flag} "{value}" is not a kind of record; use one of {kinds}',
    "cli.outputName": "-o needs a file name (or - for stdout)",
    "cli.binaryToStdout": "{format} is a binary format; write it to a file with -o FILE (or pipe it)",
    "cli.notAPeriod":
      '{flag} "{input}" is not a period; write a year (2020), a month (2020-06), a day, or two of them as START/END',
    "cli.filterNotApplicable": "{flag} does not filter {kind}; the filters of {kind} are {filters}",
    "cli.invalidFilter": "{flag}: {reason}{field, select, none {} other { [{field}]}}",
    "help.usage": "USAGE",
    "help.description": "DESCRIPTION",
    "help.arguments": "ARGUMENTS",
    "help.flags": "FLAGS",
    "help.globalFlags": "GLOBAL FLAGS",
    "help.inheritedFlags": "INHERITED FLAGS",
    "help.optional": "(optional)",
    "help.subcommands": "SUBCOMMANDS",
    "help.examples": "EXAMPLES",
    "help.exitCodes": "EXIT CODES",
    "help.environment": "ENVIRONMENT",
    "exit.ok": "ok",
    "exit.invalidInput": "invalid input (records or symbols that do not validate; nothing found by that name)",
    "exit.usage": "usage error (unknown command or flag, missing or malformed argument)",
    "exit.storeOrIo": "store or I/O error (no store there, database failure, unreadable or unwritable file)",
    "exit.conflict": "conflict (stale revision, target file exists, restore over a store that holds records)",
    "env.REMIT_DB": "the store when --db is not given: a SQLite file path or a postgres:// URL (default ./remit.db)",
    "env.REMIT_LANG":
      "the language of messages, labels, titles and reports when --lang is not given (ar zh en fr ru es)",
    "env.locale": "the locale, used for the language when neither --lang nor REMIT_LANG is set",
    "env.NO_COLOR": "when set, no colours on a terminal",
    "io.failed":
      "{action, select, read {cannot read {file}} write {cannot write {file}} other {cannot open {file}}}: {reason}",
    "io.noFolder": "its folder does not exist; create the folder first",
    "io.noFile": "there is no such file; check the path",
    "io.permission": "permission denied; check the file's permissions",
    "io.isFolder": "it is a folder, not a file; name a file",
    "io.diskFull": "the disk is full; free some space and retry",
    "io.notFolder": "a part of its path is a file, not a folder; check the path",
    "io.readOnly": "the file system is read-only; write somewhere else",
    "store.failed": "{problem} (check --db or REMIT_DB, that the store exists, and that the database is reachable)",
    "store.conflict": "{problem} Read the record again, then retry.",
    "store.notFound": "{problem} (`remit list` shows the ids it holds)",
    "store.noRecord":
      "there is no {kind, select, mandate {mandate {id}} other {{kind} with the id {id}}} in this store",
    "store.staleRevision":
      "the {kind} {id} was expected at {expected, select, absent {no revision (a new record)} other {revision {expected}}} but the store has {actual, select, absent {no such record} other {revision {actual}}}: someone changed it since you read it, and nothing was written.",
    "store.foreignCursor":
      "the cursor {cursor} is not one this store issued; start again without a cursor and follow each page's nextCursor",
    "store.importRejected":
      "nothing was imported: {problems, plural, one {# problem} other {# problems}} in the {records, plural, one {# record} other {# records}} read; fix them, or re-run with --skip-invalid to import the valid records",
    "store.datasetInvalid":
      "the packaged dataset does not validate ({problem}); reinstall @remit/cli, or report this as a bug",
    "store.missing":
      "there is no Remit store at {store}; create one with `remit init`, or point --db or REMIT_DB at an existing store",
    "outcome.created": "Created the Remit store ({backend}) at {store}, schema version {version}.",
    "outcome.upToDate": "The Remit store ({backend}) at {store} is up to date, schema version {version}.",
    "outcome.migrated":
      "Migrated the Remit store ({backend}) at {store} from schema version {from} to {to} ({migrations}).",
    "failure.unexpected": "unexpected failure: {problem}",
    "failure.unexpectedVerbose": "unexpected failure: {problem} (run again with --verbose for detail)",
    "failure.detail": "detail:",
    "failure.invalidRecords":
      "{invalid, number} of {read, plural, one {# record is} other {# records are}} invalid ({valid, number} valid); fix them before importing, or import with --skip-invalid",
    "failure.noSuchRecord": "no record has the id {id}; find ids with `remit list`",
    "failure.noSuchRecordOfKind": "there is no {kind} with the id {id} in this store",
    "failure.ambiguousId": "{id} names records of several kinds ({kinds}); add --kind {kind} to choose",
    "failure.noSession": "there is no session {id} in this store; list them with `remit list sessions`",
    "failure.noDiscussion":
      "session {id} has no thematic discussion in this store; decision 18/1 applies to thematic discussions",
    "failure.noReportContent":
      "no report outline is known for {mandate}: remit writes a mandate's report from the content chosen for it, and ships only the 2021 cybercrime report's, for A/RES/74/173; check --mandate",
    "failure.nothingToReport":
      "nothing to report for {period}: the store holds no activity and no figure in that period, so no report was written; check --period, or import the period's activities first",
    "failure.unknownLayout":
      "cannot tell which kind of records {file} holds: its header matches no single layout; pass --entity KIND, or name the file after the kind (activities.csv)",
    "failure.cannotListen": "cannot listen on {address}: {problem}",
    "failure.cannotServe": "the store {store} cannot be served: {problem}",
    "failure.restoreOverRecords":
      "the store at {store} holds records and a restore would replace them; restore into a new store (--db), or pass --force",
    "failure.backupExists": "{file} exists; choose another file name, or pass --force to replace it",
    "failure.cannotReadStatus":
      "cannot read the status of the store at {store}: {problem}; create it with `remit init` if it does not exist",
    "outcome.imported":
      "Imported {from}: {read, plural, one {# record} other {# records}} read, {written, number} written, {unchanged, number} unchanged{rate}.",
    "outcome.importedSkipping":
      "Imported {from}: {read, plural, one {# record} other {# records}} read, {written, number} written, {unchanged, number} unchanged, {skipped, number} invalid skipped{rate}.",
    "outcome.rate": " in {seconds} s ({rate, number} records/s)",
    "outcome.files": "{count, plural, one {# file} other {# files}}",
    "outcome.valid": "{files}: {count, plural, one {the record is} other {all # records are}} valid.",
    "outcome.seeded":
      "Seeded {store} from {documents, list}: {written, plural, one {# record} other {# records}} written, {unchanged, number} already stored.",
    "outcome.seededNothing":
      "Seeded {store} from {documents, list}: nothing to write: all {unchanged, plural, one {# record is} other {# records are}} already stored.",
    "outcome.backedUpSqlite":
      "Backed up {store} to {file} (SQLite database, {pages, plural, one {# page} other {# pages}}, schema version {version}).",
    "outcome.backedUpRecords":
      "Backed up {store} to {file} ({records, plural, one {# record} other {# records}} as JSON Lines).",
    "outcome.restoredSqlite":
      "Restored {store} from {file} (SQLite database, {pages, plural, one {# page} other {# pages}}, schema version {version}).",
    "outcome.restoredRecords":
      "Restored {store} from {file}: {read, plural, one {# record} other {# records}}, {written, number} written, {unchanged, number} unchanged.",
    "outcome.tokenIssued":
      'Token {id} "{name}" ({role}) for {store}. The line above is its secret, shown this once: send it as "Authorization: Bearer <secret>".',
    "outcome.tokenRevoked": 'Revoked token {id} "{name}" ({role}).',
    "outcome.serving":
      "Serving {store} at {url} (reference at {url}/docs; {reads, select, public {reads public} other {reads need a token}}). Ctrl-C stops.",
    "outcome.servingCors":
      "Serving {store} at {url} (reference at {url}/docs; {reads, select, public {reads public} other {reads need a token}}; CORS for {origins, list}). Ctrl-C stops.",
    "outcome.reportsDue": "Reports due at the {ordinal} session of {body}: {count, number}",
    "due.deferredTo": "deferred to session {session}",
    "list.summary":
      "{count} {kind, select, activity {{count, plural, one {activity} other {activities}}} mandate {{count, plural, one {mandate} other {mandates}}} session {{count, plural, one {session} other {sessions}}} instrument {{count, plural, one {instrument} other {instruments}}} other {{count, plural, one {observation} other {observations}}}}{next, select, none {} other { · next page: {next}}}",
    "check.summary":
      "{discussion} (session {session}), CCPCJ decision 18/1: {ok, number} ok, {violation, number} violated, {unknown, number} unknown",
    "status.sqlite": "{store} (SQLite, {bytes, number} bytes)",
    "status.postgres": "{store} (PostgreSQL)",
    "status.schema":
      "schema version {version} {state, select, behind {(this Remit writes version {latest}: run `remit db migrate`)} ahead {(newer than this Remit's {latest}: upgrade @remit/cli)} other {(current)}}",
    "status.records": "{count, plural, one {# record} other {# records}}",
    "languages.texts": "{present, number} of {total, number}",
    "languages.missing":
      "{texts, plural, one {# text} other {# texts}} in {records, plural, one {# record} other {# records}} (--json lists them)",
    "show.head": "{kind} {id} · revision {revision} · created {created} · updated {updated} by {by}",
    "show.history": "history:",
    "show.action": "{action, select, create {create} update {update} other {delete}}",
    "report.fallback": "no report templates in {language}; written in {templates} (--fallback), every paragraph marked",
    "report.leftOut":
      "{count, plural, one {# paragraph} other {# paragraphs}} of the outline left out, the records cannot support them ({paragraphs}); --verbose says why, --narratives FILE supplies texts",
    "report.leftOutOne": "left out {problem}",
    "outcome.reportWritten": "Wrote the report on {mandate} for {period} ({format}, {language}) to {file}.",
    "outcome.exported":
      "Exported {records, plural, one {# record} other {# records}} ({kinds}) as {format} to {file} ({bytes, plural, one {# byte} other {# bytes}}).",
    "progress.records": "records",
    "progress.stored": "{count, number} stored",
    "progress.importing": "importing {source}",
    "progress.validating": "validating {source}",
    "progress.restoring": "restoring {source}",
    "progress.backingUp": "backing up to {file}",
    "progress.exporting": "exporting {format}",
    "progress.exportingTo": "exporting {format} to {file}",
    "progress.readingRecords": "reading records",
    "label.revision": "Revision",
    "label.action": "Action",
    "label.actor": "By",
    "label.at": "At",
    "label.mandate": "Mandate",
    "label.report": "Report",
    "label.dueAt": "Due at",
    "label.deferrals": "Deferrals",
    "label.rule": "Rule",
    "label.result": "Result",
    "label.provision": "Provision",
    "label.reason": "Reason",
    "label.ok": "ok",
    "label.violation": "violation",
    "label.unknown": "unknown",
    "label.language": "Language",
    "label.reportTemplates": "Report templates",
    "label.recordTexts": "Record texts",
    "label.missing": "Missing",
    "label.yes": "yes",
    "label.no": "no",
  },
} as const;
