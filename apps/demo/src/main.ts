#!/usr/bin/env node
// The composition root: SQLite by default, the dataset loaded, a walkthrough printed, and a
// local site served. Only this app puts adapters together.
import { seedStore } from "@remit/dataset";
import { SqliteStore } from "@remit/store-sqlite";
import { Effect } from "effect";
import type { AddressInfo } from "node:net";
import { readDemoConfig } from "./DemoConfig";
import { renderSite, serveSite } from "./DemoSite";
import { walkthrough } from "./Walkthrough";

async function main(): Promise<void> {
  const config = readDemoConfig(process.argv.slice(2), process.env);
  const program = Effect.gen(function* () {
    const seeded = yield* seedStore;
    const lines = [
      `Remit demo: the two UN documents in ${config.databasePath}`,
      `  ${seeded.written} records written, ${seeded.unchanged} already there, ${seeded.rejected} rejected`,
      ...(yield* walkthrough(config.language)),
    ];
    const pages = config.serve ? yield* renderSite(config.language, lines) : undefined;
    return { lines, pages };
  });
  const { lines, pages } = await Effect.runPromise(
    program.pipe(Effect.scoped, Effect.provide(SqliteStore.layer({ path: config.databasePath }))),
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  if (pages === undefined) return;
  const server = await serveSite(pages, config.port);
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`\nThe site is at http://127.0.0.1:${port}/ (Ctrl-C stops it).\n`);
  process.once("SIGINT", () => server.close(() => process.exit(0)));
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`remit demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 3;
});
