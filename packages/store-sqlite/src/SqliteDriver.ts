import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";

/** The better-sqlite3 constructor (both majors have the same API). */
export type SqliteDriver = typeof BetterSqlite3;

/** The Node.js major version this process runs on. */
function nodeMajor(): number {
  return Number(process.versions.node.split(".")[0]);
}

/**
 * Which better-sqlite3 this process opens SQLite with: version 13 (`better-sqlite3-napi`,
 * an alias of better-sqlite3@13) on Node 22 and later, version 12 on Node 20.
 *
 * Why two: better-sqlite3 12 wraps its Database and Statement objects in Node's raw
 * `node::ObjectWrap`. From Node 24.19 that class's destructor checks that a Node
 * environment is current; a Statement that V8's garbage collector finalises when none is
 * (at exit, or in a GC not entered from JavaScript) aborts the process with
 * `node::RemoveEnvironmentCleanupHook … Assertion failed: (env) != nullptr` — `remit db
 * status` died so at exit. Version 13 is built on Node-API and has no such destructor, but
 * it needs Node 22 and crashes on Node 20, where version 12 is fine.
 */
export const SQLITE_DRIVER_PACKAGE: "better-sqlite3" | "better-sqlite3-napi" =
  nodeMajor() >= 22 ? "better-sqlite3-napi" : "better-sqlite3";

let driver: SqliteDriver | undefined;

/**
 * The better-sqlite3 constructor for this Node.js version (see {@link SQLITE_DRIVER_PACKAGE}),
 * loaded on first use.
 * @example const database = new (sqliteDriver())("remit.db", { readonly: true, fileMustExist: true });
 */
export function sqliteDriver(): SqliteDriver {
  driver ??= createRequire(import.meta.url)(SQLITE_DRIVER_PACKAGE) as SqliteDriver;
  return driver;
}
