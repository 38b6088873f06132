#!/usr/bin/env node
// The composition root: a store (SQLite by default, PostgreSQL with --db postgres://…), the
// dataset loaded, the HTTP API under /api and the web app beside it. Only this app puts
// adapters together.
import { fileURLToPath } from "node:url";
import { Predicate } from "effect";
import { readDemoConfig, shownDatabase } from "./server/DemoConfig";
import { serveDemo } from "./server/DemoServer";
import { editorToken, seedDemo } from "./server/DemoStore";
import { progressOn } from "./server/Progress";

async function main(): Promise<void> {
  const webRoot = fileURLToPath(new URL("./web", import.meta.url));
  const config = readDemoConfig(process.argv.slice(2), process.env, webRoot);
  const progress = progressOn((text) => process.stdout.write(text));
  progress.say(`Remit demo: the two UN documents in ${shownDatabase(config.database)}`);
  await progress.step(
    "loading the dataset into the store",
    () => seedDemo(config),
    (seeded) =>
      seeded.written === 0 ? `${seeded.unchanged} records already there` : `${seeded.written} records written`,
  );
  const token = await progress.step(
    "preparing the editor token",
    () => editorToken(config),
    (kept) => (kept.issued ? `new one in ${kept.file}` : `kept in ${kept.file}`),
  );
  const running = await progress.step("starting the server", () => serveDemo(config));
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  progress.say("");
  progress.say(`Open ${running.url}/en/  (also /ar/, /zh/, /fr/, /ru/, /es/; the API is at ${running.url}/api/docs)`);
  // A local demo's user edits at once: the link signs this browser tab in (the token rides in
  // the fragment, which the browser never sends); the file keeps it for later starts.
  progress.say(`To edit, sign in: ${running.url}/en/sign-in#token=${encodeURIComponent(token.secret)}`);
  progress.say(`  (the editor token is kept in ${token.file})`);
  progress.say(`Ctrl-C stops it, as does: kill ${process.pid}`);
}

main().catch((error: unknown) => {
  const message =
    typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error);
  process.stderr.write(`remit demo: ${message}\n`);
  // A usage error is told by its tag, as every error of the project is, not by its class.
  process.exitCode = Predicate.isTagged(error, "DemoUsageError") ? 2 : 3;
});
