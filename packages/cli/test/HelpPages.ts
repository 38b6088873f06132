import { NodeServices } from "@effect/platform-node";
import { Effect, Layer } from "effect";
import { CliOutput, Command, type HelpDoc } from "effect/cli";
import { remitCommand } from "../src/command/RemitCommand";

/**
 * Every help page of `remit`, as Effect CLI builds it: the root's, then each subcommand's,
 * found by walking the subcommand lists (`remit db --help` lists `remit db migrate`, …).
 */
export async function allHelpPages(): Promise<HelpDoc.HelpDoc[]> {
  const pages: HelpDoc.HelpDoc[] = [];
  const capture: CliOutput.Formatter = {
    ...CliOutput.defaultFormatter({ colors: false }),
    formatHelpDoc: (doc) => {
      pages.push(doc);
      return "";
    },
  };
  const run = (path: readonly string[]) =>
    Effect.runPromise(
      Command.runWith(remitCommand, { version: "test" })([...path, "--help"]).pipe(
        Effect.provide(Layer.mergeAll(CliOutput.layer(capture), NodeServices.layer)),
        Effect.ignore,
      ),
    );
  const queue: string[][] = [[]];
  while (queue.length > 0) {
    const path = queue.shift() ?? [];
    const before = pages.length;
    await run(path);
    const page = pages[before];
    if (page === undefined) continue;
    for (const group of page.subcommands ?? [])
      for (const command of group.commands) queue.push([...path, command.name]);
  }
  return pages;
}
